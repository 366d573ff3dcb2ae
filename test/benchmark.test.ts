import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeOnceOnMysqlIfAny } from "./support/database-free";
import { createMysqlDatabase, ON_MYSQL } from "./support/test-database";

const run = promisify(execFile);

/**
 * `npm run bench` at a small scale and for a second per run: the figures are
 * not judged here (they are the point of the full run), only that the script
 * generates its dataset, drives every contract operation without a failed
 * request and reports what docs/benchmark.md promises.
 */
// once: on MySQL when the suite has a server, as in CI
describeOnceOnMysqlIfAny(ON_MYSQL ? "the benchmark, on MySQL" : "the benchmark, on the embedded databases", () => {
  it("drives every contract operation through the gateway and reports throughput, latency, SQL per request and gateway overhead", async () => {
    const script = path.join(REPOSITORY_ROOT, "dist/bench/run.js");
    expect(fs.existsSync(script)).toBe(true); // `npm test` builds first
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hub-bench-")), "report.json");
    const databases = ON_MYSQL ? await Promise.all(DEPARTMENTS.map((s) => createMysqlDatabase(`bench_${s.name}`))) : [];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BENCH_SCALE: "0.02",
      BENCH_SECONDS: "1",
      BENCH_WARMUP_SECONDS: "0",
      BENCH_CONCURRENCY: "4",
      BENCH_OVERHEAD_SECONDS: "1",
      BENCH_OVERHEAD_CONCURRENCY: "2",
      BENCH_PARSE_RUNS: "1",
      BENCH_CALLERS: "6",
      BENCH_OCR_RUNS: "1",
      BENCH_OUTPUT: output,
    };
    for (const [i, subgraph] of DEPARTMENTS.entries()) {
      delete env[`${subgraph.env}_DATABASE_URL`];
      if (ON_MYSQL) env[`${subgraph.env}_DATABASE_URL`] = (databases[i].location as { url: string }).url;
    }
    try {
      const { stdout, stderr } = await run(process.execPath, [script], { env, maxBuffer: 64 * 1024 * 1024 });
      expect(stderr).toContain(`five subgraphs up on the ${ON_MYSQL ? "mysql" : "embedded"} database`);
      expect(stdout).toContain("No request failed");
      expect(stdout).toContain(`Results written to ${output}`);
      expect(stdout).toMatch(/operation\s+concurrency\s+req\/s\s+p50 ms\s+p99 ms/);

      const report = JSON.parse(fs.readFileSync(output, "utf8"));
      expect(report.database).toBe(ON_MYSQL ? "mysql" : "embedded");
      expect(report.failedRequests).toBe(0);
      // told not to warm up, it measured at once: no warm-up load is recorded
      expect(report.operations.map((o: { warmup: unknown }) => o.warmup)).toEqual(report.operations.map(() => null));
      expect(report.gatewayOverhead[0].warmup).toEqual({ gateway: null, direct: null, bareApollo: null });
      expect(report.dataset.provinces).toBeGreaterThanOrEqual(34);
      expect(report.dataset.totalRows).toBeGreaterThan(1000);
      // the importer's parse time for a 100-task plan in each format it reads (PDF printed by Chromium, when there is one)
      expect(stdout).toMatch(/Plan import: reading and parsing a 100-task plan in each format/);
      const formats = report.planParsing.timings.map((t: { format: string; tasks: number }) => [t.format, t.tasks]);
      expect(formats).toEqual(
        expect.arrayContaining([
          ["text", 100],
          ["markdown", 100],
          ["html", 100],
          ["docx", 100],
        ]),
      );
      expect(formats.length + report.planParsing.skipped.length).toBe(5);
      // a scanned plan read by OCR: seconds a page, and the share of a person's fields read right (when there is a Chromium to print it)
      expect(stdout).toMatch(/Plan import by OCR: a scanned plan/);
      for (const scan of report.ocrReading.scans) {
        expect(scan.secondsPerPage).toBeGreaterThan(0);
        expect(scan.shareRight).toBeGreaterThanOrEqual(0.8);
      }
      expect(report.ocrReading.scans.length + report.ocrReading.skipped.length).toBeGreaterThan(0);

      const contractOperations = fs
        .readdirSync(path.join(REPOSITORY_ROOT, "test/contract/operations"))
        .filter((file) => file.endsWith(".graphql"))
        .map((file) => path.basename(file, ".graphql"))
        .sort();
      expect(report.operations.map((o: { name: string }) => o.name).sort()).toEqual(contractOperations);
      for (const operation of report.operations) {
        expect(operation.alone.errors).toEqual([]);
        expect(operation.alone.emptyFields).toEqual([]);
        expect(operation.alone.sqlQueries).toBeGreaterThan(0);
        expect(operation.alone.subgraphFetches).toBeGreaterThan(0);
        expect(operation.runs.map((r: { connections: number }) => r.connections)).toEqual([4]);
        for (const load of operation.runs) {
          expect(load.requestsPerSecond).toBeGreaterThan(0);
          expect(load.latencyMs.p99).toBeGreaterThanOrEqual(load.latencyMs.p50);
          // answers on connections already open, and all of them as autocannon counts them
          expect(load.latencyMs.p50).toBeGreaterThan(0);
          expect(load.latencyMsWithOpening.p99).toBeGreaterThan(0);
          // each connection's first answer is left out of the steady-state figures, and only that one
          expect(load.latencyMs.answers).toBe(load.latencyMsWithOpening.answers - load.connections);
          expect(load.cpuMsPerRequest).toBeGreaterThan(0); // every service's CPU, summed, per request
        }
      }
      expect(stdout).toMatch(/operation\s+concurrency\s+req\/s\s+p50 ms\s+p99 ms\s+p99\/p50\s+CPU ms\/req/);

      // many officials on one view: with equal rights the departments answer fewer requests than the callers send, never so without deduplication
      expect(stdout).toContain("Many officials on one view at once");
      const callers = Object.fromEntries(
        report.callers.map(
          (s: {
            name: string;
            callers: number;
            runs: { deduplication: string; subgraphRequestsPerAnswer: number; load: { requests: number; cpuMsPerRequest: number } }[];
          }) => [s.name, { callers: s.callers, ...Object.fromEntries(s.runs.map((r) => [r.deduplication, r])) }],
        ),
      );
      expect(Object.keys(callers).sort()).toEqual(["contacts", "mixed", "viewers"]);
      expect(callers.viewers.callers).toBe(6);
      for (const scenario of Object.values(callers) as { on: any; off: any }[]) {
        for (const run of [scenario.on, scenario.off]) {
          expect(run.load.requests).toBeGreaterThan(0);
          expect(run.load.cpuMsPerRequest).toBeGreaterThan(0);
        }
      }
      for (const name of ["viewers", "mixed"]) expect(callers[name].off.subgraphRequestsPerAnswer).toBeGreaterThanOrEqual(5); // ProvinceDashboard asks each of the five departments
      expect(callers.viewers.on.subgraphRequestsPerAnswer).toBeLessThan(callers.viewers.off.subgraphRequestsPerAnswer);
      // AgencyCompliance asks the plans department once; a shared answer costs it a log entry per other coordinator instead of a reading
      expect(callers.contacts.off.subgraphRequestsPerAnswer).toBeGreaterThanOrEqual(1);
      expect([callers.contacts.on.load.errors.total, callers.contacts.off.load.errors.total]).toEqual([0, 0]);

      expect(report.gatewayOverhead.map((o: { subgraph: string }) => o.subgraph).sort()).toEqual(DEPARTMENTS.map((s) => s.name).sort());
      // the overhead table names both floors beside the gateway's
      expect(stdout).toMatch(/overhead p50 ms\s+bare hop's p50 ms\s+bare Apollo's p50 ms/);
      for (const comparison of report.gatewayOverhead) {
        expect(comparison.runs).toHaveLength(1);
        expect([comparison.viaGateway.emptyFields, comparison.direct.emptyFields]).toEqual([[], []]);
        expect(comparison.runs[0].gateway.requestsPerSecond).toBeGreaterThan(0);
        expect(comparison.runs[0].direct.requestsPerSecond).toBeGreaterThan(0);
        // the bare relay reached the subgraph: an identity refused or a relay failing would count as errors
        expect(comparison.runs[0].hop.requestsPerSecond).toBeGreaterThan(0);
        expect(comparison.runs[0].hop.errors.total).toBe(0);
        // so did Apollo Server and Gateway alone, with the identity they signed accepted
        expect(comparison.runs[0].bareApollo.requestsPerSecond).toBeGreaterThan(0);
        expect(comparison.runs[0].bareApollo.errors).toEqual({ non2xx: 0, graphql: 0, socket: 0, timeouts: 0, total: 0 });
        expect(Number.isFinite(comparison.runs[0].p50OverheadMs)).toBe(true);
        expect(Number.isFinite(comparison.runs[0].p50HopMs)).toBe(true);
        expect(Number.isFinite(comparison.runs[0].p50BareApolloMs)).toBe(true);
      }

      if (ON_MYSQL) {
        // The benchmark borrows empty databases and leaves them empty.
        const { createConnection } = await import("mysql2/promise");
        for (const database of databases) {
          const connection = await createConnection((database.location as { url: string }).url);
          try {
            const [tables] = await connection.query(
              "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'schema_migrations'",
            );
            expect((tables as unknown[]).length).toBeGreaterThan(3);
            for (const { name } of tables as { name: string }[]) {
              const [[{ n }]] = (await connection.query(`SELECT COUNT(*) AS n FROM \`${name}\``)) as unknown as [[{ n: number }]];
              expect({ table: name, rows: Number(n) }).toEqual({ table: name, rows: 0 });
            }
          } finally {
            await connection.end();
          }
        }
      }
    } finally {
      await Promise.all(databases.map((d) => d.drop()));
      fs.rmSync(path.dirname(output), { recursive: true, force: true });
    }
  }, 240_000);

  it("refuses to run when only some of the five database URLs are set, rather than quietly measuring the embedded databases", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PLANS_DATABASE_URL: "mysql://hub:secret@127.0.0.1:1/hub_plans" };
    for (const subgraph of DEPARTMENTS) if (subgraph.name !== "plans") delete env[`${subgraph.env}_DATABASE_URL`];
    const refused = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/bench/run.js")], { env }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "[bench] refused: TRADE_DATABASE_URL, TOURISM_DATABASE_URL, FOREIGN_AFFAIRS_DATABASE_URL, BORDER_SECURITY_DATABASE_URL not set",
    );
    expect(refused.stderr).not.toContain("secret");
  });
});
