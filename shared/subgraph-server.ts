import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { embeddedDatabaseFile, subgraphPort } from "./config";
import { createContext, type HubContext } from "./context";
import { openDatabase, seedIfEmpty, type Database } from "./database";
import { formatClientError } from "./errors-format";
import { listen, type RunningServer } from "./http";
import { buildFederatedSchema, type SubgraphDefinition } from "./subgraph";

export interface RunningSubgraph extends RunningServer {
  name: string;
  database: Database;
  /** True when this start loaded the demo data. */
  seeded: boolean;
}

export interface SubgraphServerOptions {
  port?: number;
  /** SQLite file; defaults to `data/<subgraph>.sqlite`. */
  databaseFile?: string;
  /** Load the demo data into an empty database (default true). */
  seedDemoData?: boolean;
}

/** Opens the department's database, builds its federated schema and serves it over HTTP. */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphServerOptions = {}): Promise<RunningSubgraph> {
  const database = await openDatabase({
    file: options.databaseFile ?? embeddedDatabaseFile(definition.name),
    entities: definition.entities,
  });
  const seeded =
    options.seedDemoData !== false && definition.seedDemoData
      ? await seedIfEmpty(database.dataSource, definition.seedDemoData)
      : false;

  const apollo = new ApolloServer<HubContext>({
    schema: await buildFederatedSchema(definition),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    formatError: formatClientError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health/live", (_req, res) => {
    res.json({ status: "ok", service: definition.name });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(database.dataSource, definition.policy, req.header("x-request-id")),
    }),
  );

  const server = await listen(app, options.port ?? subgraphPort(definition.name), async () => {
    await apollo.stop();
    await database.dataSource.destroy();
  });
  return { ...server, name: definition.name, database, seeded };
}
