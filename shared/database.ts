import fs from "node:fs";
import path from "node:path";
import { DataSource, type EntityManager, type EntitySchema, type Logger, type MixedList } from "typeorm";

/** Counts the SQL statements a data source runs; tests use it to prove batching. */
export class QueryCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {
    this.count += 1;
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DatabaseOptions {
  /** SQLite file for the embedded database, or ":memory:". */
  file: string;
  entities: MixedList<Function | string | EntitySchema>;
}

export interface Database {
  dataSource: DataSource;
  queries: QueryCounter;
}

/** Opens a subgraph's own database: an embedded SQLite file created on first use. */
export async function openDatabase({ file, entities }: DatabaseOptions): Promise<Database> {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const queries = new QueryCounter();
  const dataSource = new DataSource({
    type: "better-sqlite3",
    database: file,
    entities,
    synchronize: true,
    logger: queries,
    logging: ["query", "error"],
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      // WAL lets readers proceed while a write is in flight; foreign keys keep child rows honest.
      db.pragma("journal_mode = WAL");
      db.pragma("foreign_keys = ON");
    },
  });
  await dataSource.initialize();
  return { dataSource, queries };
}

/** True when no table of the data source holds a row. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  for (const entity of dataSource.entityMetadatas) {
    if ((await dataSource.getRepository(entity.target).count()) > 0) return false;
  }
  return true;
}

/**
 * Loads the demo data in one transaction, and only into a database that holds
 * nothing: demo rows must never mix with a department's real records.
 */
export async function seedIfEmpty(dataSource: DataSource, seed: (manager: EntityManager) => Promise<void>): Promise<boolean> {
  if (!(await isEmpty(dataSource))) return false;
  await dataSource.transaction(seed);
  return true;
}
