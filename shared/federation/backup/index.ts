import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { In } from "typeorm";
import { openDatabase, type DatabaseLocation } from "../../database/database";
import { appendAudit, operatorEntry, verifyAuditChain, type ChainReport } from "../../records/audit";
import { destroyKeys } from "../../records/sealed";
import { migrateDatabase } from "../schema-admin";
import { subgraphEntities, type SubgraphDefinition } from "../subgraph";
import { openSubgraphDatabase } from "../subgraph-server";
import { BACKUP_EXTENSION, openBackupFile, readBackupHeader, sha256Of, writeBackupFile, type BackupHeader } from "./backup-file";
import { describeEmbedded, embeddedNotEmpty, placeEmbedded, snapshotEmbedded } from "./embedded";
import { ledgerFile, readLedger, updateLedger } from "./erasure-ledger";
import { describeMysql, dropMysqlTables, dumpMysql, loadMysql, mysqlNotEmpty } from "./mysql";

/**
 * `npm run backup`, `npm run restore` and `npm run restore:drill`, kept here
 * so tests run exactly what operators run. A backup is one department's
 * database at one moment (SQLite's online backup, or one consistent MySQL
 * snapshot), encrypted and checksummed (`backup-file.ts`); the erasure ledger
 * beside it keeps erasures erased through a restore (`erasure-ledger.ts`).
 */
export { backupKeys, readBackupHeader } from "./backup-file";

export type Progress = (message: string) => void;

export interface BackupResult {
  department: string;
  kind: BackupHeader["kind"];
  file: string;
  sha256: string;
  bytes: number;
  tables: Record<string, number>;
  /** Content keys destroyed since the previous backup, now in the ledger. */
  newlyErased: number;
}

const stamp = (at: string) => at.replace(/[-:]/g, "").replace(".", "");

