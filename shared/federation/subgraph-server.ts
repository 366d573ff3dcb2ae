import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Logger } from "pino";
import { ALSO_IDENTITIES_HEADER, createIdentityVerifier, IDENTITY_HEADER } from "../auth/internal-identity";
import {
  databaseReplicaUrls,
  databaseUrl,
  databaseUrlVariable,
  embeddedDatabaseFile,
  subgraphHost,
  subgraphPort,
  type SubgraphName,
} from "../core/config";
import { registerDepartments } from "../core/departments";
import { mysqlProblem, openDatabase, seedIfEmpty, timeQueries, type Database, type DatabaseLocation } from "../database/database";
import { databaseHealth } from "../database/health";
import { traceQueries } from "../database/query-spans";
import { readsOfOneRequest } from "../database/replicas";
import { shipAuditEntries } from "../records/audit-log";
import { createContext, processingLoggedExtension, type HubContext } from "../records/context";
import { refuseStateSecretsOnNetwork } from "../records/state-secrets";
import { auditRefusedInput } from "../records/writes";
import { clientErrorFormatter } from "../service/errors-format";
import type { RunningServer } from "../service/http";
import { errorBody, jsonBody } from "../service/http-safety";
import { createLogger } from "../service/logging";
import { ServiceMetrics } from "../service/metrics";
import { observeRequests } from "../service/observe-requests";
import { nameRequestSpans, traceRequests } from "../service/request-spans";
import { retryAfterHeader } from "../service/retry-after";
import { startService } from "../service/service";
import { SERVICE_ATTRIBUTE } from "../service/telemetry";
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
  /** Defaults to HUB_SUBGRAPH_HOST, else loopback. */
  host?: string;
  /** Defaults to the subgraph's `…_DATABASE_URL`, else the embedded `data/<subgraph>.sqlite`. */
  database?: DatabaseLocation;
  /** Load the demo data into an empty embedded database (default true; MySQL is seeded by `npm run seed`). */
  seedDemoData?: boolean;
  /** Start the department's background work (default true). */
  background?: boolean;
  logger?: Logger;
}

/** Where a subgraph's data lives unless told otherwise: its MySQL URL, else its embedded file. */
export function configuredDatabase(name: SubgraphName): DatabaseLocation {
  const url = databaseUrl(name);
  if (!url) return { file: embeddedDatabaseFile(name) };
  const replicaUrls = databaseReplicaUrls(name);
  return replicaUrls.length ? { url, replicaUrls } : { url };
}

