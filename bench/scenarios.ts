import { gatewayHeaders, subgraphHeaders, subgraphIdentity } from "./auth";
import { drive, type IdentityJob, type LoadStats } from "./drive";
import type { BenchHub } from "./hub";
import { checkpoint } from "./lifecycle";
import { contractOperations, DIRECT_QUERIES, requestBody, type Operation } from "./operations";
import { SETTINGS } from "./settings";
import { singleRequest, type SingleRequest } from "./single-request";

export interface OperationResult {
  name: string;
  variables: Record<string, unknown>;
  /** The operation sent once, alone: SQL queries, subgraph fetches, size. */
  alone: SingleRequest;
  /** The unmeasured load before the runs; its errors still count. */
  warmup: LoadStats;
  runs: LoadStats[];
}

export interface OverheadRun {
  connections: number;
  gateway: LoadStats;
  direct: LoadStats;
  /** Gateway minus direct, milliseconds. */
  p50OverheadMs: number;
  meanOverheadMs: number;
  /** Gateway requests/s over direct requests/s. */
  throughputRatio: number;
}

export interface OverheadResult {
  subgraph: string;
  query: string;
  variables: Record<string, unknown>;
  viaGateway: SingleRequest;
  direct: SingleRequest;
  warmup: { gateway: LoadStats; direct: LoadStats };
  runs: OverheadRun[];
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function describe(stats: LoadStats): string {
  const errors = stats.errors.total > 0 ? `, ${stats.errors.total} errors (${stats.firstError ?? "?"})` : "";
  return `c=${stats.connections}: ${stats.requestsPerSecond.toFixed(1)} req/s, p50 ${stats.latencyMs.p50} ms, p99 ${stats.latencyMs.p99} ms${errors}`;
}

function describeAlone(name: string, alone: SingleRequest): string {
  const problems = [...alone.errors, ...alone.emptyFields.map((f) => `${f} came back empty`)];
  return `${name} alone: ${alone.sqlQueries} SQL queries, ${alone.subgraphFetches} subgraph requests, ${(alone.responseBytes / 1024).toFixed(1)} KB, ${alone.milliseconds.toFixed(0)} ms${problems.length ? ` — ${problems.join("; ")}` : ""}`;
}

/** Each contract operation through the gateway: once alone, then under load at each concurrency. */
export async function runContractOperations(hub: BenchHub, gatewayUrl: string): Promise<OperationResult[]> {
  const headers = await gatewayHeaders();
  const results: OperationResult[] = [];
  for (const operation of contractOperations()) {
    const body = requestBody(operation);
    const alone = await singleRequest(hub, gatewayUrl, headers, body);
    log(describeAlone(operation.name, alone));
    const warmup = await drive({ url: gatewayUrl, headers, body, connections: 4, seconds: SETTINGS.warmupSeconds });
    const runs: LoadStats[] = [];
    for (const connections of SETTINGS.concurrencies) {
      await checkpoint();
      await hub.idle();
      runs.push(await drive({ url: gatewayUrl, headers, body, connections, seconds: SETTINGS.seconds }));
      log(`${operation.name} ${describe(runs[runs.length - 1])}`);
    }
    results.push({ name: operation.name, variables: operation.variables, alone, warmup, runs });
  }
  return results;
}

async function load(
  hub: BenchHub,
  url: string,
  headers: () => Promise<Record<string, string>>,
  operation: Operation,
  connections: number,
  seconds: number,
  identity?: IdentityJob,
): Promise<LoadStats> {
  await checkpoint();
  await hub.idle();
  return drive({ url, headers: await headers(), identity, body: requestBody(operation), connections, seconds });
}

/** One simple root query per subgraph, through the gateway and straight to the subgraph, at the same concurrency. */
export async function measureGatewayOverhead(hub: BenchHub, gatewayUrl: string): Promise<OverheadResult[]> {
  const results: OverheadResult[] = [];
  for (const query of DIRECT_QUERIES) {
    const subgraphUrl = hub.subgraphs[query.subgraph].url;
    const body = requestBody(query);
    const direct = async () => ({ "content-type": "application/json" });
    const identity = await subgraphIdentity(query.subgraph, body);
    const viaGateway = await singleRequest(hub, gatewayUrl, await gatewayHeaders(), body);
    const straight = await singleRequest(hub, subgraphUrl, await subgraphHeaders(query.subgraph, body), body);
    log(describeAlone(`${query.subgraph}.${query.name} via gateway`, viaGateway));
    log(describeAlone(`${query.subgraph}.${query.name} direct`, straight));
    const warmup = {
      gateway: await load(hub, gatewayUrl, gatewayHeaders, query, 4, 1),
      direct: await load(hub, subgraphUrl, direct, query, 4, 1, identity),
    };
    const runs: OverheadRun[] = [];
    for (const connections of SETTINGS.overheadConcurrencies) {
      const gateway = await load(hub, gatewayUrl, gatewayHeaders, query, connections, SETTINGS.overheadSeconds);
      const straightRun = await load(hub, subgraphUrl, direct, query, connections, SETTINGS.overheadSeconds, identity);
      runs.push({
        connections,
        gateway,
        direct: straightRun,
        p50OverheadMs: gateway.latencyMs.p50 - straightRun.latencyMs.p50,
        meanOverheadMs: gateway.latencyMs.mean - straightRun.latencyMs.mean,
        throughputRatio: straightRun.requestsPerSecond > 0 ? gateway.requestsPerSecond / straightRun.requestsPerSecond : 0,
      });
      log(`${query.subgraph}.${query.name} gateway ${describe(gateway)} | direct ${describe(straightRun)}`);
    }
    results.push({ subgraph: query.subgraph, query: query.name, variables: query.variables, viaGateway, direct: straight, warmup, runs });
  }
  return results;
}
