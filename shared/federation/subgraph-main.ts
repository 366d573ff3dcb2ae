import { runService } from "../service/main";
import type { SubgraphDefinition } from "./subgraph";
import { startSubgraph } from "./subgraph-server";

/** Entry point of a subgraph process. */
export function runSubgraph(definition: SubgraphDefinition): void {
  runService(
    definition.name,
    (logger) => startSubgraph(definition, { logger }),
    (running) => ({ database: running.database.kind, demoDataLoaded: running.seeded }),
  );
}
