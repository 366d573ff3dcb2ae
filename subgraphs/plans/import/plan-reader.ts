import { createHash } from "node:crypto";
import path from "node:path";
import { numberFromEnv } from "../../../shared/core/config";
import { badUserInput } from "../../../shared/core/errors";
import { longestReadingMs, readingLimits } from "../../../shared/core/reading-limits";
import { createWorkerPool, WorkLimitExceeded, type WorkerPool } from "../../../shared/service/worker-pool";
import type { PlanDocument } from "./plan-document";
import type { PlanSource } from "./read-plan";
import type { PlanReading } from "./read-plan.worker";

let pool: WorkerPool<PlanSource, PlanReading> | null = null;

/**
 * The plans department's pool for reading uploaded plans, sized from the
 * environment: `HUB_IMPORT_WORKERS` threads (1), `HUB_IMPORT_QUEUE` waiting
 * documents (4; more are refused with BUSY), `HUB_IMPORT_TIME_LIMIT_MS`
 * per document (20,000) — and for a scan, once the worker finds it is one,
 * OCR's `HUB_OCR_TIME_LIMIT_MS` (180,000) more — and `HUB_IMPORT_MEMORY_MB`
 * per worker (512).
 */
function readingPool(): WorkerPool<PlanSource, PlanReading> {
  pool ??= createWorkerPool({
    name: "reading plan documents",
    filename: path.join(__dirname, `read-plan.worker${path.extname(__filename)}`),
    threads: numberFromEnv("HUB_IMPORT_WORKERS", 1),
    queue: numberFromEnv("HUB_IMPORT_QUEUE", 4, { allowZero: true }),
    timeoutMs: readingLimits().timeMs,
    longestTimeoutMs: longestReadingMs(),
    memoryMb: numberFromEnv("HUB_IMPORT_MEMORY_MB", 512),
  });
  return pool;
}

/**
 * Scans read by OCR, by their bytes' SHA-256: the preview, its rehearsal with
 * the unknown agencies added and the import that follows read the same file,
 * and OCR takes seconds a page. A few, for a quarter of an hour; a document
 * with text is read again each time (it takes milliseconds).
 */
const SCANS_KEPT = 8;
const SCAN_KEPT_MS = 15 * 60_000;
const scans = new Map<string, { reading: PlanReading; until: number }>();

function keptScan(key: string): PlanReading | null {
  const now = Date.now();
  for (const [k, kept] of scans) if (kept.until < now) scans.delete(k);
  const kept = scans.get(key);
  return kept ? structuredClone(kept.reading) : null;
}

function keepScan(key: string, reading: PlanReading): void {
  if (!reading.document?.ocr) return;
  scans.delete(key);
  scans.set(key, { reading: structuredClone(reading), until: Date.now() + SCAN_KEPT_MS });
  while (scans.size > SCANS_KEPT) scans.delete(scans.keys().next().value!);
}

/**
 * Reads a plan off the event loop, so the department's reads go on however
 * hostile the document. A document that is not a plan, or that meets a
 * limit, is `BAD_USER_INPUT` on the argument it came in (`text` or `file`),
 * with the reason's code; a full queue is `BUSY`.
 */
export async function readPlanOffThread(source: PlanSource): Promise<PlanDocument> {
  const field = source.file ? "file" : "text";
  const key = source.file ? createHash("sha256").update(source.file).digest("hex") : null;
  let reading: PlanReading;
  try {
    reading = (key && keptScan(key)) || (await readingPool().run(source));
    if (key) keepScan(key, reading);
  } catch (error) {
    if (!(error instanceof WorkLimitExceeded)) throw error;
    throw badUserInput(`The ${source.file ? "file" : "document"} cannot be read: ${error.message}.`, [field], {
      reason: `${error.limit.toUpperCase()}_LIMIT`,
    });
  }
  if (reading.refusal) {
    const { message, code, params } = reading.refusal;
    const lead = code.startsWith("FILE_") ? "The file cannot be read" : "Not a plan this hub can read";
    throw badUserInput(`${lead}: ${message}.`, [field], { reason: code, ...params });
  }
  return reading.document!;
}

/** Stops the pool's workers (a command-line run ends with it). */
export async function closePlanReading(): Promise<void> {
  await pool?.close();
  pool = null;
  scans.clear();
}
