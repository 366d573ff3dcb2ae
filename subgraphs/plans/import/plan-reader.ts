import path from "node:path";
import { numberFromEnv } from "../../../shared/core/config";
import { badUserInput } from "../../../shared/core/errors";
import { createWorkerPool, WorkLimitExceeded, type WorkerPool } from "../../../shared/service/worker-pool";
import type { PlanDocument } from "./plan-document";
import type { PlanSource } from "./read-plan";
import type { PlanReading } from "./read-plan.worker";

let pool: WorkerPool<PlanSource, PlanReading> | null = null;

/**
 * The plans department's pool for reading uploaded plans, sized from the
 * environment: `HUB_IMPORT_WORKERS` threads (1), `HUB_IMPORT_QUEUE` waiting
 * documents (4; more are refused with BUSY), `HUB_IMPORT_TIME_LIMIT_MS`
 * per document (20,000) and `HUB_IMPORT_MEMORY_MB` per worker (512).
 */
function readingPool(): WorkerPool<PlanSource, PlanReading> {
  pool ??= createWorkerPool({
    name: "reading plan documents",
    filename: path.join(__dirname, `read-plan.worker${path.extname(__filename)}`),
    threads: numberFromEnv("HUB_IMPORT_WORKERS", 1),
    queue: numberFromEnv("HUB_IMPORT_QUEUE", 4, { allowZero: true }),
    timeoutMs: numberFromEnv("HUB_IMPORT_TIME_LIMIT_MS", 20_000),
    memoryMb: numberFromEnv("HUB_IMPORT_MEMORY_MB", 512),
  });
  return pool;
}

/**
 * Reads a plan off the event loop, so the department's reads go on however
 * hostile the document. A document that is not a plan, or that meets a
 * limit, is `BAD_USER_INPUT` on the argument it came in (`text` or `file`),
 * with the reason's code; a full queue is `BUSY`.
 */
export async function readPlanOffThread(source: PlanSource): Promise<PlanDocument> {
  const field = source.file ? "file" : "text";
  let reading: PlanReading;
  try {
    reading = await readingPool().run(source);
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
}
