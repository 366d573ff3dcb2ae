import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SubgraphDefinition } from "../../shared/subgraph";
import { startSubgraph, type RunningSubgraph } from "../../shared/subgraph-server";

/** A temporary folder for one test file's database files; removed by `cleanup`. */
export function temporaryDataDirectory(prefix: string): { directory: string; cleanup(): void } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `hub-${prefix}-`));
  return { directory, cleanup: () => fs.rmSync(directory, { recursive: true, force: true }) };
}

/**
 * Starts a real subgraph on a free port with its own SQLite file, as
 * `npm start` would, optionally loaded with the demo data.
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  directory: string,
  options: { seedDemoData?: boolean } = {},
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    port: 0,
    database: { file: path.join(directory, `${definition.name}.sqlite`) },
    seedDemoData: options.seedDemoData ?? true,
  });
}
