import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import { databaseUrl, databaseUrlVariable } from "../shared/core/config";
import { openSubgraphDatabase } from "../shared/federation/subgraph-server";
import { verifyAuditChain } from "../shared/records/audit";
import { chosenDepartments } from "./chosen-departments";

/**
 * `npm run audit:verify [-- <subgraph>]`: checks each subgraph's audit chain
 * (its configured database) and says whether it is intact. Exits 1 when any
 * chain is broken, so it can run from cron or monitoring.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  const chosen = chosenDepartments(only ? [only] : []);
  let broken = 0;
  for (const definition of chosen) {
    const where = databaseUrl(definition.name) ? databaseUrlVariable(definition.name) : "embedded database";
    const { dataSource } = await openSubgraphDatabase(definition);
    try {
      const report = await verifyAuditChain(dataSource);
      if (report.intact) console.log(`${definition.name} (${where}): intact, ${report.entries} entries`);
      else {
        broken += 1;
        console.log(`${definition.name} (${where}): BROKEN after ${report.entries} good entries: ${report.problem}`);
      }
    } finally {
      await dataSource.destroy();
    }
  }
  process.exit(broken > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`Audit check failed: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
});
