import { stopOnSignals } from "./http";
import type { SubgraphDefinition } from "./subgraph";
import { startSubgraph } from "./subgraph-server";

/** Entry point of a subgraph process: start, announce, stop cleanly on a signal. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  try {
    const running = await startSubgraph(definition);
    console.log(
      JSON.stringify({ level: "info", service: definition.name, msg: "ready", url: running.url, demoDataLoaded: running.seeded }),
    );
    stopOnSignals(definition.name, running.stop);
  } catch (error) {
    console.error(JSON.stringify({ level: "fatal", service: definition.name, msg: "could not start", error: String(error) }));
    process.exit(1);
  }
}
