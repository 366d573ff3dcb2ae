import cluster from "node:cluster";
import { runService } from "../shared/service/main";
import { runWorkers, workerCount } from "../shared/service/workers";
import { sessionRules } from "./sessions";
import { startGateway } from "./index";

/**
 * HUB_GATEWAY_WORKERS processes on the gateway's port (one by default). A
 * session's idle time and its sign-out are kept in each process's memory,
 * so with several workers an official active on one would be refused as idle
 * by another: several workers need the idle timeout off
 * (HUB_IDLE_TIMEOUT_MINUTES=0), and the gateway refuses to start otherwise.
 */
function workers(): number {
  const count = workerCount("HUB_GATEWAY_WORKERS");
  if (count > 1 && sessionRules().idleTimeoutSeconds > 0)
    throw new Error(
      `HUB_GATEWAY_WORKERS=${count} needs HUB_IDLE_TIMEOUT_MINUTES=0: each worker keeps its own sessions, so one would refuse as idle an official active on another`,
    );
  return count;
}

let count = 1;
try {
  count = workers();
} catch (error) {
  console.error(`gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (count > 1 && cluster.isPrimary) runWorkers("gateway", count);
else runService("gateway", (logger) => startGateway({ logger }));
