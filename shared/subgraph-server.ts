import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { databaseUrl, databaseUrlVariable, embeddedDatabaseFile, subgraphPort, type SubgraphName } from "./config";
import { createContext, type HubContext } from "./context";
import { createIdentityVerifier, IDENTITY_HEADER } from "./internal-identity";
import type { Logger } from "pino";
import { databaseAnswers, mysqlProblem, openDatabase, seedIfEmpty, timeQueries, type Database, type DatabaseLocation } from "./database";
import { createLogger } from "./logging";
import { ServiceMetrics } from "./metrics";
import { observeRequests } from "./observe-requests";
import { clientErrorFormatter } from "./errors-format";
import { listen, type RunningServer } from "./http";
import { buildFederatedSchema, subgraphEntities, type SubgraphDefinition } from "./subgraph";

export interface RunningSubgraph extends RunningServer {
  name: string;
  database: Database;
  /** True when this start loaded the demo data. */
  seeded: boolean;
  /** GraphQL requests received so far, answered or refused. */
  requestsReceived(): number;
  metrics: ServiceMetrics;
}

export interface SubgraphServerOptions {
  port?: number;
  /** Defaults to the subgraph's `…_DATABASE_URL`, else the embedded `data/<subgraph>.sqlite`. */
  database?: DatabaseLocation;
  /** Load the demo data into an empty embedded database (default true; MySQL is seeded by `npm run seed`). */
  seedDemoData?: boolean;
  logger?: Logger;
}

/** Where a subgraph's data lives unless told otherwise: its MySQL URL, else its embedded file. */
export function configuredDatabase(name: SubgraphName): DatabaseLocation {
  const url = databaseUrl(name);
  return url ? { url } : { file: embeddedDatabaseFile(name) };
}

/** Opens a subgraph's database and makes sure it can serve: a MySQL one must be utf8mb4 and migrated. */
export async function openSubgraphDatabase(definition: SubgraphDefinition, location = configuredDatabase(definition.name)): Promise<Database> {
  const database = await openDatabase({ location, entities: subgraphEntities(definition), migrations: definition.migrations });
  if (database.kind === "mysql") {
    const problem = await mysqlProblem(database.dataSource);
    if (problem) {
      await database.dataSource.destroy();
      throw new Error(`The ${definition.name} database (${databaseUrlVariable(definition.name)}) cannot serve: ${problem}.`);
    }
  }
  return database;
}

/** Opens the department's database, builds its federated schema and serves it over HTTP. */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphServerOptions = {}): Promise<RunningSubgraph> {
  const database = await openSubgraphDatabase(definition, options.database);
  const seeded =
    database.kind === "embedded" && options.seedDemoData !== false && definition.seedDemoData
      ? await seedIfEmpty(database.dataSource, definition.seedDemoData)
      : false;

  const logger = options.logger ?? createLogger(definition.name);
  const metrics = new ServiceMetrics(definition.name);
  timeQueries(database.dataSource, (seconds, ok) => metrics.databaseQueries.observe({ subgraph: definition.name, outcome: ok ? "ok" : "error" }, seconds));
  const apollo = new ApolloServer<HubContext>({
    schema: await buildFederatedSchema(definition),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), observeRequests<HubContext>(metrics, logger)],
    formatError: clientErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health/live", (_req, res) => {
    res.json({ status: "ok", service: definition.name });
  });
  // Ready when its database answers; the gateway and orchestrators ask this.
  app.get("/health/ready", async (_req, res) => {
    const check = await databaseAnswers(database.dataSource);
    res.status(check.up ? 200 : 503).json({
      status: check.up ? "ready" : "not ready",
      service: definition.name,
      dependencies: [{ name: "database", kind: database.kind, state: check.up ? "up" : "down", ...(check.error ? { error: check.error } : {}) }],
    });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  const verifyIdentity = await createIdentityVerifier(definition.name);
  let requests = 0;
  app.use(
    "/graphql",
    (_req, _res, next) => {
      requests += 1;
      next();
    },
    // Nothing — not even `_service` or `_entities` — is answered without the gateway's signed identity.
    async (req, res, next) => {
      try {
        const { viewer, requestId } = await verifyIdentity(req.header(IDENTITY_HEADER));
        res.locals.viewer = viewer;
        res.locals.requestId = requestId ?? req.header("x-request-id");
        next();
      } catch (error) {
        res.status(401).json({ errors: [{ message: (error as Error).message, extensions: { code: "UNAUTHENTICATED" } }] });
      }
    },
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext({
          db: database.dataSource,
          policy: definition.policy,
          subgraph: definition.name,
          viewer: res.locals.viewer,
          requestId: res.locals.requestId,
        }),
    }),
  );

  const server = await listen(app, options.port ?? subgraphPort(definition.name), async () => {
    await apollo.stop();
    await database.dataSource.destroy();
  });
  return { ...server, name: definition.name, database, seeded, metrics, requestsReceived: () => requests };
}
