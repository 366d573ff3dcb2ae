import path from "node:path";
import { Worker } from "node:worker_threads";

/** A private key (JWK) and claims: the worker signs a new gateway identity for each request. */
export interface IdentityJob {
  jwk: Record<string, unknown>;
  audience: string;
  claims: Record<string, unknown>;
}

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  /** For a subgraph reached directly. */
  identity?: IdentityJob;
  body: string;
  connections: number;
  seconds: number;
}

export interface LoadStats {
  connections: number;
  seconds: number;
  /** Responses received. */
  requests: number;
  requestsPerSecond: number;
  /** Latency of 2xx responses. */
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Socket errors include timeouts. */
  errors: { non2xx: number; graphql: number; socket: number; timeouts: number; total: number };
  firstError?: string;
}

let running: Worker | undefined;

/** POSTs `body` to `url` from `connections` connections for `seconds`, in a worker thread. */
export function drive(job: LoadJob): Promise<LoadStats> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, "load-worker.js"), { workerData: job });
    running = worker;
    let settled = false;
    worker.once("message", (message: { stats?: LoadStats; error?: string }) => {
      settled = true;
      void worker.terminate();
      if (message.stats) resolve(message.stats);
      else reject(new Error(`autocannon: ${message.error}`));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (running === worker) running = undefined;
      if (!settled) reject(new Error(`the load worker stopped (exit code ${code})`));
    });
  });
}

/** Stops a load in progress, if any. */
export async function stopDriving(): Promise<void> {
  await running?.terminate();
}
