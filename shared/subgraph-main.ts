import { stopOnSignals } from "./http";
import { createLogger } from "./logging";
import type { SubgraphDefinition } from "./subgraph";
import { startSubgraph } from "./subgraph-server";

/** Entry point of a subgraph process: start, announce, stop cleanly on a signal. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const log = createLogger(definition.name);
  try {
    const running = await startSubgraph(definition, { logger: log });
    log.info({ url: running.url, database: running.database.kind, demoDataLoaded: running.seeded }, "ready");
    stopOnSignals(log, running.stop);
  } catch (error) {
    log.fatal({ error: error instanceof Error ? error.message : String(error) }, "could not start");
    process.exit(1);
  }
}
