import fs from "node:fs";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import type { Logger as PinoLogger } from "pino";
import { DataSource, type DataSourceOptions, type EntityManager, type Logger } from "typeorm";
import { numberFromEnv } from "../core/config";
import { VietnameseTextSubscriber } from "../core/search";
import { databaseTls } from "../core/transport";
import { readCommittedOnly } from "./committed-reads";
import { routeReadsToReplicas, type ReplicaRouting } from "./replicas";

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

/** A MySQL URL, with the URLs of its read replicas if any, or an embedded SQLite file. */
export type DatabaseLocation = { url: string; replicaUrls?: string[] } | { file: string };

export interface DatabaseOptions {
  /** A MySQL URL (production) or an SQLite file / ":memory:" (embedded). */
  location: DatabaseLocation;
  entities: Function[];
  /** The subgraph's checked-in migrations, run by `npm run migrate` against MySQL. */
  migrations?: Function[];
  /** Says when a read replica is skipped or usable again. */
  logger?: PinoLogger;
}

export interface Database {
  dataSource: DataSource;
  queries: QueryCounter;
  kind: "mysql" | "embedded";
  /** Where reads go, with read replicas (`replicas.ts`). */
  replicas?: ReplicaRouting;
}

type QueryRunnerLike = { query: (...args: unknown[]) => Promise<unknown>; timed?: boolean };

/** Times every SQL statement the data source runs (for `/metrics`). */
export function timeQueries(dataSource: DataSource, observe: (seconds: number, ok: boolean) => void): void {
  const timed = (runner: QueryRunnerLike): QueryRunnerLike => {
    if (runner.timed) return runner;
    const query = runner.query.bind(runner);
    runner.query = async (...args: unknown[]) => {
      const started = performance.now();
      let ok = false;
      try {
        const result = await query(...args);
        ok = true;
        return result;
      } finally {
        observe((performance.now() - started) / 1000, ok);
      }
    };
    runner.timed = true;
    return runner;
  };
  const driver = dataSource.driver as unknown as { createQueryRunner(mode?: string): QueryRunnerLike; queryRunner?: QueryRunnerLike };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode?: string) => timed(create(mode));
  // The embedded driver keeps the one runner it made before this wrapper.
  if (driver.queryRunner) timed(driver.queryRunner);
}

/** Every MySQL connection speaks utf8mb4 with an accent- and case-insensitive collation. */
export const MYSQL_COLLATION = "utf8mb4_unicode_ci";

/**
 * MySQL and MariaDB speak one protocol but describe their schemas slightly
 * differently; TypeORM must know which one it talks to, or it sees schema
 * changes where there are none. The URL says mysql:// for both.
 */
async function serverFlavour(url: string): Promise<"mysql" | "mariadb"> {
  const connection = await createConnection({ uri: url, connectTimeout: 10_000, ssl: databaseTls(new URL(url).hostname) });
  try {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    return String((rows as { version: string }[])[0]?.version).includes("MariaDB") ? "mariadb" : "mysql";
  } finally {
    await connection.end();
  }
}

function dataSourceOptions(options: DatabaseOptions, logger: QueryCounter, flavour: "mysql" | "mariadb"): DataSourceOptions {
  const common = {
    entities: options.entities,
    subscribers: [VietnameseTextSubscriber],
    logger,
    logging: ["query", "error"] as ("query" | "error")[],
  };
  if ("url" in options.location) {
    // in production, TLS verifying the server's certificate unless the host is loopback or vouched for
    const server = (url: string) => ({ url, ssl: databaseTls(new URL(url).hostname) });
    const replicas = options.location.replicaUrls ?? [];
    return {
      ...common,
      type: flavour,
      ...(replicas.length
        ? // a replica that fails is tried again after a second; meanwhile `replicas.ts` sends reads to the primary
          { replication: { master: server(options.location.url), slaves: replicas.map(server), canRetry: true, restoreNodeTimeout: 1000 } }
        : server(options.location.url)),
      charset: MYSQL_COLLATION,
      timezone: "Z",
      // DATE columns stay "YYYY-MM-DD" strings: no time zone can move them by a day.
      dateStrings: ["DATE"],
      // Schema changes are checked-in migrations, never synchronize.
      synchronize: false,
      migrations: options.migrations ?? [],
      migrationsTableName: "schema_migrations",
      poolSize: 10,
      connectTimeout: 10_000,
      // a bounded queue for a connection: beyond it a request is refused at once (DEPARTMENT_BUSY), not left to wait without end
      extra: { queueLimit: numberFromEnv("HUB_DATABASE_QUEUE_LIMIT", 100) },
    };
  }
  const file = options.location.file;
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    ...common,
    type: "better-sqlite3",
    database: file,
    // The embedded database is a developer's and demo's: it follows the entities.
    synchronize: true,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      // WAL lets readers proceed while a write is in flight.
      db.pragma("journal_mode = WAL");
      db.pragma("foreign_keys = ON");
    },
  };
}

/** Opens a subgraph's own database: MySQL when a URL is given, else an embedded SQLite file created on first use. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const queries = new QueryCounter();
  const flavour = "url" in options.location ? await serverFlavour(options.location.url) : "mysql";
  const dataSource = new DataSource(dataSourceOptions(options, queries, flavour));
  await dataSource.initialize();
  if ("file" in options.location) {
    closedWith(dataSource, readCommittedOnly(dataSource, options.location.file));
    return { dataSource, queries, kind: "embedded" };
  }
  const replicaUrls = options.location.replicaUrls ?? [];
  if (replicaUrls.length === 0) return { dataSource, queries, kind: "mysql" };
  const replicas = routeReadsToReplicas(dataSource, replicaUrls, options.logger);
  await replicas.check();
  closedWith(dataSource, () => replicas.close());
  return { dataSource, queries, kind: "mysql", replicas };
}

/** Makes closing the data source close `also` first (a second connection, replicas' status checks). */
function closedWith(dataSource: DataSource, also: () => unknown): void {
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await also();
    return destroy();
  };
}

/** Why a MySQL database cannot serve yet (wrong character set, migrations not run), or null when it can. */
export async function mysqlProblem(dataSource: DataSource): Promise<string | null> {
  const [schema] = await dataSource.query(
    "SELECT DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()",
  );
  if (!schema || schema.charset !== "utf8mb4") {
    return `database uses character set ${schema?.charset ?? "unknown"}; create it with CHARACTER SET utf8mb4 COLLATE ${MYSQL_COLLATION} so Vietnamese names round-trip`;
  }
  if (await dataSource.showMigrations()) return "its schema is not up to date: run `npm run migrate` first";
  return null;
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
