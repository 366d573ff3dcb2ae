import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type CDPSession } from "playwright-core";
import { median } from "simple-statistics";
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
 * each in a new browser context (a cold HTTP cache), and what the build says
 * each address loads first. Then the same two views loaded cold on an
 * emulated slow connection (FAST_3G), BENCH_WEB_SLOW_RUNS runs each, with the
 * bytes that crossed the wire by kind.
 */
const RUNS = numberFromEnv("BENCH_WEB_RUNS", 5);
const SLOW_RUNS = numberFromEnv("BENCH_WEB_SLOW_RUNS", 3);

/** Chrome DevTools' "Fast 3G", to the figure: 1.6 Mbit/s down, 750 kbit/s up, 150 ms added to every request. */
const FAST_3G = { label: "Fast 3G", latencyMs: 150, downloadBytesPerSecond: 1_600_000 / 8, uploadBytesPerSecond: 750_000 / 8 };
type NetworkConditions = typeof FAST_3G;

/** Bytes that crossed the wire (headers included, compressed as sent) for one page load, by kind of resource. */
interface Transferred {
  javaScript: number;
  css: number;
  fonts: number;
  page: number;
  api: number;
  other: number;
  total: number;
  requests: number;
  /** Content-Encoding of the JavaScript the browser received, with how many files came that way ("identity" for none). */
  javaScriptEncodings: Record<string, number>;
}
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

interface SlowViewTiming extends ViewTiming {
  network: NetworkConditions;
  /** Milliseconds from navigation start until the first of the view's figures showed, one per run. */
  firstFigureRuns: number[];
  firstFigureMedianMs: number;
  /** What the median run transferred. */
  transferred: Transferred;
}

/** What the build recorded of one address's first load (web/dist/build-report.json, see web/route-loads.ts). */
interface BuiltRoute {
  path: string;
  budgetKb: number;
  javaScript: { gzip: number; brotli: number };
  css: { gzip: number; brotli: number };
  gzipBytes: number;
}

const kb = (bytes: number) => Math.round(bytes / 1024);

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

/** What must be on the page for a view to count as shown: at least `count` elements matching each selector. */
type Ready = [selector: string, count: number][];

interface Run {
  /** Milliseconds from navigation start until every condition of `ready` held. */
  shownMs: number;
  /** … until the first condition held (the first figures). */
  firstMs: number;
  transferred: Transferred;
}

/** Counts what crosses the wire for one page, from Chromium's own network events. */
async function countTransfers(cdp: CDPSession): Promise<() => Transferred> {
  const kinds = new Map<string, { kind: keyof Transferred; encoding: string }>();
  const totals: Transferred = {
    javaScript: 0,
    css: 0,
    fonts: 0,
    page: 0,
    api: 0,
    other: 0,
    total: 0,
    requests: 0,
    javaScriptEncodings: {},
  };
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    const kind: keyof Transferred =
      type === "Script"
        ? "javaScript"
        : type === "Stylesheet"
          ? "css"
          : type === "Font"
            ? "fonts"
            : type === "Document"
              ? "page"
              : type === "Fetch" || type === "XHR"
                ? "api"
                : "other";
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    kinds.set(requestId, { kind, encoding: headers["content-encoding"] ?? "identity" });
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const seen = kinds.get(requestId);
    if (!seen) return;
    (totals[seen.kind] as number) += encodedDataLength;
    totals.total += encodedDataLength;
    totals.requests += 1;
    if (seen.kind === "javaScript") totals.javaScriptEncodings[seen.encoding] = (totals.javaScriptEncodings[seen.encoding] ?? 0) + 1;
  });
  await cdp.send("Network.enable");
  return () => ({ ...totals, javaScriptEncodings: { ...totals.javaScriptEncodings } });
}

/**
 * Loads one view in a new context signed in as the benchmark's admin, on `network` when given (with the
 * browser's cache off), and times it until each condition of `ready` holds in the page.
 */
