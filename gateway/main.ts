import cluster from "node:cluster";
import os from "node:os";
import { isProduction } from "../shared/core/config";
import { runService } from "../shared/service/main";
import { runWorkers, workerCount } from "../shared/service/workers";
import { serveSessionsToWorkers, sessionStoreSettings } from "./session-store";
import { startGateway } from "./index";

/**
 * HUB_GATEWAY_WORKERS processes on the gateway's port: by default one per
 * core in production, one in development. The workers keep their sessions'
 * idle times and sign-outs in the primary (or in the shared Redis), so an
 * official active on one worker is active on all of them.
 */
let count = 1;
try {
  count = workerCount("HUB_GATEWAY_WORKERS", isProduction() ? os.availableParallelism() : 1);
  sessionStoreSettings(); // checked before any worker starts, naming the variable
} catch (error) {
  console.error(`gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (count > 1 && cluster.isPrimary) {
  serveSessionsToWorkers();
  runWorkers("gateway", count);
} else runService("gateway", (logger) => startGateway({ logger }));
