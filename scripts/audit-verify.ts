import "reflect-metadata";
import { databaseUrl, databaseUrlVariable, SUBGRAPHS } from "../shared/core/config";
import { openSubgraphDatabase } from "../shared/federation/subgraph-server";
import { verifyAuditChain } from "../shared/records/audit";
import { ALL_SUBGRAPHS } from "../subgraphs";

/**
 * `npm run audit:verify [-- <subgraph>]`: checks each subgraph's audit chain
 * (its configured database) and says whether it is intact. Exits 1 when any
 * chain is broken, so it can run from cron or monitoring.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  // The supergraph's name (foreignAffairs) or the folder's (foreign-affairs), as a person would type either.
  const chosen = ALL_SUBGRAPHS.filter((d) => !only || d.name === only || SUBGRAPHS.find((s) => s.name === d.name)?.folder === only);
  if (chosen.length === 0) {
    throw new Error(
      `unknown subgraph "${only}"; one of ${SUBGRAPHS.map((s) => (s.folder === s.name ? s.name : `${s.name} (${s.folder})`)).join(", ")}`,
    );
  }
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
