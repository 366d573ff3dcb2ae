import type { Official } from "../shared/auth/identity";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { gatewayHeaders, subgraphHeaders, subgraphIdentity } from "./auth";
import { startBareApolloGateway } from "./bare-apollo-gateway";
import { startBareHop } from "./bare-hop";
import { drive, type IdentityJob, type LoadJob, type LoadStats } from "./drive";
import type { BenchHub } from "./hub";
import { checkpoint } from "./lifecycle";
import { contractOperations, DIRECT_QUERIES, requestBody, type DirectQuery, type Operation } from "./operations";
import { SETTINGS } from "./settings";
import { singleRequest, type SingleRequest } from "./single-request";

export interface OperationResult {
  name: string;
  variables: Record<string, unknown>;
  /** The operation sent once, alone: SQL queries, subgraph fetches, size. */
  alone: SingleRequest;
  /** The unmeasured load before the runs, if any (`BENCH_WARMUP_SECONDS`); its errors still count. */
  warmup: LoadStats | null;
  runs: LoadStats[];
}

export interface OverheadRun {
  connections: number;
  gateway: LoadStats;
  direct: LoadStats;
  /** Through a bare HTTP relay (`bench/bare-hop.ts`): the hop alone, no GraphQL. */
  hop: LoadStats;
  /** Through Apollo Server and Apollo Gateway alone (`bench/bare-apollo-gateway.ts`): the libraries the gateway is built on, nothing of the hub's. */
  bareApollo: LoadStats;
  /** Gateway minus direct, milliseconds. */
  p50OverheadMs: number;
  meanOverheadMs: number;
  /** Bare hop minus direct, milliseconds p50: what one more HTTP exchange costs here, the floor under any gateway's overhead. */
  p50HopMs: number;
  /** Bare Apollo gateway minus direct, milliseconds p50: the floor under this gateway's overhead. */
  p50BareApolloMs: number;
  /** Gateway requests/s over direct requests/s. */
  throughputRatio: number;
}

export interface OverheadResult {
  subgraph: string;
  query: string;
  variables: Record<string, unknown>;
  viaGateway: SingleRequest;
  direct: SingleRequest;
  warmup: { gateway: LoadStats | null; direct: LoadStats | null; bareApollo: LoadStats | null };
  runs: OverheadRun[];
}

/** Unmeasured load of `job`, or none when the benchmark is told not to warm up (`BENCH_WARMUP_SECONDS=0`). */
function warmUp(job: Omit<LoadJob, "seconds">): Promise<LoadStats | null> {
  return SETTINGS.warmupSeconds > 0 ? drive({ ...job, seconds: SETTINGS.warmupSeconds }) : Promise.resolve(null);
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function describe(stats: LoadStats): string {
  const errors = stats.errors.total > 0 ? `, ${stats.errors.total} errors (${stats.firstError ?? "?"})` : "";
  return `c=${stats.connections}: ${stats.requestsPerSecond.toFixed(1)} req/s, p50 ${stats.latencyMs.p50} ms, p99 ${stats.latencyMs.p99} ms, CPU ${stats.cpuMsPerRequest.toFixed(1)} ms/req${errors}`;
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
    const warmup = await warmUp({ url: gatewayUrl, headers, body, connections: 4 });
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

/** The overhead comparison's warm-up of one path: at most a second, none when the benchmark is told not to warm up. */
async function warmLoad(
  hub: BenchHub,
  url: string,
  headers: () => Promise<Record<string, string>>,
  operation: Operation,
  identity?: IdentityJob,
): Promise<LoadStats | null> {
  const seconds = Math.min(1, SETTINGS.warmupSeconds);
  return seconds > 0 ? load(hub, url, headers, operation, 4, seconds, identity) : null;
}

/**
 * One simple root query per subgraph, through the gateway, through a bare
 * HTTP relay, through Apollo Server and Gateway alone, and straight to the
 * subgraph, at the same concurrency.
 */
export async function measureGatewayOverhead(hub: BenchHub, gatewayUrl: string): Promise<OverheadResult[]> {
  const results: OverheadResult[] = [];
  const bareApollo = await startBareApolloGateway(Object.fromEntries(Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url])));
  try {
    for (const query of DIRECT_QUERIES) results.push(await overheadOf(hub, gatewayUrl, bareApollo.url, query));
  } finally {
    await bareApollo.close();
  }
  return results;
}

