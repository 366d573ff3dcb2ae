import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { SpanKind, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { DepartmentDataSource } from "../gateway/departments";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { statementShape, statementSummary } from "../shared/database/query-spans";
import { createLogger } from "../shared/service/logging";
import { startTelemetry, type Telemetry } from "../shared/service/telemetry";
import { DEPARTMENTS as MANIFESTS } from "../subgraphs/departments";
import { queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { temporaryDataDirectory } from "./support/temporary-folder";

/**
 * One PlanDossier request, over HTTP through the real gateway and the five
 * departments, is one trace. The hub runs in this process, so spans are told
 * apart by `hub.service`. Tracing is off first, then on once with an
 * in-memory exporter (Apollo's gateway keeps the tracer it was first given);
 * the OTLP exporter itself runs outside jest, in a worker and in the hub's
 * own processes.
 */
const PLAN_DOSSIER = fs.readFileSync(path.join(REPOSITORY_ROOT, "test/contract/operations/PlanDossier.graphql"), "utf8");
const VARIABLES = { provinceCode: "VN-30", year: 2019 };
const DEPARTMENTS = MANIFESTS.map((s) => s.name);
const CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_TRACEPARENT = `00-${CALLER_TRACE}-00f067aa0ba902b7-01`;

type Dossier = { plans: { id: string; tasks: { id: string }[] }[] };

/** The gateway's log lines, as JSON. */
const logLines: Record<string, unknown>[] = [];
let hub: RunningHub;

beforeAll(async () => {
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const gatewayLogger = createLogger("gateway", {
    level: "info",
    destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  });
  hub = await startHub({ gatewayLogger });
});
afterAll(async () => {
  await hub.stop();
});

async function planDossier(headers: Record<string, string> = {}): Promise<Dossier> {
  logLines.length = 0;
  return queryData<Dossier>(hub.gateway.url, PLAN_DOSSIER, VARIABLES, { headers });
}

function requestLogLine(): Record<string, unknown> | undefined {
  return logLines.find((line) => line.msg === "request" && line.operation === "PlanDossier");
}

const attribute = (span: ReadableSpan, name: string) => span.attributes[name];
const service = (span: ReadableSpan) => attribute(span, "hub.service");
const parentId = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("with OTEL_EXPORTER_OTLP_ENDPOINT unset", () => {
  it("records nothing, sends no traceparent onwards and logs no trace id, even when the caller sends one", async () => {
    const telemetry = startTelemetry("gateway");
    expect(telemetry.enabled).toBe(false);
    expect(trace.getTracer("probe").startSpan("probe").isRecording()).toBe(false);

    // What the gateway sends each department, headers included.
    const received: (string | null | undefined)[] = [];
    const willSend = DepartmentDataSource.prototype.willSendRequest;
    const spy = jest.spyOn(DepartmentDataSource.prototype, "willSendRequest").mockImplementation(async function (
      this: DepartmentDataSource,
      options,
    ) {
      await willSend.call(this, options);
      received.push(options.request.http?.headers.get("traceparent"));
    });
    try {
      await planDossier({ traceparent: CALLER_TRACEPARENT });
    } finally {
      spy.mockRestore();
    }
    expect(received.length).toBeGreaterThanOrEqual(DEPARTMENTS.length);
    expect(received.filter(Boolean)).toEqual([]);
    expect(requestLogLine()).toBeDefined();
    expect(requestLogLine()).not.toHaveProperty("traceId");
    await telemetry.shutdown();
  });
});

describe("with an in-memory exporter", () => {
  const exporter = new InMemorySpanExporter();
  let telemetry: Telemetry;
  let spans: ReadableSpan[];
  let dossier: Dossier;

  /** The spans of the next request, once its root (the gateway's server span) has ended. */
  async function spansOf(request: () => Promise<Dossier>): Promise<{ dossier: Dossier; spans: ReadableSpan[] }> {
    exporter.reset();
    const answer = await request();
    for (let waited = 0; waited < 3000; waited += 20) {
      if (exporter.getFinishedSpans().some((s) => service(s) === "gateway" && s.kind === SpanKind.SERVER)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { dossier: answer, spans: exporter.getFinishedSpans() };
  }

  beforeAll(async () => {
    telemetry = startTelemetry("hub", { exporter });
    ({ dossier, spans } = await spansOf(() => planDossier()));
  });
  afterAll(async () => {
    await telemetry.shutdown();
  });

  it("makes one connected trace rooted at the gateway's request", () => {
    expect(dossier.plans[0].tasks.length).toBeGreaterThan(0);
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
    const ids = new Set(spans.map((s) => s.spanContext().spanId));
    const roots = spans.filter((s) => !parentId(s));
    expect(roots.map((s) => s.name)).toEqual(["graphql PlanDossier"]);
    expect(service(roots[0])).toBe("gateway");
    expect(roots[0].kind).toBe(SpanKind.SERVER);
    for (const span of spans) if (span !== roots[0]) expect(ids.has(parentId(span)!)).toBe(true);
  });

  it("holds the gateway's plan and a fetch to each department, each department's request under its fetch, and SQL under each", () => {
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const names = spans.filter((s) => service(s) === "gateway").map((s) => s.name);
    // The plan itself is cached from an earlier request: planning makes a span only the first time.
    expect(names).toEqual(expect.arrayContaining(["gateway.request", "gateway.execute", "gateway.fetch"]));

    for (const department of DEPARTMENTS) {
      const requests = spans.filter((s) => service(s) === department && s.kind === SpanKind.SERVER);
      expect(requests.length).toBeGreaterThan(0);
      for (const request of requests) {
        const fetch = byId.get(parentId(request)!)!;
        expect([fetch.name, attribute(fetch, "service")]).toEqual(["gateway.fetch", department]);
        expect(request.name).toMatch(/^graphql /);
      }
      const requestIds = new Set(requests.map((s) => s.spanContext().spanId));
      const statements = spans.filter((s) => service(s) === department && attribute(s, "db.query.text") !== undefined);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        // A statement belongs to its department's request, directly or under another of its spans.
        let ancestor: ReadableSpan | undefined = statement;
        while (ancestor && !requestIds.has(ancestor.spanContext().spanId)) ancestor = byId.get(parentId(ancestor) ?? "");
        expect(ancestor).toBeDefined();
        expect(statement.kind).toBe(SpanKind.CLIENT);
        expect(statement.name).toMatch(/^[A-Z]+( \w+)?$/);
      }
    }
  });

  it("records each statement's shape and never the values it was run with", () => {
    const statements = spans.filter((s) => attribute(s, "db.query.text") !== undefined);
    const texts = statements.map((s) => String(attribute(s, "db.query.text")));
    expect(texts.some((text) => /^SELECT /.test(text) && text.includes("?"))).toBe(true);
    const values = [VARIABLES.provinceCode, dossier.plans[0].id, ...dossier.plans[0].tasks.map((t) => t.id)];
    const everyAttribute = JSON.stringify(spans.map((s) => s.attributes));
    for (const value of values) expect(everyAttribute).not.toContain(value);
    for (const text of texts) expect(text).not.toMatch(/'/);
  });

  it("puts the trace id on the request's log lines", () => {
    const root = spans.find((s) => !parentId(s))!;
    expect(requestLogLine()).toMatchObject({ traceId: root.spanContext().traceId, spanId: root.spanContext().spanId });
  });

  it("starts its own trace for a caller that sends a traceparent, linked to the caller's", async () => {
    const { spans: called } = await spansOf(() => planDossier({ traceparent: CALLER_TRACEPARENT }));
    const traceIds = new Set(called.map((s) => s.spanContext().traceId));
    expect(traceIds.size).toBe(1);
    expect(traceIds.has(CALLER_TRACE)).toBe(false);
    const root = called.find((s) => !parentId(s))!;
    expect(root.links.map((link) => link.context.traceId)).toEqual([CALLER_TRACE]);
    expect(new Set(called.filter((s) => s.kind === SpanKind.SERVER).map(service))).toEqual(new Set(["gateway", ...DEPARTMENTS]));
  });
});

describe("with OTEL_EXPORTER_OTLP_ENDPOINT set", () => {
  /** Runs test/support/otlp-probe.ts in a worker thread with `env`, as a service process would. */
  function runProbe(env: NodeJS.ProcessEnv): Promise<{ enabled?: boolean; error?: string }> {
    const worker = new Worker(path.join(REPOSITORY_ROOT, "shared/service/typescript-worker.cjs"), {
      workerData: { module: path.join(__dirname, "support/otlp-probe.ts") },
      env,
    });
    return new Promise((resolve, reject) => {
      worker.once("message", (message) => {
        resolve(message);
        void worker.terminate();
      });
      worker.once("error", reject);
    });
  }

  it("sends the spans over OTLP/HTTP as JSON, named by service, when the service stops, without the statement's values", async () => {
    const bodies: { path?: string; type?: string; body: string }[] = [];
    const collector = http.createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        bodies.push({ path: req.url, type: req.headers["content-type"], body });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    try {
      const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
      expect(await runProbe({ ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint })).toEqual({ enabled: true });
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies[0]).toMatchObject({ path: "/v1/traces", type: "application/json" });
    const sent = bodies.map((b) => b.body).join("\n");
    expect(sent).toMatch(/"key":"service\.name","value":\{"stringValue":"plans"\}/);
    expect(sent).toContain('"probe request"');
    expect(sent).toContain('"stringValue":"SELECT ? AS answer"');
    expect(sent).not.toContain("a value never exported");
  });

  it("exports nothing when the variable is unset", async () => {
    const env = { ...process.env };
    delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    expect(await runProbe(env)).toEqual({ enabled: false });
  });

  it("refuses an OTLP protocol it cannot send, naming the variable", () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "http://127.0.0.1:4318";
    process.env.OTEL_EXPORTER_OTLP_PROTOCOL = "grpc";
    try {
      expect(() => startTelemetry("gateway")).toThrow(
        'OTEL_EXPORTER_OTLP_PROTOCOL must be "http/json" (the only protocol the hub exports), got "grpc"',
      );
    } finally {
      delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
      delete process.env.OTEL_EXPORTER_OTLP_PROTOCOL;
    }
  });
});

describe("a statement's recorded shape", () => {
  it("replaces any literal written into the text by ? and keeps identifiers", () => {
    const sql = `SELECT "t1"."id", \`plan_2019\`.x FROM "task" "t1" WHERE "t1"."provinceCode" = 'VN-30' AND year = 2019 AND note = 'it''s' LIMIT 10`;
    expect(statementShape(sql)).toBe(
      `SELECT "t1"."id", \`plan_2019\`.x FROM "task" "t1" WHERE "t1"."provinceCode" = ? AND year = ? AND note = ? LIMIT ?`,
    );
    expect(statementSummary(sql)).toEqual({ operation: "SELECT", table: "task" });
    expect(statementSummary("INSERT INTO `audit_entry`(`id`) VALUES (?)")).toEqual({ operation: "INSERT", table: "audit_entry" });
    expect(statementSummary('UPDATE "task" SET "status" = ?')).toEqual({ operation: "UPDATE", table: "task" });
    expect(statementSummary("COMMIT")).toEqual({ operation: "COMMIT" });
  });
});

describe("as separate processes, as in production", () => {
  const BASE = 4790;
  const data = temporaryDataDirectory("traces");

  it("each service exports its spans of one trace, the last of them when SIGTERM stops it", async () => {
    const received: { resourceSpans: OtlpResourceSpans[] }[] = [];
    const collector = http.createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push(JSON.parse(body));
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Apollo stops a server on SIGTERM by itself outside tests: the hub must still finish its own shutdown.
      NODE_ENV: "development",
      HUB_DATA_DIR: data.directory,
      HUB_LOG_LEVEL: "silent",
      GATEWAY_PORT: String(BASE),
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: "60000", // nothing leaves before the stop: the spans arrive only if the shutdown sends them
    };
    MANIFESTS.forEach((subgraph, i) => {
      env[`${subgraph.env}_PORT`] = String(BASE + 1 + i);
      env[`${subgraph.env}_URL`] = `http://127.0.0.1:${BASE + 1 + i}/graphql`;
      delete env[`${subgraph.env}_DATABASE_URL`];
    });
    const entries = ["gateway/main.js", ...MANIFESTS.map((s) => `subgraphs/${s.folder}/main.js`)];
    const children = entries.map((entry) => spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist", entry)], { env, stdio: "ignore" }));
    const exits = children.map(
      (child) => new Promise<[number | null, string | null]>((resolve) => child.once("exit", (code, signal) => resolve([code, signal]))),
    );
    try {
      for (let i = 0; ; i++) {
        const ready = await fetch(`http://127.0.0.1:${BASE}/health/ready`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ready) break;
        if (i > 300) throw new Error("the hub did not start");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const answer = await queryData<Dossier>(`http://127.0.0.1:${BASE}/graphql`, PLAN_DOSSIER, VARIABLES);
      expect(answer.plans[0].tasks.length).toBeGreaterThan(0);
    } finally {
      children.forEach((child) => child.kill("SIGTERM"));
      expect(await Promise.all(exits)).toEqual(children.map(() => [0, null]));
      await new Promise((resolve) => collector.close(resolve));
      data.cleanup();
    }

    const spans = received.flatMap((body) =>
      body.resourceSpans.flatMap((resource) => {
        const name = resource.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue;
        return resource.scopeSpans.flatMap((scope) => scope.spans.map((span) => ({ ...span, service: name })));
      }),
    );
    const request = spans.filter((span) => span.name === "graphql PlanDossier" && span.service === "gateway");
    expect(request).toHaveLength(1);
    const oneTrace = spans.filter((span) => span.traceId === request[0].traceId);
    const ids = new Set(oneTrace.map((span) => span.spanId));
    expect(oneTrace.filter((span) => span.parentSpanId && !ids.has(span.parentSpanId))).toEqual([]);
    expect(new Set(oneTrace.map((span) => span.service))).toEqual(new Set(["gateway", ...DEPARTMENTS]));
    expect(new Set(oneTrace.filter((span) => span.name.startsWith("SELECT ")).map((span) => span.service))).toEqual(new Set(DEPARTMENTS));
  });
});

/** The part of an OTLP/JSON export the test reads. */
interface OtlpResourceSpans {
  resource: { attributes: { key: string; value: { stringValue?: string } }[] };
  scopeSpans: { spans: { traceId: string; spanId: string; parentSpanId?: string; name: string }[] }[];
}
