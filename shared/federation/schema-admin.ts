import type { DataSource, EntityManager } from "typeorm";
import { isEmpty, mysqlProblem, openDatabase, type DatabaseLocation } from "../database/database";
import { subgraphEntities, type SubgraphDefinition } from "./subgraph";

/**
 * The operations `npm run migrate` and `npm run seed` perform on one
 * department's database, kept here so tests run exactly what operators run.
 */
async function withDatabase<T>(
  definition: SubgraphDefinition,
  location: DatabaseLocation,
  work: (db: DataSource) => Promise<T>,
): Promise<T> {
  const { dataSource } = await openDatabase({ location, entities: subgraphEntities(definition), migrations: definition.migrations });
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies the subgraph's pending migrations (each in its own transaction) and returns their names. */
export async function migrateDatabase(definition: SubgraphDefinition, location: DatabaseLocation): Promise<string[]> {
  if (!("url" in location)) return []; // the embedded database follows the entities by itself
  return withDatabase(definition, location, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    return applied.map((migration) => migration.name);
  });
}

/** SQL the entities still need beyond what the migrations created; empty when the schema is current. */
export async function pendingSchemaChanges(definition: SubgraphDefinition, location: DatabaseLocation): Promise<string[]> {
  return withDatabase(definition, location, async (dataSource) => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  });
}

export type SeedCheck = { ready: true } | { ready: false; reason: string };

/** Whether the demo data may go in: the database is usable and holds no row. */
export async function checkSeedable(definition: SubgraphDefinition, location: DatabaseLocation): Promise<SeedCheck> {
  return withDatabase(definition, location, async (dataSource) => {
    if ("url" in location) {
      const problem = await mysqlProblem(dataSource);
      if (problem) return { ready: false, reason: problem };
    }
    return (await isEmpty(dataSource)) ? { ready: true } : { ready: false, reason: "it already holds data" };
  });
}

/** Loads the department's demo data in one transaction. Call `checkSeedable` first. */
export async function seedDatabase(definition: SubgraphDefinition, location: DatabaseLocation): Promise<void> {
  const seed = definition.seedDemoData;
  if (!seed) return;
  await withDatabase(definition, location, (dataSource) => dataSource.transaction((manager: EntityManager) => seed(manager)));
}
