import path from "node:path";
import type { Logger } from "pino";
import { startGateway, type GatewayOptions } from "../../gateway";
import { readSupergraph } from "../../gateway/supergraph";
import type { RunningSubgraph } from "../../shared/federation/subgraph-server";
import type { RunningServer } from "../../shared/service/http";
import { ALL_SUBGRAPHS } from "../../subgraphs";
import { startTestSubgraph } from "./running-subgraph";
import { temporaryDataDirectory } from "./temporary-folder";
import { ON_MYSQL } from "./test-database";

export interface RunningHub {
  gateway: RunningServer;
  subgraphs: Record<string, RunningSubgraph>;
  /** SQL statements run so far by all five databases. */
  totalQueries(): number;
  /** GraphQL requests the five subgraphs have received so far. */
  subgraphRequests(): number;
  stop(): Promise<void>;
}

/**
 * The whole hub in this process: five real subgraphs on free ports, each with
 * its own new database holding the demo data, behind the real gateway loading
 * the checked-in supergraph.
 */
export async function startHub(
  options: {
    gatewayPort?: number;
    gatewayLogger?: Logger;
    subgraphLogger?: (name: string) => Logger;
    rateLimits?: GatewayOptions["rateLimits"];
  } = {},
): Promise<RunningHub> {
  const data = temporaryDataDirectory("hub");
  const running = await Promise.all(
    ALL_SUBGRAPHS.map((definition) => startTestSubgraph(definition, data.directory, { logger: options.subgraphLogger?.(definition.name) })),
  );
  const subgraphs = Object.fromEntries(running.map((s) => [s.name, s]));
  const gateway = await startGateway({
    port: options.gatewayPort ?? 0,
    logger: options.gatewayLogger,
    supergraphSdl: readSupergraph(),
    subgraphUrls: Object.fromEntries(running.map((s) => [s.name, s.url])),
    rateLimits: options.rateLimits,
  });
  return {
    gateway,
    subgraphs,
    totalQueries: () => running.reduce((sum, s) => sum + s.database.queries.count, 0),
    subgraphRequests: () => running.reduce((sum, s) => sum + s.requestsReceived(), 0),
    stop: async () => {
      await gateway.stop();
      await Promise.all(running.map((s) => s.stop()));
      data.cleanup();
    },
  };
}

/** The environment for a command-line script (`plan:import`) to work on the running hub's plans database. */
export function plansDatabaseEnv(hub: RunningHub): NodeJS.ProcessEnv {
  const location = hub.subgraphs.plans.database.dataSource.options as { url?: string; database?: string };
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (ON_MYSQL) env.PLANS_DATABASE_URL = location.url;
  else {
    delete env.PLANS_DATABASE_URL;
    env.HUB_DATA_DIR = path.dirname(String(location.database)); // the hub's own plans.sqlite
  }
  return env;
}
