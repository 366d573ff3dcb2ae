import "reflect-metadata";
import { parentPort } from "node:worker_threads";
import { trace } from "@opentelemetry/api";
import { DataSource } from "typeorm";
import { traceQueries } from "../../shared/database/query-spans";
import { startTelemetry } from "../../shared/service/telemetry";

/**
 * A service's tracing outside jest, in a worker thread run from the sources:
 * the OTLP exporter loads Node's `http` by a dynamic import, which jest's
 * module system refuses. Starts tracing from the environment, runs one SQL
 * statement with a value inside a span, stops, and reports.
 */
async function probe(): Promise<{ enabled: boolean }> {
  const telemetry = startTelemetry("plans");
  const db = new DataSource({ type: "better-sqlite3", database: ":memory:" });
  await db.initialize();
  traceQueries(db, { "hub.service": "plans" });
  await trace.getTracer("probe").startActiveSpan("probe request", async (span) => {
    await db.query("SELECT ? AS answer", ["a value never exported"]);
    span.end();
  });
  await db.destroy();
  await telemetry.shutdown();
  return { enabled: telemetry.enabled };
}

probe().then(
  (result) => parentPort?.postMessage(result),
  (error) => parentPort?.postMessage({ error: String(error) }),
);
