import cluster from "node:cluster";
import { runService } from "../shared/service/main";
import { runWorkers, workerCount } from "../shared/service/workers";
import { startGateway } from "./index";

// HUB_GATEWAY_WORKERS processes on the gateway's port: one per core in production, one in development.
let workers = 1;
try {
  workers = workerCount("HUB_GATEWAY_WORKERS");
} catch (error) {
  console.error(`gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (workers > 1 && cluster.isPrimary) runWorkers("gateway", workers);
else runService("gateway", (logger) => startGateway({ logger }));
