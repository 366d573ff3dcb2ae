import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { numberFromEnv, REPOSITORY_ROOT } from "../shared/core/config";
import { BENCH_ADMIN, gatewayHeaders } from "./auth";
import { generateDataset } from "./dataset";
import { RefusedDatabase, startBenchHub } from "./hub";
import { atExit, createWorkspace, interrupted, runExitSteps, stopOnSignals } from "./lifecycle";
import { machine } from "./report";
import { SETTINGS } from "./settings";

/**
 * npm run bench:web: the web app in Debian's Chromium against the hub on the
 * generated dataset. For the province dashboard and for the plan view of the
 * largest generated plan it reports the time from navigation until the view
 * shows its figures (every task row, for the plan), over BENCH_WEB_RUNS runs
 * each in a new browser context (a cold HTTP cache), and the initial
 * JavaScript's gzipped size from the build.
 */
const RUNS = numberFromEnv("BENCH_WEB_RUNS", 5);
const CHROMIUM = process.env.HUB_CHROMIUM ?? "/usr/bin/chromium";
const OUTPUT = path.resolve(process.env.BENCH_WEB_OUTPUT || path.join(REPOSITORY_ROOT, "bench", "results", "web-latest.json"));

interface ViewTiming {
  view: string;
  url: string;
  detail: string;
  /** Milliseconds from navigation start until the view showed its figures, one per run. */
  runs: number[];
  medianMs: number;
  maxMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function gatewayQuery(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(url, { method: "POST", headers: await gatewayHeaders(), body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`the gateway answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** The generated plan with the most tasks, in the year the benchmark asks about. */
async function largestPlan(url: string): Promise<{ provinceCode: string; year: number; tasks: number }> {
  const { provinces } = await gatewayQuery(url, `{ provinces { code } }`);
  let best = { provinceCode: "", year: SETTINGS.queryYear, tasks: -1 };
  for (const { code } of provinces as { code: string }[]) {
    const { plans } = await gatewayQuery(url, `query ($p: String!, $y: Int!) { plans(provinceCode: $p, year: $y) { tasks { id } } }`, {
      p: code,
      y: SETTINGS.queryYear,
    });
    for (const plan of plans as { tasks: unknown[] }[])
      if (plan.tasks.length > best.tasks) best = { provinceCode: code, year: SETTINGS.queryYear, tasks: plan.tasks.length };
  }
  if (best.tasks < 0) throw new Error(`no generated plan for ${SETTINGS.queryYear}`);
  return best;
}

/** Times one view: a new context signed in as the benchmark's admin, navigation, and the moment `ready` holds in the page. */
/** What must be on the page for a view to count as shown: at least `count` elements matching each selector. */
type Ready = [selector: string, count: number][];

async function timeView(browser: Browser, origin: string, token: string, url: string, ready: Ready): Promise<number[]> {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const official = { id: BENCH_ADMIN.userId, name: "Benchmark", ...BENCH_ADMIN };
    await context.addInitScript(
      ([value]) =>
        (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem("hub.session", value),
      [JSON.stringify({ token, official })],
    );
    const page = await context.newPage();
    await page.goto(`${origin}${url}`, { waitUntil: "commit" });
    await page.waitForFunction(
      (wanted) => {
        // Runs in the page; a function (not a string) so that the page's CSP, which forbids eval, allows it.
        const document = (globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } }).document;
        return wanted.every(([selector, count]) => document.querySelectorAll(selector).length >= count);
      },
      ready,
      { timeout: 120_000, polling: "raf" },
    );
    // performance.now() counts from the navigation's start: the time the reader waited.
    runs.push(Math.round((await page.evaluate("performance.now()")) as number));
    await context.close();
  }
  return runs;
}

async function main(): Promise<number> {
  const started = new Date();
  stopOnSignals();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`bench:web needs Chromium at ${CHROMIUM} (apt-get install chromium, or set HUB_CHROMIUM)`);
  const buildReport = path.join(REPOSITORY_ROOT, "web", "dist", "build-report.json");
  if (!fs.existsSync(buildReport)) throw new Error("web/dist is not built: run npm run build first");
  const { routes } = JSON.parse(fs.readFileSync(buildReport, "utf8")) as { routes: { path: string; javaScript: { gzip: number } }[] };
  // What every address loads first: the entry chunk and its static imports (the "*" route has no view of its own).
  const initialJavaScriptGzipBytes = routes.find((r) => r.path === "*")!.javaScript.gzip;

  const workspace = createWorkspace();
  const hub = await startBenchHub(workspace);
  process.stderr.write(`[bench:web] five subgraphs up on the ${hub.database} database\n`);
  const dataset = await generateDataset(hub.databases, { seed: SETTINGS.seed, scale: SETTINGS.scale, years: SETTINGS.years });
  const gatewayUrl = await hub.startGateway();
  const origin = new URL(gatewayUrl).origin;
  const plan = await largestPlan(gatewayUrl);
  process.stderr.write(`[bench:web] gateway up at ${origin}; largest plan: ${plan.provinceCode} ${plan.year}, ${plan.tasks} tasks\n`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  atExit("the browser", () => browser.close());
  const token = (await gatewayHeaders()).authorization.replace(/^Bearer /, "");
  const dashboardUrl = `/provinces/${plan.provinceCode}/${plan.year}`;
  const planUrl = `/plans/${plan.provinceCode}/${plan.year}`;
  const views: ViewTiming[] = [];
  const measure = async (view: string, url: string, detail: string, ready: Ready) => {
    const runs = await timeView(browser, origin, token, url, ready);
    views.push({ view, url, detail, runs, medianMs: median(runs), maxMs: Math.max(...runs) });
  };
  // The dashboard shows its figures when its tiles hold numbers and the chart is drawn.
  await measure("province dashboard", dashboardUrl, "tiles and the chart of progress per lead agency", [
    ["main .ant-statistic-content-value", 10],
    ["main [role=img] svg", 1],
  ]);
  // The plan view is ready when every task has its row.
  await measure("plan view (largest plan)", planUrl, `${plan.tasks} task rows`, [["main .ant-table-tbody tr.ant-table-row", plan.tasks]]);
  await runExitSteps();

  const report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: machine(),
    database: hub.database,
    chromium: browser.version(),
    runsPerView: RUNS,
    dataset: { totalRows: dataset.totalRows, provinces: dataset.provinces, years: dataset.years },
    initialJavaScriptGzipKb: Math.round(initialJavaScriptGzipBytes / 1024),
    views,
  };
  const lines = [
    `Web app in Chromium ${report.chromium}, ${RUNS} runs per view, each in a new browser context (${hub.database} database, ${dataset.totalRows.toLocaleString("en")} rows)`,
    `Initial JavaScript: ${report.initialJavaScriptGzipKb} KB gzipped (aim: at most 300 KB)`,
    ...views.map(
      (v) =>
        `${v.view.padEnd(26)} ${v.url.padEnd(22)} until ${v.detail}: median ${v.medianMs} ms, max ${v.maxMs} ms (runs: ${v.runs.join(", ")})`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Results written to ${OUTPUT}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    if (interrupted()) return;
    process.stderr.write(
      error instanceof RefusedDatabase
        ? `[bench:web] refused: ${error.message}\n`
        : `[bench:web] failed: ${(error as Error).stack ?? error}\n`,
    );
    await runExitSteps();
    process.exit(1);
  },
);
