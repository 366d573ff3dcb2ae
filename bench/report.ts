import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatasetSummary } from "./dataset";
import type { OcrReadingResult } from "./ocr-reading";
import type { PlanParsingResult } from "./plan-parsing";
import type { CallersScenario, OperationResult, OverheadResult } from "./scenarios";
import { SETTINGS } from "./settings";

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  database: "mysql" | "embedded";
  settings: Record<string, unknown>;
  dataset: DatasetSummary;
  operations: OperationResult[];
  gatewayOverhead: OverheadResult[];
  /** Many officials sending the same dashboard at once, with deduplication on and off. */
  callers: CallersScenario[];
  planParsing: PlanParsingResult;
  /** Scanned plans read by OCR: time per page, confidence, and the share of a person's fields read right. */
  ocrReading: OcrReadingResult;
  /** Requests (under load, warm-ups included, or sent alone) that ended in a non-2xx status, a GraphQL error or a socket error, and requests sent alone whose answer came back empty (timing empty answers would flatter the figures). */
  failedRequests: number;
}

export function machine(): BenchReport["machine"] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
}

export function printReport(report: BenchReport): void {
  const { dataset } = report;
  const lines = [
    "",
    `Dataset: ${dataset.totalRows.toLocaleString("en")} rows, ${dataset.provinces} provinces × ${dataset.years.length} years, generated in ${dataset.seconds.toFixed(1)} s (${report.database} database)`,
    ...Object.entries(dataset.rows).map(
      ([subgraph, tables]) =>
        `  ${subgraph}: ${Object.entries(tables)
          .map(([name, n]) => `${name} ${n.toLocaleString("en")}`)
          .join(", ")}`,
    ),
    "",
    `Contract operations through the gateway (${report.settings.seconds} s per run; latency on connections already open, without each connection's first answer (latencyMsWithOpening in the results file has it); CPU: every service's, summed, per request${report.database === "mysql" ? ", the MySQL server's not included" : ""}; SQL/req, subgraph requests/req and KB from one request sent alone)`,
    table(
      ["operation", "concurrency", "req/s", "p50 ms", "p99 ms", "p99/p50", "CPU ms/req", "errors", "SQL/req", "subgraph req", "KB"],
      report.operations.flatMap((op) =>
        op.runs.map((run) => [
          op.name,
          run.connections,
          run.requestsPerSecond.toFixed(1),
          ms(run.latencyMs.p50),
          ms(run.latencyMs.p99),
          run.latencyMs.p50 > 0 ? (run.latencyMs.p99 / run.latencyMs.p50).toFixed(1) : "-",
          ms(run.cpuMsPerRequest),
          run.errors.total,
          op.alone.sqlQueries,
          op.alone.subgraphFetches,
          (op.alone.responseBytes / 1024).toFixed(1),
        ]),
      ),
    ),
    "",
    `Gateway overhead: one root query of one subgraph, through the gateway vs straight to the subgraph; the bare hop is a relay with no GraphQL, the floor under any gateway; bare Apollo is Apollo Server and Apollo Gateway alone, signing the identity and nothing else, the floor under this one (${report.settings.overheadSeconds} s per run)`,
    table(
      [
        "query",
        "concurrency",
        "gateway req/s",
        "direct req/s",
        "gateway p50",
        "bare hop p50",
        "bare Apollo p50",
        "direct p50",
        "overhead p50 ms",
        "bare hop's p50 ms",
        "bare Apollo's p50 ms",
        "overhead mean ms",
        "errors",
      ],
      report.gatewayOverhead.flatMap((q) =>
        q.runs.map((run) => [
          `${q.subgraph}.${q.query}`,
          run.connections,
          run.gateway.requestsPerSecond.toFixed(1),
          run.direct.requestsPerSecond.toFixed(1),
          ms(run.gateway.latencyMs.p50),
          ms(run.hop.latencyMs.p50),
          ms(run.bareApollo.latencyMs.p50),
          ms(run.direct.latencyMs.p50),
          ms(run.p50OverheadMs),
          ms(run.p50HopMs),
          ms(run.p50BareApolloMs),
          ms(run.meanOverheadMs),
          run.gateway.errors.total + run.hop.errors.total + run.bareApollo.errors.total + run.direct.errors.total,
        ]),
      ),
    ),
    "",
    `Many officials on one view at once (ProvinceDashboard, and AgencyCompliance for the coordinators; ${report.settings.seconds} s per run, one connection each; deduplication on, then off in a second gateway)`,
    table(
      ["scenario", "dedup", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "dept req/answer", "errors"],
      report.callers.flatMap((s) =>
        s.runs.map((run) => [
          `${s.name} (${s.operation}): ${s.description}`,
          run.deduplication,
          run.load.requestsPerSecond.toFixed(1),
          ms(run.load.latencyMs.p50),
          ms(run.load.latencyMs.p99),
          ms(run.load.cpuMsPerRequest),
          run.subgraphRequestsPerAnswer.toFixed(2),
          run.load.errors.total,
        ]),
      ),
    ),
    "",
    `Plan import: reading and parsing a ${report.planParsing.tasks}-task plan in each format (${report.settings.parseRuns} runs after a warm-up; aim: under 1 s each)`,
    table(
      ["format", "KB", "tasks", "median ms", "max ms"],
      report.planParsing.timings.map((t) => [t.format, (t.bytes / 1024).toFixed(1), t.tasks, ms(t.medianMs), ms(t.maxMs)]),
    ),
    ...report.planParsing.skipped.map((s) => `  ${s.format} not timed: ${s.reason}`),
    "",
    `Plan import by OCR: a scanned plan (printed, rasterised at 200 dpi, askew and dusty; ${report.settings.ocrRuns} run(s)), its fields against the same plan read from its text`,
    table(
      ["plan", "format", "pages", "KB", "s/page", "confidence %", "doubted lines", "fields read right"],
      report.ocrReading.scans.map((s) => [
        s.plan,
        s.format,
        s.pages,
        s.kilobytes,
        s.secondsPerPage.toFixed(1),
        s.confidence.toFixed(1),
        `${s.doubtedLines}/${s.lines}`,
        `${s.fieldsRight}/${s.fields} (${Math.round(s.shareRight * 100)} %)`,
      ]),
    ),
    ...report.ocrReading.scans.filter((s) => s.wrongFields.length).map((s) => `  ${s.plan} read wrong: ${s.wrongFields.join(", ")}`),
    ...report.ocrReading.skipped.map((s) => `  ${s.format} not read: ${s.reason}`),
    "",
    report.failedRequests > 0
      ? `${report.failedRequests} requests failed: see the errors columns, and firstError, alone.errors and alone.emptyFields in the results file.`
      : "No request failed (non-2xx, GraphQL error, socket error or empty answer).",
    `Total time ${report.totalSeconds.toFixed(0)} s.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** Writes the report to BENCH_OUTPUT (bench/results/latest.json by default) and returns the path. */
export function writeReport(report: BenchReport): string {
  const file = SETTINGS.output;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
