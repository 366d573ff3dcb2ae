import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { quantileSorted } from "simple-statistics";
import { BENCH_ADMIN } from "../bench/auth";
import { contractOperations, type Operation } from "../bench/operations";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { DEPARTMENTS } from "../subgraphs/departments";

/**
 * `npm run soak [-- --minutes 30 --interval-seconds 60 --clients 4 --restart-every-minutes 10]`:
 * the hub as separate processes on the embedded demo databases, under a mixed
 * load — every contract operation read, trade events created (each with its
 * Idempotency-Key) and updated — with the tourism department restarted now
 * and then. Once an interval it prints each service's memory and event-loop
 * delay (from its own /metrics) and the load's requests, errors, p50 and p99;
 * at the end, whether any service's memory grew more than 10% after the
 * warm-up (five minutes, or a third of a shorter run). The restarted
 * department is left out of that verdict: its memory starts afresh.
 */

const { values: options } = parseArgs({
  options: {
    minutes: { type: "string", default: "30" },
    "interval-seconds": { type: "string", default: "60" },
    clients: { type: "string", default: "4" },
    "restart-every-minutes": { type: "string", default: "10" },
    "base-port": { type: "string", default: "4900" },
  },
});
const number = (name: keyof typeof options) => {
  const value = Number(options[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${options[name]}"`);
  return value;
};
const MINUTES = number("minutes");
const INTERVAL_MS = number("interval-seconds") * 1000;
const CLIENTS = Math.round(number("clients"));
const RESTART_MS = number("restart-every-minutes") * 60_000;
const BASE = Math.round(number("base-port"));
const WARM_UP_MS = Math.min(5 * 60_000, (MINUTES * 60_000) / 3);
const RESTARTED = "tourism";

interface Service {
  name: string;
  script: string;
  port: number;
  process?: ChildProcess;
}

const dist = path.resolve(__dirname, "..");
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "hub-soak-"));
const services: Service[] = [
  ...DEPARTMENTS.map((s, i) => ({ name: s.name, script: path.join(dist, "subgraphs", s.folder, "main.js"), port: BASE + 1 + i })),
  { name: "gateway", script: path.join(dist, "gateway", "main.js"), port: BASE },
];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "development",
  HUB_DATA_DIR: workspace,
  HUB_KEYS_DIR: path.join(workspace, "keys"),
  HUB_LOG_LEVEL: "warn",
  HUB_RATE_LIMIT_POINTS: "100000000",
  GATEWAY_PORT: String(BASE),
  ...Object.fromEntries(
    DEPARTMENTS.flatMap((s, i) => [
      [`${s.env}_PORT`, String(BASE + 1 + i)],
      [`${s.env}_URL`, `http://127.0.0.1:${BASE + 1 + i}/graphql`],
    ]),
  ),
};
for (const s of DEPARTMENTS) delete env[`${s.env}_DATABASE_URL`];
process.env.HUB_KEYS_DIR = env.HUB_KEYS_DIR; // this script signs the load's token with the same development key

function launch(service: Service): void {
  service.process = spawn(process.execPath, [service.script], { env, stdio: ["ignore", "ignore", "inherit"] });
}

async function live(service: Service, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${service.port}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${service.name} did not start on port ${service.port}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stop(service: Service): Promise<void> {
  const child = service.process;
  if (!child || child.exitCode !== null || child.signalCode) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** One service's memory and event-loop delay, from its own metrics. */
async function sample(service: Service): Promise<{ rssMb: number; loopP99Ms: number } | null> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${service.port}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
    const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, "m").exec(text)?.[1]);
    return { rssMb: value("process_resident_memory_bytes") / 1024 / 1024, loopP99Ms: value("nodejs_eventloop_lag_p99_seconds") * 1000 };
  } catch {
    return null;
  }
}

interface Window {
  latencies: number[];
  errors: number;
  errorsWhileRestarting: number;
}
const fresh = (): Window => ({ latencies: [], errors: 0, errorsWhileRestarting: 0 });
let window = fresh();
let restarting = false;
let running = true;

const percentile = (sorted: number[], p: number) => (sorted.length ? quantileSorted(sorted, p / 100) : NaN);

async function send(url: string, headers: Record<string, string>, query: string, variables: object, key?: string): Promise<any> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { ...headers, ...(key ? { "idempotency-key": key } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    window.latencies.push(performance.now() - started);
    if (!response.ok || body.errors?.length) throw new Error("errors");
    return body.data;
  } catch {
    if (restarting) window.errorsWhileRestarting += 1;
    else window.errors += 1;
    return null;
  }
}