/** Opens a subgraph's database and makes sure it can serve: a MySQL one must be utf8mb4 and migrated. */
export async function openSubgraphDatabase(
  definition: SubgraphDefinition,
  location = configuredDatabase(definition.name),
  logger?: Logger,
): Promise<Database> {
  const database = await openDatabase({ location, entities: subgraphEntities(definition), migrations: definition.migrations, logger });
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
  registerDepartments([definition.department]); // a department deployed alone knows itself, and no other
  const logger = options.logger ?? createLogger(definition.name);
  const database = await openSubgraphDatabase(definition, options.database, logger);
  try {
    await refuseStateSecretsOnNetwork(definition.name, database.dataSource);
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
  const seeded =
    database.kind === "embedded" && options.seedDemoData !== false && definition.seedDemoData
      ? await seedIfEmpty(database.dataSource, definition.seedDemoData)
      : false;

  shipAuditEntries(database.dataSource, logger);
  const metrics = new ServiceMetrics(definition.name);
  timeQueries(database.dataSource, (seconds, ok) =>
    metrics.databaseQueries.observe({ subgraph: definition.name, outcome: ok ? "ok" : "error" }, seconds),
  );
  traceQueries(database.dataSource, { [SERVICE_ATTRIBUTE]: definition.name });
  const apollo = new ApolloServer<HubContext>({
    schema: await buildFederatedSchema(definition),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // no answer carries cache hints, and the plugin would wrap every field's resolver to collect them
      ApolloServerPluginCacheControlDisabled(),
      observeRequests<HubContext>(metrics, logger),
      nameRequestSpans<HubContext>(),
      retryAfterHeader<HubContext>(),
      auditRefusedInput(),
      processingLoggedExtension<HubContext>(),
    ],
    formatError: clientErrorFormatter(logger, definition.name),
    includeStacktraceInErrorResponses: false,
    // The service's own shutdown stops Apollo after the requests in flight; Apollo's would re-raise SIGTERM first, killing the process mid-way.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const verifyIdentity = await createIdentityVerifier(definition.name);
  let requests = 0;
  const rawBodies = new WeakMap<object, Buffer>();

  const server = await startService({
    name: definition.name,
    logger,
    metrics,
    port: options.port ?? subgraphPort(definition.name),
    host: options.host ?? subgraphHost(),
    // Ready when its database answers, degraded when it answers but not fully; the gateway and orchestrators ask this.
    async readiness() {
      const health = await databaseHealth(database.dataSource);
      return [
        {
          name: "database",
          kind: database.kind,
          state: health.state,
          ...(health.reasons.length ? { reasons: health.reasons } : {}),
          ...(health.error ? { error: health.error } : {}),
        },
      ];
    },
    routes(app) {
      // only the gateway reads a department's answers, and never asks again with If-None-Match: no hash of every body
      app.set("etag", false);
      app.use(
        "/graphql",
        (_req, _res, next) => {
          requests += 1;
          next();
        },
        // A department continues the gateway's trace; anyone else's request is refused below, at the cost of one span.
        traceRequests(definition.name, { callerTrace: "parent" }),
        ...jsonBody({
          onRaw: (req, raw) => rawBodies.set(req, raw),
          documentUploads: definition.documentUploads,
          uploadsNeedHeader: IDENTITY_HEADER,
        }),
        // Nothing — not even `_service` or `_entities` — is answered without the gateway's identity, made for this very body.
        async (req, res, next) => {
          try {
            const body = rawBodies.get(req) ?? Buffer.alloc(0);
            const { viewer, requestId, idempotencyKey, tokenId } = await verifyIdentity(req.header(IDENTITY_HEADER), body);
            res.locals.alsoFor = await verifyIdentity.also(req.header(ALSO_IDENTITIES_HEADER), body);
            res.locals.viewer = viewer;
            res.locals.idempotencyKey = idempotencyKey;
            res.locals.identityToken = tokenId;
            res.locals.requestId = requestId ?? req.header("x-request-id");
            next();
          } catch (error) {
            res.status(401).json(errorBody((error as Error).message, "UNAUTHENTICATED"));
          }
        },
        // one request's reads and writes: after its first write, its reads go to the primary, not a replica.
        // Without replicas there is nothing to route, and no async-local scope making every promise pay for hooks.
        (_req, _res, next) => (database.replicas ? readsOfOneRequest(next) : next()),
        expressMiddleware(apollo, {
          context: async ({ res }) =>
            createContext({
              db: database.dataSource,
              policy: definition.policy,
              references: definition.references,
              subgraph: definition.name,
              viewer: res.locals.viewer,
              requestId: res.locals.requestId,
              idempotencyKey: res.locals.idempotencyKey,
              identityToken: res.locals.identityToken,
              alsoFor: res.locals.alsoFor,
            }),
        }),
      );
    },
    async onStop() {
      await apollo.stop();
      await database.dataSource.destroy();
    },
  });
  const background =
    options.background === false
      ? null
      : (definition.background?.({
          db: database.dataSource,
          logger,
          async execute(query, variables, viewer) {
            const answer = await apollo.executeOperation(
              { query, variables },
              {
                contextValue: createContext({
                  db: database.dataSource,
                  policy: definition.policy,
                  references: definition.references,
                  subgraph: definition.name,
                  viewer,
                }),
              },
            );
            return answer.body.kind === "single" ? answer.body.singleResult : { errors: [{ message: "incremental answer" }] };
          },
        }) ?? null);
  const stop = server.stop;
  return {
    ...server,
    async stop() {
      await background?.stop();
      await stop();
    },
    name: definition.name,
    database,
    seeded,
    metrics,
    requestsReceived: () => requests,
  };
}
