import { stopOnSignals } from "../shared/http";
import { createLogger } from "../shared/logging";
import { startGateway } from "./index";

const log = createLogger("gateway");
startGateway({ logger: log }).then(
  (running) => {
    log.info({ url: running.url }, "ready");
    stopOnSignals(log, running.stop);
  },
  (error) => {
    log.fatal({ error: error instanceof Error ? error.message : String(error) }, "could not start");
    process.exit(1);
  },
);
