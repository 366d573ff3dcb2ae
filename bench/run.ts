import "reflect-metadata";
import { generateDataset } from "./dataset";
import { stopDriving } from "./drive";
import { RefusedDatabase, startBenchHub } from "./hub";
import { atExit, createWorkspace, interrupted, runExitSteps, stopOnSignals } from "./lifecycle";
import { measureOcrReading } from "./ocr-reading";
import { measurePlanParsing } from "./plan-parsing";
import { machine, printReport, writeReport, type BenchReport } from "./report";
import { measureGatewayOverhead, runCallerScenarios, runContractOperations } from "./scenarios";
import { SETTINGS } from "./settings";

/**
 * npm run bench: the whole hub in this process on a generated dataset, the
 * contract operations under load through the gateway (with the services' CPU
 * per request), the gateway's overhead over direct subgraph calls, many
 * officials on one dashboard at once (equal rights, then mixed; with
 * deduplication and without), then the importer's parse time for a
 * plan of BENCH_PARSE_TASKS tasks in each file format, and its OCR of a
 * scanned plan (seconds a page, share of fields read right). Exit code 0 when every request
 * succeeded, 2 when some failed (still reported), 1 when the run broke.
 */
async function main(): Promise<number> {
  const started = new Date();
  stopOnSignals();
  const workspace = createWorkspace();

  const hub = await startBenchHub(workspace);
  process.stderr.write(`[bench] five subgraphs up on the ${hub.database} database\n`);
  const dataset = await generateDataset(hub.databases, { seed: SETTINGS.seed, scale: SETTINGS.scale, years: SETTINGS.years });
  const gatewayUrl = await hub.startGateway();
  atExit("the load", stopDriving);
  process.stderr.write(`[bench] gateway up at ${gatewayUrl}\n`);

  const operations = await runContractOperations(hub, gatewayUrl);
  // the gateway's own cost, without deduplication sharing the identical requests of the comparison
  const undeduplicatedUrl = await hub.startGateway({ deduplicate: false });
  const gatewayOverhead = await measureGatewayOverhead(hub, undeduplicatedUrl);
  const callers = await runCallerScenarios(hub, { on: gatewayUrl, off: undeduplicatedUrl });

  await runExitSteps();
  // with the hub stopped, so the figures are the parser's alone
  process.stderr.write(`[bench] parsing a ${SETTINGS.parseTasks}-task plan in each format\n`);
  const planParsing = await measurePlanParsing(SETTINGS.parseTasks, SETTINGS.parseRuns);
  process.stderr.write(`[bench] reading a scanned plan by OCR\n`);
  const ocrReading = await measureOcrReading(SETTINGS.ocrRuns);
  const loads = [
    ...operations.flatMap((o) => [o.warmup, ...o.runs]),
    ...gatewayOverhead.flatMap((o) => [...Object.values(o.warmup), ...o.runs.flatMap((r) => [r.gateway, r.hop, r.bareApollo, r.direct])]),
    ...callers.flatMap((s) => s.runs.map((r) => r.load)),
  ].filter((load) => load !== null);
  const alone = [...operations.map((o) => o.alone), ...gatewayOverhead.flatMap((o) => [o.viaGateway, o.direct])];
  const finished = new Date();
  const report: BenchReport = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    totalSeconds: (finished.getTime() - started.getTime()) / 1000,
    machine: machine(),
    database: hub.database,
    settings: { ...SETTINGS },
    dataset,
    operations,
    gatewayOverhead,
    callers,
    planParsing,
    ocrReading,
    failedRequests:
      loads.reduce((sum, run) => sum + run.errors.total, 0) +
      alone.filter((request) => request.errors.length > 0 || request.emptyFields.length > 0).length,
  };
  printReport(report);
  process.stdout.write(`Results written to ${writeReport(report)}\n`);
  return report.failedRequests > 0 ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    if (interrupted()) return; // the signal handler exits once everything is stopped
    process.stderr.write(
      error instanceof RefusedDatabase ? `[bench] refused: ${error.message}\n` : `[bench] failed: ${(error as Error).stack ?? error}\n`,
    );
    await runExitSteps();
    process.exit(1);
  },
);
