import path from "node:path";
import type { Logger } from "pino";
import type { DatabaseLocation } from "../../shared/database/database";
import { migrateDatabase, seedDatabase } from "../../shared/federation/schema-admin";
import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import { startSubgraph, type RunningSubgraph } from "../../shared/federation/subgraph-server";
import { registerSubgraphUrl } from "./graphql-client";
import { createMysqlDatabase, ON_MYSQL } from "./test-database";

export interface TestDatabase {
  location: DatabaseLocation;
  /** Removes a MySQL database; embedded files go with their folder. */
  drop(): Promise<void>;
}

/**
 * A new, empty database for a subgraph on the suite's database: an SQLite file
 * in `directory`, or a fresh MySQL database brought to the current schema by
 * the checked-in migrations, exactly as `npm run migrate` does.
 */
export async function newTestDatabase(definition: SubgraphDefinition, directory: string): Promise<TestDatabase> {
  if (!ON_MYSQL) return { location: { file: path.join(directory, `${definition.name}.sqlite`) }, drop: async () => undefined };
  const database = await createMysqlDatabase(definition.name);
  await migrateDatabase(definition, database.location);
  return database;
}

/**
 * Starts a real subgraph on a free port with its own new database, as
 * `npm start` would, loaded with the demo data unless told otherwise (on
 * MySQL through the same code as `npm run seed`).
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  directory: string,
  options: { seedDemoData?: boolean; database?: TestDatabase; logger?: Logger } = {},
): Promise<RunningSubgraph> {
  const database = options.database ?? (await newTestDatabase(definition, directory));
  const seed = options.seedDemoData ?? true;
  if (ON_MYSQL && seed && !options.database) await seedDatabase(definition, database.location);
  const running = await startSubgraph(definition, { port: 0, database: database.location, seedDemoData: seed, logger: options.logger });
  registerSubgraphUrl(running.url, definition.name);
  const stop = running.stop;
  return {
    ...running,
    seeded: running.seeded || (ON_MYSQL && seed && !options.database),
    stop: async () => {
      await stop();
      if (!options.database) await database.drop();
    },
  };
}
