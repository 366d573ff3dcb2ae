import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

/** A private key (JWK) and claims: the load process signs a new gateway identity for each request. */
export interface IdentityJob {
  jwk: Record<string, unknown>;
  audience: string;
  claims: Record<string, unknown>;
}

/** One request a connection sends; with several, each connection sends them in turn. */
export interface LoadRequest {
  headers: Record<string, string>;
  body: string;
}

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  /** For a subgraph reached directly. */
  identity?: IdentityJob;
  body: string;
  /** Instead of `headers` and `body`: different callers or variables; each request sent goes to the next in turn. */
  requests?: LoadRequest[];
  connections: number;
  seconds: number;
}

export interface LoadStats {
  connections: number;
  seconds: number;
  /** Responses received. */
  requests: number;
  requestsPerSecond: number;
  /**
   * Latency of 2xx responses, each connection's first answer left out (the
   * run's first requests are all sent at the same moment and queue behind
   * one another), milliseconds; when no connection had a second answer, the
   * same as `latencyMsWithOpening`.
   */
  latencyMs: Latency;
  /** Latency of every 2xx response, each connection's first included (autocannon's own figures, whole milliseconds). */
  latencyMsWithOpening: Latency;
  /** Socket errors include timeouts. */
  errors: { non2xx: number; graphql: number; socket: number; timeouts: number; total: number };
  firstError?: string;
  /**
   * CPU time (user + system) the hub's services spent during the load, per
   * response, in milliseconds: the whole hub runs in the benchmark's process
   * and the load in another, so this is every service's CPU summed (not a
   * MySQL server's, which runs apart).
   */
  cpuMsPerRequest: number;
}

export interface Latency {
  /** The 2xx answers these figures are taken from. */
  answers: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

let running: ChildProcess | undefined;

/** POSTs the job's request(s) to `url` from `connections` connections for `seconds`, from a process of its own. */
export function drive(job: LoadJob): Promise<LoadStats> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "load-worker.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    running = child;
    let settled = false;
    let cpu: NodeJS.CpuUsage | undefined;
    child.on("message", (message: { started?: boolean; stats?: Omit<LoadStats, "cpuMsPerRequest">; error?: string }) => {
      if (message.started) {
        cpu = process.cpuUsage();
        return;
      }
      settled = true;
      const spent = process.cpuUsage(cpu);
      child.kill();
      if (message.stats) {
        const { requests } = message.stats;
        resolve({ ...message.stats, cpuMsPerRequest: requests > 0 ? (spent.user + spent.system) / 1000 / requests : 0 });
      } else reject(new Error(`autocannon: ${message.error}`));
    });
    child.once("error", (error) => {
      settled = true;
      reject(error);
    });
    child.once("exit", (code) => {
      if (running === child) running = undefined;
      if (!settled) reject(new Error(`the load process stopped (exit code ${code})`));
    });
    child.send(job);
  });
}

/** Stops a load in progress, if any. */
export async function stopDriving(): Promise<void> {
  running?.kill();
}