async function loadView(
  browser: Browser,
  origin: string,
  token: string,
  url: string,
  ready: Ready,
  network?: NetworkConditions,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const official = { id: BENCH_ADMIN.userId, name: "Benchmark", ...BENCH_ADMIN };
    await context.addInitScript(
      ([value]) =>
        (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem("hub.session", value),
      [JSON.stringify({ token, official })],
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const transferred = await countTransfers(cdp);
    if (network) {
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: network.downloadBytesPerSecond,
        uploadThroughput: network.uploadBytesPerSecond,
      });
    }
    await page.goto(`${origin}${url}`, { waitUntil: "commit" });
    // Runs in the page, polled at each frame: a function (not a string) so that the page's CSP, which forbids eval, allows it.
    // performance.now() counts from the navigation's start: the time the reader waited.
    const times = await page.waitForFunction(
      (wanted) => {
        const page = globalThis as unknown as {
          document: { querySelectorAll(selector: string): { length: number } };
          performance: { now(): number };
          benchShown?: number[];
        };
        const shown = (page.benchShown ??= []);
        wanted.forEach(([selector, count], index) => {
          if (shown[index] === undefined && page.document.querySelectorAll(selector).length >= count) shown[index] = page.performance.now();
        });
        return wanted.every((_, index) => shown[index] !== undefined) && shown;
      },
      ready,
      { timeout: 120_000, polling: "raf" },
    );
    const shown = (await times.jsonValue()) as number[];
    return { shownMs: Math.round(Math.max(...shown)), firstMs: Math.round(Math.min(...shown)), transferred: transferred() };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const started = new Date();
  stopOnSignals();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`bench:web needs Chromium at ${CHROMIUM} (apt-get install chromium, or set HUB_CHROMIUM)`);
  const buildReport = path.join(REPOSITORY_ROOT, "web", "dist", "build-report.json");
  if (!fs.existsSync(buildReport)) throw new Error("web/dist is not built: run npm run build first");
  const { routes } = JSON.parse(fs.readFileSync(buildReport, "utf8")) as { routes: BuiltRoute[] };

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
  const measured = [
    {
      view: "province dashboard",
      route: "/provinces/:provinceCode/:year",
      url: `/provinces/${plan.provinceCode}/${plan.year}`,
      detail: "tiles and the chart of progress per lead agency",
      // The dashboard shows its figures when its tiles hold numbers, and is whole when the chart is drawn.
      ready: [
        ["main .ant-statistic-content-value", 10],
        ["main [role=img] svg", 1],
      ] as Ready,
    },
    {
      view: "plan view (largest plan)",
      route: "/plans/:provinceCode/:year",
      url: `/plans/${plan.provinceCode}/${plan.year}`,
      detail: `${plan.tasks} task rows`,
      // The plan view is ready when every task has its row.
      ready: [["main .ant-table-tbody tr.ant-table-row", plan.tasks]] as Ready,
    },
  ];
  const views: ViewTiming[] = [];
  for (const { view, url, detail, ready } of measured) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push((await loadView(browser, origin, token, url, ready)).shownMs);
    views.push({ view, url, detail, runs, medianMs: median(runs), maxMs: Math.max(...runs) });
  }
  const slow: SlowViewTiming[] = [];
  for (const { view, url, detail, ready } of measured) {
    const runs: Run[] = [];
    for (let run = 0; run < SLOW_RUNS; run += 1) runs.push(await loadView(browser, origin, token, url, ready, FAST_3G));
    const typical = [...runs].sort((a, b) => a.shownMs - b.shownMs)[Math.floor(runs.length / 2)];
    const shown = runs.map((r) => r.shownMs);
    const first = runs.map((r) => r.firstMs);
    slow.push({
      view,
      url,
      detail,
      network: FAST_3G,
      runs: shown,
      medianMs: median(shown),
      maxMs: Math.max(...shown),
      firstFigureRuns: first,
      firstFigureMedianMs: median(first),
      transferred: typical.transferred,
    });
  }
  await runExitSteps();

  const report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: machine(),
    database: hub.database,
    chromium: browser.version(),
    runsPerView: RUNS,
    slowRunsPerView: SLOW_RUNS,
    dataset: { totalRows: dataset.totalRows, provinces: dataset.provinces, years: dataset.years },
    /** What the build says every address of the app loads first (web/route-loads.ts), JavaScript and CSS gzipped and brotli-compressed. */
    builtLoads: routes.map((r) => {
      return {
        route: r.path,
        javaScriptGzipKb: kb(r.javaScript.gzip),
        cssGzipKb: kb(r.css.gzip),
        gzipKb: kb(r.gzipBytes),
        budgetKb: r.budgetKb,
        brotliKb: kb(r.javaScript.brotli + r.css.brotli),
      };
    }),
    views,
    slowNetwork: slow,
  };
  const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const lines = [
    `Web app in Chromium ${report.chromium}, ${RUNS} runs per view, each in a new browser context (${hub.database} database, ${dataset.totalRows.toLocaleString("en")} rows)`,
    ...report.builtLoads.map(
      (b) =>
        `Built first load of ${b.route}: ${b.gzipKb} KB gzipped of a ${b.budgetKb} KB budget (JavaScript ${b.javaScriptGzipKb} KB, CSS ${b.cssGzipKb} KB; ${b.brotliKb} KB with brotli)`,
    ),
    ...views.map(
      (v) =>
        `${v.view.padEnd(26)} ${v.url.padEnd(22)} until ${v.detail}: median ${v.medianMs} ms, max ${v.maxMs} ms (runs: ${v.runs.join(", ")})`,
    ),
    `Cold loads on emulated ${FAST_3G.label} (${(FAST_3G.downloadBytesPerSecond * 8) / 1e6} Mbit/s down, ${(FAST_3G.uploadBytesPerSecond * 8) / 1e3} kbit/s up, ${FAST_3G.latencyMs} ms latency, cache disabled), ${SLOW_RUNS} runs per view (aim: under 5 s):`,
    ...slow.flatMap((v) => {
      const t = v.transferred;
      const encodings = Object.entries(t.javaScriptEncodings)
        .map(([encoding, files]) => `${files} ${encoding}`)
        .join(", ");
      return [
        `${v.view.padEnd(26)} until ${v.detail}: median ${ms(v.medianMs)}, max ${ms(v.maxMs)}; first figures ${ms(v.firstFigureMedianMs)} (runs: ${v.runs.map(ms).join(", ")})`,
        `${"".padEnd(26)} transferred ${kb(t.total)} KB in ${t.requests} requests: JavaScript ${kb(t.javaScript)} KB (${encodings}), CSS ${kb(t.css)} KB, fonts ${kb(t.fonts)} KB, page ${kb(t.page)} KB, API ${kb(t.api)} KB`,
      ];
    }),
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
