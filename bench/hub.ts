import path from "node:path";
import pino, { type Logger } from "pino";
import type { DataSource } from "typeorm";
import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import { databaseUrl, databaseUrlVariable } from "../shared/core/config";
import type { DatabaseLocation } from "../shared/database/database";
import { checkSeedable, migrateDatabase } from "../shared/federation/schema-admin";
import { subgraphEntities, type SubgraphDefinition } from "../shared/federation/subgraph";
import { startSubgraph, type RunningSubgraph } from "../shared/federation/subgraph-server";
import { createLogger, withoutCredentials } from "../shared/service/logging";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { atExit, claimSignals } from "./lifecycle";

export interface BenchHub {
  database: "mysql" | "embedded";
  subgraphs: Record<string, RunningSubgraph>;
  databases: Record<string, DataSource>;
  /** Starts a gateway over the five subgraphs and returns its URL; `deduplicate: false` as with HUB_DEDUPLICATE_REQUESTS=off. */
  startGateway(options?: { deduplicate?: boolean }): Promise<string>;
  /** SQL statements run so far by the five databases. */
  totalQueries(): number;
  /** GraphQL requests the five subgraphs have received so far. */
  subgraphRequests(): number;
  /**
   * Resolves once no SQL ran and no subgraph request came in for 300 ms: the
   * previous load has drained; then collects the garbage (with --expose-gc, as
   * `npm run bench` runs), so a run does not pause for what the dataset's
   * generation or the previous run left. Throws after 15 s.
   */
  idle(): Promise<void>;
}

/** Service logs on stderr, warnings and errors only (BENCH_LOG_LEVEL): a line per request would flood the run. */
function benchLogger(service: string): Logger {
  return createLogger(service, { level: process.env.BENCH_LOG_LEVEL || "warn", destination: pino.destination(2) });
}

/** Thrown when the configured MySQL databases cannot be used; its message is for the operator. */
export class RefusedDatabase extends Error {}

/** The MySQL URLs when all five are set; null when none is; refused when only some are. */
function mysqlLocations(): Record<string, DatabaseLocation> | null {
  const urls = ALL_SUBGRAPHS.map((d) => [d.name, databaseUrl(d.name)] as const);
  const missing = urls.filter(([, url]) => !url).map(([name]) => databaseUrlVariable(name));
  if (missing.length === urls.length) return null;
  if (missing.length > 0) {
    throw new RefusedDatabase(
      `${missing.join(", ")} not set while the other database URLs are: set all five for MySQL, or none for the embedded databases`,
    );
  }
  return Object.fromEntries(urls.map(([name, url]) => [name, { url: url! }]));
}

/** Brings a MySQL database to the current schema and makes sure it holds nothing. */
async function prepareMysql(definition: SubgraphDefinition, location: { url: string }): Promise<void> {
  const where = `${databaseUrlVariable(definition.name)} (${withoutCredentials(location.url)})`;
  try {
    await migrateDatabase(definition, location);
  } catch (error) {
    throw new RefusedDatabase(`${where}: cannot migrate it: ${(error as Error).message}`);
  }
  const check = await checkSeedable(definition, location);
  if (!check.ready) {
    throw new RefusedDatabase(
      `${where}: ${check.reason}. The benchmark fills empty databases with generated data and empties them again afterwards; give it five empty databases.`,
    );
  }
}

/** Five subgraphs on free ports, on MySQL when all five URLs are set, else on new SQLite files in `workspace`. */
export async function startBenchHub(workspace: string): Promise<BenchHub> {
  const mysql = mysqlLocations();
  if (mysql) for (const definition of ALL_SUBGRAPHS) await prepareMysql(definition, mysql[definition.name] as { url: string });
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const definition of ALL_SUBGRAPHS) {
    const location = mysql?.[definition.name] ?? { file: path.join(workspace, `${definition.name}.sqlite`) };
    const running = await startSubgraph(definition, {
      port: 0,
      database: location,
      seedDemoData: false,
      // The reminder scheduler is not what is measured: it would draft letters (or, the generated directory
      // naming no signatories, warn that it cannot) in the same process as the runs.
      background: false,
      logger: benchLogger(definition.name),
    });
    claimSignals();
    atExit(`the ${definition.name} subgraph`, () => running.stop());
    if (mysql) {
      // It was empty when the run began: leave it so.
      atExit(`emptying the ${definition.name} database`, async () => {
        for (const entity of subgraphEntities(definition)) await running.database.dataSource.getRepository(entity).clear();
      });
    }
    subgraphs[definition.name] = running;
  }
  const all = Object.values(subgraphs);
  const totalQueries = () => all.reduce((sum, s) => sum + s.database.queries.count, 0);
  const subgraphRequests = () => all.reduce((sum, s) => sum + s.requestsReceived(), 0);
  return {
    database: mysql ? "mysql" : "embedded",
    subgraphs,
    databases: Object.fromEntries(all.map((s) => [s.name, s.database.dataSource])),
    startGateway: async ({ deduplicate = true } = {}) => {
      // read as the gateway starts: set for this one only
      const setting = process.env.HUB_DEDUPLICATE_REQUESTS;
      process.env.HUB_DEDUPLICATE_REQUESTS = deduplicate ? "on" : "off";
      const gateway = await startGateway({
        port: 0,
        supergraphSdl: readSupergraph(),
        subgraphUrls: Object.fromEntries(all.map((s) => [s.name, s.url])),
        logger: benchLogger("gateway"),
        // the benchmark measures what the hub can serve, not the limits one caller meets (its load comes from a few users)
        rateLimits: { points: 1_000_000_000, anonymousPoints: 1_000_000_000 },
      }).finally(() => {
        if (setting === undefined) delete process.env.HUB_DEDUPLICATE_REQUESTS;
        else process.env.HUB_DEDUPLICATE_REQUESTS = setting;
      });
      claimSignals();
      atExit(`the gateway${deduplicate ? "" : " without deduplication"}`, () => gateway.stop());
      return gateway.url;
    },
    totalQueries,
    subgraphRequests,
    idle: async () => {
      const snapshot = () => `${totalQueries()}/${subgraphRequests()}`;
      const deadline = Date.now() + 15_000;
      let last = snapshot();
      let quietSince = Date.now();
      while (Date.now() - quietSince < 300) {
        // Still busy after 15 s: the previous load's work would be counted against the next request.
        if (Date.now() > deadline)
          throw new Error("the hub was still running queries 15 s after the last load; its figures cannot be trusted");
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (snapshot() !== last) {
          last = snapshot();
          quietSince = Date.now();
        }
      }
      (globalThis as { gc?: () => void }).gc?.();
    },
  };
}
