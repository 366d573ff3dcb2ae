import "reflect-metadata";
import { databaseUrl, databaseUrlVariable } from "../shared/core/config";
import { checkSeedable, seedDatabase } from "../shared/federation/schema-admin";
import { configuredDatabase } from "../shared/federation/subgraph-server";
import { ALL_SUBGRAPHS } from "../subgraphs";

/**
 * `npm run seed`: loads the demo data into every department database (MySQL
 * where a *_DATABASE_URL is set, else the embedded file). All or nothing: when
 * any of them already holds data or is not ready, nothing is loaded anywhere.
 */
function where(name: (typeof ALL_SUBGRAPHS)[number]["name"]): string {
  return databaseUrl(name) ? databaseUrlVariable(name) : "embedded database";
}

async function main(): Promise<void> {
  const refusals: string[] = [];
  for (const definition of ALL_SUBGRAPHS) {
    const check = await checkSeedable(definition, configuredDatabase(definition.name));
    if (!check.ready) refusals.push(`- ${definition.name} (${where(definition.name)}): ${check.reason}`);
  }
  if (refusals.length > 0) {
    console.error(`Demo data not loaded; nothing was changed:\n${refusals.join("\n")}`);
    process.exit(1);
  }
  for (const definition of ALL_SUBGRAPHS) {
    process.stdout.write(`${definition.name} (${where(definition.name)}): `);
    await seedDatabase(definition, configuredDatabase(definition.name));
    console.log("demo data loaded");
  }
}

main().catch((error) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
