import { createPrivateKey, randomUUID, sign, type JsonWebKey } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";
import { IDENTITY_HEADER, IDENTITY_ISSUER, IDENTITY_TYPE, LIFETIME_SECONDS } from "../shared/auth/internal-identity";
import type { IdentityJob, LoadJob, LoadStats } from "./drive";

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

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * A fresh gateway identity per request, signed synchronously (autocannon asks
 * for each request's headers synchronously) exactly as the gateway signs it.
 */
function identitySigner(identity: IdentityJob): () => string {
  const key = createPrivateKey({ key: identity.jwk as JsonWebKey, format: "jwk" });
  const header = base64url(JSON.stringify({ alg: "ES256", typ: IDENTITY_TYPE }));
  return () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      ...identity.claims,
      iss: IDENTITY_ISSUER,
      aud: identity.audience,
      jti: randomUUID(),
      iat: now,
      exp: now + LIFETIME_SECONDS,
    };
    const input = `${header}.${base64url(JSON.stringify(payload))}`;
    return `${input}.${base64url(sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" }))}`;
  };
}

const signIdentity = job.identity ? identitySigner(job.identity) : undefined;

const aggregate = (autocannon as unknown as { aggregateResult(results: unknown[], opts: object): autocannon.Result }).aggregateResult;

autocannon(
  {
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    requests: [
      {
        method: "POST",
        headers: job.headers,
        body: job.body,
        onResponse,
        ...(signIdentity
          ? {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: { ...request.headers, [IDENTITY_HEADER]: signIdentity() },
              }),
            }
          : {}),
      },
    ],
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
      latencyMs: {
        mean: result.latency.average,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: {
        non2xx: result.non2xx,
        graphql: graphqlErrors,
        socket,
        timeouts: result.timeouts,
        total: result.non2xx + graphqlErrors + socket,
      },
      firstError,
    };
    parentPort!.postMessage({ stats });
  },
);
