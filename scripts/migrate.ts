import "reflect-metadata";
import { databaseUrl, databaseUrlVariable } from "../shared/core/config";
import { migrateDatabase } from "../shared/federation/schema-admin";
import { ALL_SUBGRAPHS } from "../subgraphs";

/** `npm run migrate`: brings every department database named by a *_DATABASE_URL up to the current schema. */
async function main(): Promise<void> {
  const configured = ALL_SUBGRAPHS.filter((definition) => databaseUrl(definition.name));
  if (configured.length === 0) {
    console.log("No *_DATABASE_URL is set: the embedded databases follow the entities and need no migration.");
    return;
  }
  for (const definition of configured) {
    process.stdout.write(`${definition.name} (${databaseUrlVariable(definition.name)}): `);
    const applied = await migrateDatabase(definition, { url: databaseUrl(definition.name) as string });
    console.log(applied.length ? `applied ${applied.join(", ")}` : "already up to date");
  }
}

main().catch((error) => {
  console.error(`\nMigration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
