import path from "node:path";
import { numberFromEnv, REPOSITORY_ROOT } from "../shared/core/config";
import { todayInVietnam } from "../subgraphs/plans/reporting/reporting";

function listFrom(variable: string, fallback: number[]): number[] {
  const raw = process.env[variable];
  if (!raw) return fallback;
  const values = raw.split(",").map((part) => Number(part.trim()));
  if (values.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`${variable} must list whole numbers, e.g. 1,8,32`);
  return values;
}

const currentYear = Number(todayInVietnam().slice(0, 4));

/** Benchmark knobs, from the environment. */
export const SETTINGS = {
  /** Multiplies the number of department records (BENCH_SCALE=0.1 for a quick try). */
  scale: numberFromEnv("BENCH_SCALE", 1),
  /** Seconds of load per operation and concurrency. */
  seconds: numberFromEnv("BENCH_SECONDS", 5),
  /** Seconds of unmeasured load before an operation's runs; 0 for none (a quick check of the script: the figures are then a cold hub's). */
  warmupSeconds: numberFromEnv("BENCH_WARMUP_SECONDS", 2, { allowZero: true }),
  concurrencies: listFrom("BENCH_CONCURRENCY", [1, 8, 32]),
  /** Seconds per run of the gateway-overhead comparison. */
  overheadSeconds: numberFromEnv("BENCH_OVERHEAD_SECONDS", 3),
  overheadConcurrencies: listFrom("BENCH_OVERHEAD_CONCURRENCY", [1, 8]),
  /** Officials sending ProvinceDashboard at once in the many-callers scenarios (one connection each). */
  callers: numberFromEnv("BENCH_CALLERS", 32),
  /** Plans and records cover the last five years, this one included. */
  years: [4, 3, 2, 1, 0].map((back) => currentYear - back),
  /** The year the operations ask about: the last complete one. */
  queryYear: currentYear - 1,
  seed: numberFromEnv("BENCH_SEED", 20190321),
  /** Tasks of the plan parsed in each format, and timed runs per format. */
  parseTasks: numberFromEnv("BENCH_PARSE_TASKS", 100),
  parseRuns: numberFromEnv("BENCH_PARSE_RUNS", 5),
  /** Runs of the OCR of a scanned plan (each takes seconds a page). */
  ocrRuns: numberFromEnv("BENCH_OCR_RUNS", 1, { allowZero: true }),
  /** Where the JSON report goes. */
  output: path.resolve(process.env.BENCH_OUTPUT || path.join(REPOSITORY_ROOT, "bench", "results", "latest.json")),
};
