import fs from "node:fs";
import { createRequire } from "node:module";

/** The part of better-sqlite3 used here (the driver TypeORM runs the embedded database on; it ships no types). */
interface SqliteDatabase {
  backup(destination: string): Promise<unknown>;
  prepare(sql: string): { all(): Record<string, unknown>[]; pluck(): { all(): unknown[]; get(): unknown } };
  close(): void;
}
type SqliteOpen = new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDatabase;
const Sqlite = createRequire(__filename)("better-sqlite3") as SqliteOpen;

const tablesOf = (db: SqliteDatabase) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

export interface Snapshot {
  file: string;
  tables: Record<string, number>;
  contentKeys: string[];
}

/** What a database file holds: rows per table and the content keys. */
export function describeEmbedded(file: string): Snapshot {
  const db = new Sqlite(file, { fileMustExist: true });
  try {
    const names = tablesOf(db);
    const tables = Object.fromEntries(names.map((name) => [name, Number(db.prepare(`SELECT COUNT(*) FROM "${name}"`).pluck().get())]));
    const contentKeys = names.includes("content_key")
      ? (db.prepare("SELECT id FROM content_key ORDER BY id").pluck().all() as string[])
      : [];
    return { file, tables, contentKeys };
  } finally {
    db.close();
  }
}

/** A consistent copy of a live embedded database, through SQLite's online backup: writers go on meanwhile. */
export async function snapshotEmbedded(source: string, copy: string): Promise<Snapshot> {
  if (!fs.existsSync(source)) throw new Error(`${source} does not exist`);
  const db = new Sqlite(source, { fileMustExist: true });
  try {
    await db.backup(copy);
  } finally {
    db.close();
  }
  return describeEmbedded(copy);
}

/** Why `file` cannot take a restore (it holds tables), or null when it is missing or empty. */
export function embeddedNotEmpty(file: string): string | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  const db = new Sqlite(file, { fileMustExist: true });
  try {
    const tables = tablesOf(db);
    return tables.length ? `${file} already holds ${tables.length} tables` : null;
  } finally {
    db.close();
  }
}

/** Puts a restored copy in place once SQLite finds it whole. */
export function placeEmbedded(copy: string, target: string): void {
  const db = new Sqlite(copy, { fileMustExist: true });
  try {
    const check = db.prepare("PRAGMA integrity_check").pluck().all();
    if (check.length !== 1 || check[0] !== "ok") throw new Error(`the restored database is damaged: ${check.slice(0, 3).join("; ")}`);
  } finally {
    db.close();
  }
  for (const side of ["-wal", "-shm"]) fs.rmSync(`${target}${side}`, { force: true });
  fs.renameSync(copy, target);
}
