import fs from "node:fs";
import readline from "node:readline";
import { Readable } from "node:stream";
import mysql, { type RowDataPacket } from "mysql2";
import type { Connection } from "mysql2/promise";
import { databaseTls } from "../../core/transport";
import { MYSQL_COLLATION } from "../../database/database";
import type { Snapshot } from "./embedded";

/**
 * A consistent logical dump of a department's MySQL database, as
 * `mysqldump --single-transaction` makes one but with no client program to
 * install: one read-only transaction on one snapshot counts every table and
 * streams its rows, while writers go on. The dump is JSON lines: a line
 * naming a table and its columns, then one array per row (dates as the
 * server writes them, binary as base64).
 */
function connect(url: string) {
  return mysql.createConnection({
    uri: url,
    ssl: databaseTls(new URL(url).hostname),
    charset: MYSQL_COLLATION,
    timezone: "Z",
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    connectTimeout: 10_000,
  });
}

const quote = (name: string) => `\`${name.replace(/`/g, "``")}\``;

async function tablesOf(connection: Connection): Promise<string[]> {
  const [rows] = await connection.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
  );
  return rows.map((row) => String(row.name));
}

async function countRows(connection: Connection, names: string[]): Promise<Record<string, number>> {
  const tables: Record<string, number> = {};
  for (const name of names) {
    const [[row]] = await connection.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${quote(name)}`);
    tables[name] = Number(row.n);
  }
  return tables;
}

const encode = (value: unknown): unknown =>
  Buffer.isBuffer(value)
    ? { $base64: value.toString("base64") }
    : value !== null && typeof value === "object"
      ? JSON.stringify(value)
      : value;
const decode = (value: unknown): unknown =>
  value !== null && typeof value === "object" && typeof (value as { $base64?: unknown }).$base64 === "string"
    ? Buffer.from((value as { $base64: string }).$base64, "base64")
    : value;

export interface MysqlDump extends Snapshot {
  migrations: string[];
  /** The dump's lines; read it once. */
  content: Readable;
}

/** Opens the snapshot, counts it, and returns the stream of its rows; the connection closes when the stream ends. */
export async function dumpMysql(url: string, onTable?: (table: string, rows: number) => void): Promise<MysqlDump> {
  const raw = connect(url);
  const connection = raw.promise();
  try {
    await connection.query("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    await connection.query("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
    const names = await tablesOf(connection);
    const tables = await countRows(connection, names);
    const contentKeys = names.includes("content_key")
      ? (await connection.query<RowDataPacket[]>("SELECT id FROM content_key ORDER BY id"))[0].map((r) => String(r.id))
      : [];
    const migrations = names.includes("schema_migrations")
      ? (await connection.query<RowDataPacket[]>("SELECT name FROM schema_migrations ORDER BY id"))[0].map((r) => String(r.name))
      : [];
    async function* lines(): AsyncGenerator<string> {
      try {
        for (const name of names) {
          const [columns] = await connection.query<RowDataPacket[]>(
            "SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
            [name],
          );
          const columnNames = columns.map((c) => String(c.name));
          yield `${JSON.stringify({ table: name, columns: columnNames })}\n`;
          let count = 0;
          for await (const row of raw.query({ sql: `SELECT * FROM ${quote(name)}`, rowsAsArray: true }).stream()) {
            count += 1;
            yield `${JSON.stringify((row as unknown[]).map(encode))}\n`;
          }
          onTable?.(name, count);
        }
        await connection.query("COMMIT");
      } finally {
        raw.end();
      }
    }
    return { file: url, tables, contentKeys, migrations, content: Readable.from(lines()) };
  } catch (error) {
    raw.end();
    throw error;
  }
}

/** Why the database at `url` cannot take a restore (it holds tables), or null when it is empty. */
export async function mysqlNotEmpty(url: string): Promise<string | null> {
  const connection = connect(url).promise();
  try {
    const tables = await tablesOf(connection);
    return tables.length ? `the database ${new URL(url).pathname.slice(1)} already holds ${tables.length} tables` : null;
  } finally {
    await connection.end();
  }
}

/** Rows per table. */
export async function describeMysql(url: string): Promise<Record<string, number>> {
  const connection = connect(url).promise();
  try {
    return await countRows(connection, await tablesOf(connection));
  } finally {
    await connection.end();
  }
}

/** Empties a scratch database the drill filled (it was empty before, or the drill would not have used it). */
export async function dropMysqlTables(url: string): Promise<void> {
  const connection = connect(url).promise();
  try {
    await connection.query("SET FOREIGN_KEY_CHECKS = 0");
    for (const name of await tablesOf(connection)) await connection.query(`DROP TABLE ${quote(name)}`);
  } finally {
    await connection.end();
  }
}

/**
 * Loads a dump into the database whose tables the backup's migrations have
 * just made: what those migrations wrote is replaced by the dump's rows, all
 * in one transaction, foreign keys checked once the rows are all in.
 */
export async function loadMysql(url: string, dumpFile: string, onTable?: (table: string, rows: number) => void): Promise<void> {
  const connection = connect(url).promise();
  try {
    await connection.query("SET FOREIGN_KEY_CHECKS = 0");
    await connection.beginTransaction();
    let table: { name: string; columns: string[] } | undefined;
    let batch: unknown[][] = [];
    let batchBytes = 0;
    let count = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await connection.query(`INSERT INTO ${quote(table.name)} (${table.columns.map(quote).join(", ")}) VALUES ?`, [batch]);
      batch = [];
      batchBytes = 0;
    };
    const finish = async () => {
      await flush();
      if (table) onTable?.(table.name, count);
    };
    for await (const line of readline.createInterface({ input: fs.createReadStream(dumpFile, "utf8"), crlfDelay: Infinity })) {
      if (!line) continue;
      const parsed = JSON.parse(line) as unknown;
      if (Array.isArray(parsed)) {
        batch.push(parsed.map(decode));
        batchBytes += line.length;
        count += 1;
        // well under the server's max_allowed_packet (16 MiB by default), whatever the rows hold
        if (batch.length >= 500 || batchBytes >= 4 * 1024 * 1024) await flush();
        continue;
      }
      await finish();
      const named = parsed as { table: string; columns: string[] };
      table = { name: named.table, columns: named.columns };
      count = 0;
      await connection.query(`DELETE FROM ${quote(table.name)}`);
    }
    await finish();
    await connection.commit();
  } catch (error) {
    await connection.rollback().catch(() => undefined);
    throw error;
  } finally {
    await connection.query("SET FOREIGN_KEY_CHECKS = 1").catch(() => undefined);
    await connection.end();
  }
}
