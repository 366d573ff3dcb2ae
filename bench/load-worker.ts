import { createPrivateKey, type JsonWebKey } from "node:crypto";
import autocannon from "autocannon";
import { max, mean, quantileSorted } from "simple-statistics";
import { IDENTITY_HEADER, identityTokenMaker } from "../shared/auth/internal-identity";
import type { IdentityJob, LoadJob, LoadStats } from "./drive";

/**
 * Runs autocannon loads, one at a time, in a process of its own (forked by
 * `drive`), so the client shares neither the hub's event loop nor its CPU
 * count. Counts non-2xx answers and 2xx answers carrying GraphQL errors, and
 * sends a summary back for each load.
 */
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

/**
 * A fresh gateway identity per request, made synchronously (autocannon asks
 * for each request's headers synchronously) by the gateway's own token maker.
 */
function identitySigner(identity: IdentityJob): () => string {
  const make = identityTokenMaker(createPrivateKey({ key: identity.jwk as JsonWebKey, format: "jwk" }));
  return () => make(identity.claims, identity.audience);
}

/** Percentiles of 2xx latencies, milliseconds, to the hundredth. */
function latencySummary(values: number[]): LoadStats["latencyMs"] {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  const at = (share: number) => round(quantileSorted(sorted, share));
  return { answers: sorted.length, mean: round(mean(sorted)), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round(max(sorted)) };
}

function run(job: LoadJob): void {
  graphqlErrors = 0;
  firstError = undefined;
  const signIdentity = job.identity ? identitySigner(job.identity) : undefined;
  // Several callers: each request, whichever connection sends it, goes to the next caller in turn, so callers sent at once differ.
  const callers = job.requests ?? [];
  let next = 0;
  const requests = [
    {
      method: "POST" as const,
      headers: job.headers,
      body: job.body,
      onResponse,
      ...(signIdentity
        ? {
            setupRequest: (sent: autocannon.Request) => ({
              ...sent,
              headers: { ...sent.headers, [IDENTITY_HEADER]: signIdentity() },
            }),
          }
        : callers.length > 0
          ? { setupRequest: (sent: autocannon.Request) => ({ ...sent, ...callers[next++ % callers.length] }) }
          : {}),
    },
  ];
  process.send!({ started: true });
  // Latency without each connection's first answer: autocannon sends the run's first requests all at once,
  // a burst that queues (whether the connections are new or open), not the run's steady state.
  const opened = new WeakSet<object>();
  const steady: number[] = [];
  const instance = autocannon({ url: job.url, connections: job.connections, duration: job.seconds, requests }, (error, result) => {
    if (error) {
      process.send!({ error: String(error) });
      return;
    }
    const completed = result.requests.total;
    const latencyMsWithOpening = {
      answers: completed - result.non2xx,
      mean: result.latency.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    };
    const socket = result.errors;
    const stats: Omit<LoadStats, "cpuMsPerRequest"> = {
      connections: job.connections,
      seconds: result.duration,
      requests: completed,
      requestsPerSecond: completed / result.duration,
      latencyMsWithOpening,
      // a run too short for a second answer on any connection has only first answers to report
      latencyMs: steady.length > 0 ? latencySummary(steady) : latencyMsWithOpening,
      errors: {
        non2xx: result.non2xx,
        graphql: graphqlErrors,
        socket,
        timeouts: result.timeouts,
        total: result.non2xx + graphqlErrors + socket,
      },
      firstError,
    };
    process.send!({ stats });
  });
  instance.on("response", (client: object, status: number, _bytes: number, milliseconds: number) => {
    if (!opened.has(client)) opened.add(client);
    else if (status >= 200 && status < 300) steady.push(milliseconds);
  });
}

// One process serves every load of a run: starting one for each took longer than the benchmark's test spends on a load.
process.on("message", (job: LoadJob) => run(job));
