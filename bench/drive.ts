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

type WorkerMessage = { started?: boolean; stats?: Omit<LoadStats, "cpuMsPerRequest">; error?: string };

interface Pending {
  resolve(stats: LoadStats): void;
  reject(error: Error): void;
  cpu?: NodeJS.CpuUsage;
}

/** The load process, started with the first load and kept for the next: one load at a time. */
let worker: ChildProcess | undefined;
let pending: Pending | undefined;

function settle(outcome: { stats: LoadStats } | { error: Error }): void {
  const job = pending;
  pending = undefined;
  // idle between loads, the process keeps nothing waiting for it alive
  worker?.unref();
  worker?.channel?.unref();
  if (!job) return;
  if ("stats" in outcome) job.resolve(outcome.stats);
  else job.reject(outcome.error);
}

function loadProcess(): ChildProcess {
  if (worker) return worker;
  const child = fork(path.join(__dirname, "load-worker.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  worker = child;
  child.on("message", (message: WorkerMessage) => {
    if (!pending) return;
    if (message.started) {
      pending.cpu = process.cpuUsage();
      return;
    }
    const spent = process.cpuUsage(pending.cpu);
    if (message.stats) {
      const { requests } = message.stats;
      settle({ stats: { ...message.stats, cpuMsPerRequest: requests > 0 ? (spent.user + spent.system) / 1000 / requests : 0 } });
    } else settle({ error: new Error(`autocannon: ${message.error}`) });
  });
  // "error" may come more than once (a send to a process that has just exited, then its kill)
  child.on("error", (error) => {
    if (worker === child) worker = undefined;
    settle({ error });
  });
  child.once("exit", (code) => {
    if (worker === child) worker = undefined;
    settle({ error: new Error(`the load process stopped (exit code ${code})`) });
  });
  return child;
}

/** POSTs the job's request(s) to `url` from `connections` connections for `seconds`, from a process of its own. */
export function drive(job: LoadJob): Promise<LoadStats> {
  if (pending) return Promise.reject(new Error("a load is already running: loads run one at a time"));
  return new Promise((resolve, reject) => {
    pending = { resolve, reject };
    const child = loadProcess();
    child.ref();
    child.channel?.ref();
    child.send(job);
  });
}

/** Stops the load process, and the load in progress if there is one. */
export async function stopDriving(): Promise<void> {
  worker?.kill();
}
