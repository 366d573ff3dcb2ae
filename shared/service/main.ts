import cluster from "node:cluster";
import type { Logger } from "pino";
import type { RunningServer } from "./http";
import { stopOnSignals } from "./http";
import { createLogger } from "./logging";
import { startTelemetry, type Telemetry } from "./telemetry";
import { WORKER_READY } from "./workers";

/**
 * The entry of every process of the hub (the gateway, each subgraph): make
 * the logger and the tracer (when OTEL_EXPORTER_OTLP_ENDPOINT asks for one),
 * start, announce where it serves, stop cleanly on SIGTERM or Ctrl-C, sending
 * the last spans. A setting that cannot be used stops it with one line naming the
 * variable, never a stack trace.
 */
export function runService<T extends RunningServer>(
  name: string,
  start: (log: Logger) => Promise<T>,
  describe: (running: T) => object = () => ({}),
): void {
  let log: Logger;
  let telemetry: Telemetry;
  try {
    log = createLogger(name);
    telemetry = startTelemetry(name);
  } catch (error) {
    console.error(`${name} could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  start(log).then(
    (running) => {
      log.info({ address: running.url, ...describe(running), traces: telemetry.enabled ? "otlp" : "off" }, "ready");
      if (cluster.isWorker) process.send?.(WORKER_READY);
      stopOnSignals(log, async () => {
        await running.stop();
        await telemetry.shutdown();
      });
    },
    (error) => {
      log.fatal({ error: error instanceof Error ? error.message : String(error) }, "could not start");
      process.exit(1);
    },
  );
}