async function overheadOf(hub: BenchHub, gatewayUrl: string, bareApolloUrl: string, query: DirectQuery): Promise<OverheadResult> {
  const subgraphUrl = hub.subgraphs[query.subgraph].url;
  const body = requestBody(query);
  const direct = async () => ({ "content-type": "application/json" });
  const identity = await subgraphIdentity(query.subgraph, body);
  const viaGateway = await singleRequest(hub, gatewayUrl, await gatewayHeaders(), body);
  const straight = await singleRequest(hub, subgraphUrl, await subgraphHeaders(query.subgraph, body), body);
  log(describeAlone(`${query.subgraph}.${query.name} via gateway`, viaGateway));
  log(describeAlone(`${query.subgraph}.${query.name} direct`, straight));
  const warmup = {
    gateway: await warmLoad(hub, gatewayUrl, gatewayHeaders, query),
    direct: await warmLoad(hub, subgraphUrl, direct, query, identity),
    bareApollo: await warmLoad(hub, bareApolloUrl, direct, query),
  };
  const runs: OverheadRun[] = [];
  const bareHop = await startBareHop(subgraphUrl);
  try {
    for (const connections of SETTINGS.overheadConcurrencies) {
      const gateway = await load(hub, gatewayUrl, gatewayHeaders, query, connections, SETTINGS.overheadSeconds);
      const hop = await load(hub, bareHop.url, direct, query, connections, SETTINGS.overheadSeconds, identity);
      const bareApollo = await load(hub, bareApolloUrl, direct, query, connections, SETTINGS.overheadSeconds);
      const straightRun = await load(hub, subgraphUrl, direct, query, connections, SETTINGS.overheadSeconds, identity);
      runs.push({
        connections,
        gateway,
        direct: straightRun,
        hop,
        bareApollo,
        p50OverheadMs: gateway.latencyMs.p50 - straightRun.latencyMs.p50,
        meanOverheadMs: gateway.latencyMs.mean - straightRun.latencyMs.mean,
        p50HopMs: hop.latencyMs.p50 - straightRun.latencyMs.p50,
        p50BareApolloMs: bareApollo.latencyMs.p50 - straightRun.latencyMs.p50,
        throughputRatio: straightRun.requestsPerSecond > 0 ? gateway.requestsPerSecond / straightRun.requestsPerSecond : 0,
      });
      log(
        `${query.subgraph}.${query.name} gateway ${describe(gateway)} | bare hop ${describe(hop)} | bare Apollo ${describe(bareApollo)} | direct ${describe(straightRun)}`,
      );
    }
  } finally {
    await bareHop.close();
  }
  return { subgraph: query.subgraph, query: query.name, variables: query.variables, viaGateway, direct: straight, warmup, runs };
}

export interface CallersRun {
  /** `on`: the gateway's deduplication as shipped; `off`: a second gateway with HUB_DEDUPLICATE_REQUESTS=off. */
  deduplication: "on" | "off";
  load: LoadStats;
  /** Requests the departments received per answer: below the operation's own count when fetches were shared. */
  subgraphRequestsPerAnswer: number;
}

export interface CallersScenario {
  name: string;
  description: string;
  operation: string;
  callers: number;
  connections: number;
  runs: CallersRun[];
}

/** Officials of the dataset's provinces: VN-30 first, then three more. */
const PROVINCES = ["VN-30", "VN-44", "VN-01", "VN-02"];

/** Who sends the scenario's operation: every caller with its own token, and its own province's variables. */
function callersOf(scenario: "viewers" | "mixed" | "contacts", count: number): Official[] {
  return Array.from({ length: count }, (_, i) => {
    if (scenario === "contacts")
      return {
        anonymous: false,
        userId: `bench.coordinator.${i}`,
        provinceCode: "VN-30",
        agencyCode: "SVHTTDL",
        role: "coordinator",
        clearance: "INTERNAL",
      };
    if (scenario === "viewers")
      return {
        anonymous: false,
        userId: `bench.viewer.${i}`,
        provinceCode: "VN-30",
        agencyCode: "STTTT",
        role: "viewer",
        clearance: "INTERNAL",
      };
    return {
      anonymous: false,
      userId: `bench.mixed.${i}`,
      provinceCode: PROVINCES[i % PROVINCES.length],
      agencyCode: "STTTT",
      role: i % 3 === 0 ? "coordinator" : "viewer",
      clearance: Math.floor(i / PROVINCES.length) % 2 === 0 ? "INTERNAL" : "SECRET",
    };
  });
}

/**
 * Many officials at once on the same dashboard: equal rights (one province's
 * viewers: the gateway may share their fetches), and mixed (four provinces,
 * two clearances, two roles: it may share only within each group); and one
 * province's coordinators on its compliance view, whose focal points' phones
 * and e-mails are logged under each reader (a shared answer costs the
 * department a log entry per other official, not a reading). Each with
 * deduplication on, then off, with the departments' requests per answer.
 */
export async function runCallerScenarios(hub: BenchHub, gateways: { on: string; off: string }): Promise<CallersScenario[]> {
  const connections = SETTINGS.callers;
  const scenarios: CallersScenario[] = [];
  for (const [name, description, operationName] of [
    ["viewers", `${connections} viewers of one province (equal rights)`, "ProvinceDashboard"],
    ["mixed", `${connections} officials of 4 provinces, 2 clearances, 2 roles`, "ProvinceDashboard"],
    ["contacts", `${connections} coordinators of one province, contacts logged per reader`, "AgencyCompliance"],
  ] as const) {
    const operation = contractOperations().find((o) => o.name === operationName)!;
    const requests = await Promise.all(
      callersOf(name, connections).map(async (caller) => ({
        headers: { "content-type": "application/json", authorization: `Bearer ${await signDevelopmentToken(caller, "2h")}` },
        body: requestBody({ ...operation, variables: { ...operation.variables, provinceCode: caller.provinceCode } }),
      })),
    );
    const runs: CallersRun[] = [];
    for (const deduplication of ["on", "off"] as const) {
      const url = gateways[deduplication];
      await checkpoint();
      await warmUp({ url, headers: {}, body: "", requests, connections: 4 });
      await hub.idle();
      const before = hub.subgraphRequests();
      const load = await drive({ url, headers: {}, body: "", requests, connections, seconds: SETTINGS.seconds });
      const subgraphRequestsPerAnswer = load.requests > 0 ? (hub.subgraphRequests() - before) / load.requests : 0;
      runs.push({ deduplication, load, subgraphRequestsPerAnswer });
      log(
        `${name}, deduplication ${deduplication}: ${describe(load)}, ${subgraphRequestsPerAnswer.toFixed(2)} department requests per answer`,
      );
    }
    scenarios.push({ name, description, operation: operation.name, callers: connections, connections, runs });
  }
  return scenarios;
}
