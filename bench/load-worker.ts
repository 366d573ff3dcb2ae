import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";
import type { LoadJob, LoadStats } from "./drive";

/**
 * Runs one autocannon load in this worker thread, so the client does not share
 * the hub's event loop. Counts non-2xx answers and 2xx answers carrying
 * GraphQL errors, and posts a summary back.
 */
const job = workerData as LoadJob;
let graphqlErrors = 0;
let firstError: string | undefined;

function onResponse(status: number, body: string): void {
  if (status < 200 || status >= 300) {
    firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
    return;
  }
  // "errors" can only appear unescaped as the response's own key.
  if (!body.includes('"errors"')) return;
  let message = "unreadable response";
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: string }[] };
    if (!parsed.errors?.length) return;
    message = parsed.errors[0].message ?? "GraphQL error";
  } catch {
    // counted below
  }
  graphqlErrors += 1;
  firstError ??= message.slice(0, 300);
}

const aggregate = (autocannon as unknown as { aggregateResult(results: unknown[], opts: object): autocannon.Result }).aggregateResult;

autocannon(
  {
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    requests: [{ method: "POST", headers: job.headers, body: job.body, onResponse }],
  },
  (error, raw) => {
    if (error) {
      parentPort!.postMessage({ error: String(error) });
      return;
    }
    // In a worker thread autocannon hands back its raw histograms.
    const result = aggregate([raw], { url: job.url, connections: job.connections });
    const completed = result.requests.total;
    const socket = result.errors;
    const stats: LoadStats = {
      connections: job.connections,
      seconds: result.duration,
      requests: completed,
      requestsPerSecond: completed / result.duration,
      latencyMs: { mean: result.latency.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: { non2xx: result.non2xx, graphql: graphqlErrors, socket, timeouts: result.timeouts, total: result.non2xx + graphqlErrors + socket },
      firstError,
    };
    parentPort!.postMessage({ stats });
  },
);
