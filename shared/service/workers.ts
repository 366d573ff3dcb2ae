import cluster from "node:cluster";
import type { Logger } from "pino";
import { numberFromEnv } from "../core/config";
import { createLogger } from "./logging";

/**
 * Several processes of one service on one port (`node:cluster`: the primary
 * holds the listening socket and hands connections to its workers in turn),
 * so a service uses all the machine's cores. The workers share nothing but the
 * port: whatever a service keeps in memory (the gateway's rate-limit counts
 * with the `memory` store, its in-flight deduplication and public-answer
 * cache) is per worker, unless the service keeps it in its primary (the
 * gateway's sessions). `fallback` workers unless the variable says otherwise.
 */
export function workerCount(variable: string, fallback = 1): number {
  return Math.round(numberFromEnv(variable, fallback));
}

/** What a worker tells its primary once it serves (`shared/service/main.ts`). */
export const WORKER_READY = "hub:ready";

/**
 * The primary: starts `count` workers, starts another in place of one that
 * dies after it served (a second after), and on SIGTERM or Ctrl-C passes the
 * signal on, waits for every worker to finish its requests and exits. A
 * worker that dies before it ever served (a setting it cannot use) stops
 * them all with exit code 1: starting it again would fail again.
 */
export function runWorkers(name: string, count: number, log: Logger = createLogger(name)): void {
  let stopping = false;
  const served = new Set<number>();
  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (message) => {
      if (message === WORKER_READY) served.add(worker.id);
    });
    log.info({ worker: worker.id, pid: worker.process.pid }, "worker started");
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!served.has(worker.id)) {
      log.fatal({ worker: worker.id, code, signal }, "a worker could not start: stopping");
      stop("SIGTERM", 1);
      return;
    }
    log.error({ worker: worker.id, pid: worker.process.pid, code, signal }, "worker died: starting another");
    setTimeout(fork, 1000).unref();
  });
  const stop = (signal: NodeJS.Signals, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, "stopping");
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    let left = workers.filter((w) => w.isDead() === false).length;
    if (left === 0) process.exit(exitCode);
    for (const worker of workers) {
      if (worker.isDead()) continue;
      worker.once("exit", () => {
        left -= 1;
        if (left === 0) {
          log.info({}, "stopped");
          process.exit(exitCode);
        }
      });
      worker.process.kill("SIGTERM");
    }
  };
  for (let i = 0; i < count; i++) fork();
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}