/** Backs one department up into `directory`: `<department>-<UTC time>.hubbackup`, its `.sha256`, and the ledger updated. */
export async function backupDepartment(
  definition: SubgraphDefinition,
  location: DatabaseLocation,
  options: { directory: string; keys: Buffer[]; progress?: Progress },
): Promise<BackupResult> {
  fs.mkdirSync(options.directory, { recursive: true, mode: 0o700 });
  const createdAt = new Date().toISOString();
  const file = path.join(options.directory, `${definition.name}-${stamp(createdAt)}${BACKUP_EXTENSION}`);
  const common = { department: definition.name, createdAt };
  let written: { file: string; sha256: string; bytes: number };
  let tables: Record<string, number>;
  let contentKeys: string[];
  if ("url" in location) {
    const dump = await dumpMysql(location.url, (table, rows) => options.progress?.(`${table}: ${rows} rows`));
    ({ tables, contentKeys } = dump);
    written = await writeBackupFile(file, { ...common, kind: "mysql", tables, migrations: dump.migrations }, dump.content, options.keys[0]);
  } else {
    // the plain copy lives for a moment beside the database it copies, as protected as it
    const scratch = fs.mkdtempSync(path.join(path.dirname(location.file), ".backup-"));
    try {
      const snapshot = await snapshotEmbedded(location.file, path.join(scratch, "copy.sqlite"));
      ({ tables, contentKeys } = snapshot);
      written = await writeBackupFile(
        file,
        { ...common, kind: "embedded", tables, migrations: [] },
        fs.createReadStream(snapshot.file),
        options.keys[0],
      );
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  const newlyErased = updateLedger(ledgerFile(options.directory, definition.name), definition.name, options.keys, contentKeys, createdAt);
  return {
    department: definition.name,
    kind: "url" in location ? "mysql" : "embedded",
    ...written,
    tables,
    newlyErased: newlyErased.length,
  };
}

/** The newest backup of a department in `directory`, or undefined. */
export function latestBackup(directory: string, department: string): string | undefined {
  if (!fs.existsSync(directory)) return undefined;
  const pattern = new RegExp(`^${department}-\\d{8}T\\d{9}Z\\${BACKUP_EXTENSION}$`);
  const files = fs
    .readdirSync(directory)
    .filter((name) => pattern.test(name))
    .sort();
  return files.length ? path.join(directory, files[files.length - 1]) : undefined;
}

export interface RestoreReport {
  department: string;
  kind: BackupHeader["kind"];
  createdAt: string;
  /** Rows per table in the backup; the restore matched every one before erasures were re-applied. */
  tables: Record<string, number>;
  /** Destroyed content keys of the ledger: each stays destroyed, and its record is removed again. */
  erasuresReapplied: number;
  recordsRemoved: number;
  audit: ChainReport;
}

async function countsOf(location: DatabaseLocation): Promise<Record<string, number>> {
  return "url" in location ? describeMysql(location.url) : describeEmbedded(location.file).tables;
}

/** The backup's migrations, run on the empty database so its rows fit; refused when this version does not know one of them. */
async function schemaOfBackup(definition: SubgraphDefinition, header: BackupHeader, url: string): Promise<void> {
  const known = definition.migrations.filter((migration) => header.migrations.includes(migration.name));
  const unknown = header.migrations.filter((name) => !known.some((migration) => migration.name === name));
  if (unknown.length)
    throw new Error(
      `the backup's schema has migrations this version does not know (${unknown.join(", ")}): restore it with the version that made it`,
    );
  const { dataSource } = await openDatabase({ location: { url }, entities: subgraphEntities(definition), migrations: known });
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Restores a backup into an empty database (any other is refused, so nothing
 * is overwritten): decrypts it, loads it, checks every table holds the rows
 * the backup counted, brings the schema to this version, re-applies the
 * ledger's erasures, records the restore at the end of the audit chain and
 * verifies the chain.
 */
export async function restoreBackup(
  definition: SubgraphDefinition,
  file: string,
  location: DatabaseLocation,
  options: { keys: Buffer[]; ledger?: string; operator: string; progress?: Progress },
): Promise<RestoreReport> {
  const say = options.progress ?? (() => undefined);
  const { header } = readBackupHeader(file);
  if (header.department !== definition.name)
    throw new Error(`${path.basename(file)} is a backup of the ${header.department} department, not of ${definition.name}`);
  const into = "url" in location ? "mysql" : "embedded";
  if (header.kind !== into)
    throw new Error(
      `${path.basename(file)} is a backup of ${header.kind === "mysql" ? "a MySQL" : "an embedded"} database: it restores only into one of the same kind`,
    );
  const ledgerPath = options.ledger ?? ledgerFile(path.dirname(file), definition.name);
  if (!fs.existsSync(ledgerPath))
    throw new Error(
      `no erasure ledger at ${ledgerPath}: without it, a person erased since the backup would come back (give it with --ledger)`,
    );
  const ledger = readLedger(ledgerPath, definition.name, options.keys);
  const occupied = "url" in location ? await mysqlNotEmpty(location.url) : embeddedNotEmpty(location.file);
  if (occupied) throw new Error(`${occupied}: a backup restores only into an empty database, so nothing there is overwritten`);

  const work = fs.mkdtempSync(path.join("url" in location ? os.tmpdir() : path.dirname(location.file), ".restore-"));
  let written = false;
  try {
    say("decrypting and checking the backup");
    const plain = path.join(work, "content");
    await openBackupFile(file, options.keys, plain);
    written = true;
    if ("url" in location) {
      say(`creating the schema of the backup (${header.migrations.length} migrations)`);
      await schemaOfBackup(definition, header, location.url);
      await loadMysql(location.url, plain, (table, rows) => say(`${table}: ${rows} rows`));
    } else {
      fs.mkdirSync(path.dirname(location.file), { recursive: true });
      placeEmbedded(plain, location.file);
    }
    const restored = await countsOf(location);
    const differing = Object.entries(header.tables).filter(([table, rows]) => restored[table] !== rows);
    if (differing.length)
      throw new Error(
        `the restore does not match the backup: ${differing.map(([t, rows]) => `${t} has ${restored[t] ?? "no"} rows, the backup ${rows}`).join("; ")}`,
      );
    say(`every table holds the rows the backup counted (${Object.values(header.tables).reduce((a, b) => a + b, 0)})`);
    if ("url" in location) {
      const applied = await migrateDatabase(definition, location);
      if (applied.length) say(`brought to this version's schema: ${applied.join(", ")}`);
    }
    return await reapplyAndVerify(definition, location, header, {
      erased: ledger.erased.map((e) => e.key),
      operator: options.operator,
      sha256: await sha256Of(file),
      file,
    });
  } catch (error) {
    // the database was empty: leave it so, never half restored, nor holding a person whose erasure was not re-applied
    if (written) await emptyAgain(location);
    throw error;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function emptyAgain(location: DatabaseLocation): Promise<void> {
  if ("url" in location) await dropMysqlTables(location.url);
  else for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${location.file}${suffix}`, { force: true });
}

async function reapplyAndVerify(
  definition: SubgraphDefinition,
  location: DatabaseLocation,
  header: BackupHeader,
  restore: { erased: string[]; operator: string; sha256: string; file: string },
): Promise<RestoreReport> {
  const { dataSource } = await openSubgraphDatabase(definition, location);
  try {
    const { erasuresReapplied, recordsRemoved } = await dataSource.transaction(async (manager) => {
      let keys = 0;
      let records = 0;
      for (let i = 0; i < restore.erased.length; i += 500) keys += await destroyKeys(manager, restore.erased.slice(i, i + 500));
      // person:<Entity>:<id> and secret:<Entity>:<id>: the erasure and the export removed the record with its key
      for (const key of restore.erased) {
        const [, entity, id] = key.split(":");
        const metadata = dataSource.entityMetadatas.find((m) => m.name === entity);
        if (metadata && id) records += (await manager.delete(metadata.target, { id: In([id]) })).affected ?? 0;
      }
      await appendAudit(
        manager,
        operatorEntry(restore.operator, "restoreBackup", {
          backup: path.basename(restore.file),
          sha256: restore.sha256,
          createdAt: header.createdAt,
          erasuresReapplied: keys,
          recordsRemoved: records,
        }),
      );
      return { erasuresReapplied: keys, recordsRemoved: records };
    });
    const audit = await verifyAuditChain(dataSource);
    return {
      department: definition.name,
      kind: header.kind,
      createdAt: header.createdAt,
      tables: header.tables,
      erasuresReapplied,
      recordsRemoved,
      audit,
    };
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The periodic tested restore: the department's latest backup restored into a
 * scratch database (a temporary file, or the empty MySQL database given),
 * verified, and the scratch emptied again.
 */
export async function drillRestore(
  definition: SubgraphDefinition,
  directory: string,
  options: { keys: Buffer[]; scratchUrl?: string; operator: string; progress?: Progress },
): Promise<RestoreReport & { file: string }> {
  const file = latestBackup(directory, definition.name);
  if (!file) throw new Error(`no backup of ${definition.name} in ${directory}`);
  const { header } = readBackupHeader(file);
  if (header.kind === "mysql") {
    if (!options.scratchUrl)
      throw new Error(
        `${path.basename(file)} is a MySQL backup: give an empty scratch database (--scratch-url or HUB_RESTORE_DRILL_DATABASE_URL)`,
      );
    const location = { url: options.scratchUrl };
    const occupied = await mysqlNotEmpty(options.scratchUrl);
    if (occupied) throw new Error(`${occupied}: the drill restores only into an empty scratch database`);
    try {
      return { file, ...(await restoreBackup(definition, file, location, options)) };
    } finally {
      await dropMysqlTables(options.scratchUrl);
    }
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "hub-drill-"));
  try {
    return { file, ...(await restoreBackup(definition, file, { file: path.join(scratch, `${definition.name}.sqlite`) }, options)) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