async function client(url: string, headers: Record<string, string>, operations: Operation[], n: number): Promise<void> {
  const mine: { id: string; version: number; name: string }[] = [];
  for (let i = 0; running; i++) {
    if (i % 5 === 4) {
      const existing = mine.length && i % 10 === 9 ? mine[i % mine.length] : null;
      const name = existing?.name ?? `Hội chợ thử tải ${n}-${i}`;
      const input = { provinceCode: "VN-30", name, kind: "FAIR", venue: "Cửa khẩu quốc tế Lệ Thanh", participatingBusinesses: i };
      if (existing) {
        const data = await send(
          url,
          headers,
          "mutation ($id: ID!, $v: Int!, $input: TradeEventInput!) { updateTradeEvent(id: $id, version: $v, input: $input) { version } }",
          {
            id: existing.id,
            v: existing.version,
            input,
          },
        );
        if (data) existing.version = data.updateTradeEvent.version;
      } else {
        const data = await send(
          url,
          headers,
          "mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id version } }",
          { input },
          randomUUID(),
        );
        if (data) mine.push({ ...data.createTradeEvent, name });
      }
    } else {
      const operation = operations[i % operations.length];
      await send(url, headers, operation.query, operation.variables);
    }
  }
}

async function main(): Promise<void> {
  console.log(
    `Soak: ${MINUTES} min, ${CLIENTS} clients, a report every ${INTERVAL_MS / 1000} s, ${RESTARTED} restarted every ${RESTART_MS / 60_000} min; embedded databases in ${workspace}`,
  );
  for (const service of services) launch(service);
  await Promise.all(services.map((s) => live(s)));
  const url = `http://127.0.0.1:${BASE}/graphql`;
  const headers = { "content-type": "application/json", authorization: `Bearer ${await signDevelopmentToken(BENCH_ADMIN, "12h")}` };
  const operations = contractOperations().map((o) => ({
    ...o,
    variables: { ...o.variables, ...("year" in o.variables ? { year: 2019 } : {}) },
  }));

  const started = Date.now();
  const memory = new Map<string, { warm?: number; last?: number }>(services.map((s) => [s.name, {}]));
  const load = Array.from({ length: CLIENTS }, (_, n) => client(url, headers, operations, n));
  const restarts = setInterval(async () => {
    // none in the run's last seconds: the load is ending, and nothing would measure it
    if (!running || Date.now() - started > MINUTES * 60_000 - 10_000) return;
    const service = services.find((s) => s.name === RESTARTED)!;
    restarting = true;
    await stop(service);
    launch(service);
    await live(service).catch(() => undefined);
    restarting = false;
    console.log(`  ${RESTARTED} restarted at minute ${((Date.now() - started) / 60_000).toFixed(1)}`);
  }, RESTART_MS);

  let total = 0;
  let totalErrors = 0;
  for (let minute = 1; Date.now() - started < MINUTES * 60_000; minute++) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(INTERVAL_MS, MINUTES * 60_000 - (Date.now() - started))));
    const seen = window;
    window = fresh();
    const sorted = [...seen.latencies].sort((a, b) => a - b);
    total += sorted.length;
    totalErrors += seen.errors;
    const at = (Date.now() - started) / 1000;
    const lines: string[] = [];
    for (const service of services) {
      const figures = await sample(service);
      if (!figures) {
        lines.push(`${service.name} —`);
        continue;
      }
      const kept = memory.get(service.name)!;
      kept.last = figures.rssMb;
      if (kept.warm === undefined && Date.now() - started >= WARM_UP_MS) kept.warm = figures.rssMb;
      lines.push(`${service.name} ${figures.rssMb.toFixed(0)} MB, loop p99 ${figures.loopP99Ms.toFixed(1)} ms`);
    }
    console.log(
      `[${at.toFixed(0)} s] requests ${sorted.length}, errors ${seen.errors} (+${seen.errorsWhileRestarting} while ${RESTARTED} restarted), p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms | ${lines.join(" | ")}`,
    );
  }
  running = false;
  clearInterval(restarts);
  await Promise.all(load);

  console.log(`Requests: ${total}, errors outside restarts: ${totalErrors}.`);
  let grew = false;
  for (const service of services) {
    const { warm, last } = memory.get(service.name)!;
    if (service.name === RESTARTED) {
      console.log(`Memory ${service.name}: restarted during the run, not judged.`);
      continue;
    }
    if (warm === undefined || last === undefined) {
      console.log(`Memory ${service.name}: not measured after the warm-up.`);
      continue;
    }
    const growth = (last - warm) / warm;
    const verdict = growth > 0.1 ? "GREW more than 10%" : "flat (within 10%)";
    if (growth > 0.1) grew = true;
    console.log(
      `Memory ${service.name}: ${warm.toFixed(0)} MB after the warm-up, ${last.toFixed(0)} MB at the end (${(growth * 100).toFixed(1)}%): ${verdict}.`,
    );
  }
  console.log(grew ? "Soak: memory GREW in at least one service." : "Soak: memory stayed flat in every service.");
  await Promise.all(services.map(stop));
  fs.rmSync(workspace, { recursive: true, force: true });
}

main().catch(async (error) => {
  console.error(`Soak failed: ${error instanceof Error ? error.message : error}`);
  await Promise.all(services.map(stop));
  fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(1);
});
