import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { numberFromEnv } from "../core/config";

/**
 * How a department's database is, for its readiness: `down` when it does not
 * answer within the timeout; `degraded`, with the reasons, when it answers
 * but the department cannot fully serve — it refuses writes (read-only, full),
 * it is slow, or its clock and the service's disagree (deadlines and token
 * expiry are decided on timestamps); `up` otherwise. A degraded department
 * still answers reads, so it stays ready; operators read the reasons.
 */
export interface DatabaseHealth {
  state: "up" | "degraded" | "down";
  reasons: string[];
  /** Why it is down. */
  error?: string;
}

/** Settings read at each check, so an operator's change applies without a restart. */
function limits() {
  return {
    timeoutMs: numberFromEnv("HUB_DATABASE_READY_TIMEOUT_MS", 2000),
    slowMs: numberFromEnv("HUB_DATABASE_SLOW_MS", 500),
    clockDriftMs: numberFromEnv("HUB_CLOCK_DRIFT_MAX_MS", 2000),
    minFreeMb: numberFromEnv("HUB_DATABASE_MIN_FREE_MB", 100, { allowZero: true }),
  };
}

/** Writes refused by the database for a lasting reason (full, read-only), until a write succeeds again. */
const refusedWrites = new WeakMap<DataSource, { at: string; reason: string }>();

const FULL = /ER_RECORD_FILE_FULL|ER_DISK_FULL|ER_OUT_OF_RESOURCES|SQLITE_FULL|database or disk is full|table is full/i;
const READ_ONLY = /ER_OPTION_PREVENTS_STATEMENT|ER_READ_ONLY|SQLITE_READONLY|read-only|readonly database/i;

/** Remembers a write the database refused for being full or read-only (called by the one write path). */
export function noteWriteFailure(dataSource: DataSource, error: unknown): void {
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`;
  const kind = FULL.test(text) ? "full" : READ_ONLY.test(text) ? "read-only" : null;
  if (kind)
    refusedWrites.set(dataSource, { at: new Date().toISOString(), reason: `${kind}: a write was refused at ${new Date().toISOString()}` });
}

/** A write went through: whatever refused the last one is over. */
export function noteWriteSuccess(dataSource: DataSource): void {
  refusedWrites.delete(dataSource);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function databaseHealth(dataSource: DataSource): Promise<DatabaseHealth> {
  const { timeoutMs, slowMs, clockDriftMs, minFreeMb } = limits();
  const embedded = dataSource.options.type === "better-sqlite3";
  const reasons: string[] = [];
  const started = Date.now();
  let row: { readOnly?: unknown; now?: unknown } | undefined;
  try {
    [row] = await withTimeout(
      dataSource.query(
        embedded
          ? "SELECT 1 AS ok"
          : "SELECT @@global.read_only AS readOnly, DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%fZ') AS now",
      ),
      timeoutMs,
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { state: "down", reasons: [], error: code ?? (error as Error).message.split("\n")[0].slice(0, 120) };
  }
  const ended = Date.now();
  if (ended - started > slowMs) reasons.push(`slow: a trivial query took ${ended - started} ms (HUB_DATABASE_SLOW_MS is ${slowMs})`);
  if (!embedded) {
    if (Number(row?.readOnly) === 1) reasons.push("read-only: the server refuses writes (read_only is on)");
    // the database's clock at the query's middle, against ours
    const theirs = Date.parse(String(row?.now).replace(/(\.\d{3})\d*Z$/, "$1Z"));
    const drift = Math.abs(theirs - (started + ended) / 2) - (ended - started) / 2;
    if (Number.isFinite(theirs) && drift > clockDriftMs)
      reasons.push(
        `clock: this service's clock and the database's differ by ${Math.round(drift)} ms (HUB_CLOCK_DRIFT_MAX_MS is ${clockDriftMs})`,
      );
  } else {
    const file = String(dataSource.options.database);
    if (file !== ":memory:") {
      const stats = fs.statfsSync(path.dirname(file));
      const freeMb = (stats.bavail * stats.bsize) / 1024 / 1024;
      if (freeMb < minFreeMb)
        reasons.push(`nearly full: ${Math.floor(freeMb)} MB free where the database lies (HUB_DATABASE_MIN_FREE_MB is ${minFreeMb})`);
    }
  }
  const refused = refusedWrites.get(dataSource);
  if (refused) reasons.push(refused.reason);
  return { state: reasons.length ? "degraded" : "up", reasons };
}
