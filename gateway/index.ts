import { randomUUID } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type express from "express";
import type { Logger } from "pino";
import type { Viewer } from "../shared/auth/identity";
import { createIdentitySigner } from "../shared/auth/internal-identity";
import { createUserTokenVerifier } from "../shared/auth/user-tokens";
import { gatewayHost, gatewayPort, subgraphUrl } from "../shared/core/config";
import { isProduction } from "../shared/core/config";
import { checkDepartmentAddress, departmentFetch } from "../shared/core/transport";
import { clientErrorFormatter } from "../shared/service/errors-format";
import type { RunningServer } from "../shared/service/http";
import { jsonBody } from "../shared/service/http-safety";
import { createLogger } from "../shared/service/logging";
import { ServiceMetrics } from "../shared/service/metrics";
import { observeRequests } from "../shared/service/observe-requests";
import { nameRequestSpans, traceRequests } from "../shared/service/request-spans";
import { retryAfterHeader } from "../shared/service/retry-after";
import { startService } from "../shared/service/service";
import { DEPARTMENTS } from "../subgraphs/departments";
import { compressAnswers } from "./compression";
import {
  DepartmentDataSource,
  DOCUMENT_UPLOAD_FIELDS,
  documentReadingTimeoutMs,
  subgraphTimeoutMs,
  type GatewayContext,
} from "./departments";
import { developmentSignIn } from "./development-sign-in";
import { documentRoutes } from "./documents";
import { accessGuards } from "./guards";
import { idempotencyKeyOf } from "./idempotency-keys";
import { graphiqlEnabled, offlineGraphiQL, serveIdeAssets } from "./offline-ide";
import { openDataRoutes, publicUrl } from "./open-data";
import { publicAnswerCache } from "./public-answer-cache";
import { graphqlWeight, rateLimits, type RateLimitSettings } from "./rate-limits";
import { departmentsReadiness } from "./readiness";
import { referenceChecks } from "./reference-checks";
import { reportFileRoute } from "./report-files";
import { requestLimits } from "./request-limits";
import { doorViewer, restDoorRoutes } from "./rest-door";
import { openSessionStore, sessionStoreSettings } from "./session-store";
import { IdleTokens, sessionRoutes, sessionRules } from "./sessions";
import { signInConnectSources, signInOptions } from "./sign-in-options";
import { readSupergraph } from "./supergraph";
import { manifestStore, TrustedManifest, trustedDocuments, trustedDocumentsSettings } from "./trusted-documents";
import { serveWebApp } from "./web-app";

export type { GatewayContext } from "./departments";

export interface GatewayOptions {
  /** Composed supergraph SDL; defaults to the checked-in `gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Where each subgraph answers; defaults to `shared/core/config` (environment or local ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  port?: number;
  logger?: Logger;
  /** Rate limit settings over the environment's (`gateway/rate-limits.ts`). */
  rateLimits?: Partial<RateLimitSettings>;
}

export interface RunningGateway extends RunningServer {
  metrics: ServiceMetrics;
}

/** The hub's single entry point: one GraphQL endpoint over the five departments. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const urls: Record<string, string> = Object.fromEntries(DEPARTMENTS.map((s) => [s.name, subgraphUrl(s.name)]));
  Object.assign(urls, options.subgraphUrls);
  for (const subgraph of DEPARTMENTS) checkDepartmentAddress(`${subgraph.env}_URL`, urls[subgraph.name]); // in production, HTTPS to other hosts
  departmentFetch(); // its client certificate for mutual TLS, if any: a bad setting stops the gateway here, naming the variable
  const logger = options.logger ?? createLogger("gateway");
  const metrics = new ServiceMetrics("gateway");
  const timeoutMs = subgraphTimeoutMs();
  const readingTimeoutMs = documentReadingTimeoutMs(); // a bad OCR or import limit stops the gateway here too, naming the variable
  const ide = graphiqlEnabled();
  const [verify, signIdentity] = await Promise.all([createUserTokenVerifier(), createIdentitySigner()]);
  sessionRules(); // a bad idle timeout or warning stops the gateway here, naming the variable
  const openDataUrl = publicUrl(); // and so does a public address that is not one
  const trust = trustedDocumentsSettings();
  const manifest = TrustedManifest.read();
  // Every use of a bearer token, wherever it comes, counts as activity; a token left idle too long is refused.
  const sessions = openSessionStore(sessionStoreSettings(), logger); // a bad session store stops the gateway here, naming the variable
  const idleTokens = new IdleTokens(sessions);
  const authenticate = idleTokens.guard(verify);
  // A request's token is verified once: for its rate limit, then for its context.
  const viewers = new WeakMap<express.Request, Promise<Viewer>>();
  const viewerOf = (req: express.Request) => {
    // a REST door call, once its API client is authenticated, is that client's
    const client = doorViewer(req);
    if (client) return Promise.resolve(client);
    let viewer = viewers.get(req);
    if (!viewer) viewers.set(req, (viewer = authenticate(req.header("authorization"))));
    return viewer;
  };
  const callers = await rateLimits(viewerOf, logger, options.rateLimits);
  const weights = callers.settings;

  // The supergraph is static (composed at build time): the gateway starts whatever state the departments are in.
  const departments = new Map<string, DepartmentDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) => {
      const source = new DepartmentDataSource(name, urls[name] ?? url ?? "", signIdentity, metrics, timeoutMs, readingTimeoutMs);
      departments.set(name, source);
      return source;
    },
  });
  const limits = requestLimits();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ...limits.plugins,
      accessGuards(),
      referenceChecks(departments),
      observeRequests<GatewayContext>(metrics, logger),
      nameRequestSpans<GatewayContext>(),
      retryAfterHeader<GatewayContext>(),
      ide ? offlineGraphiQL() : ApolloServerPluginLandingPageDisabled(),
      publicAnswerCache<GatewayContext>(),
      // no answer carries cache hints (the public cache has its own rule), so no policy is worked out per request
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // An id runs its trusted document; nothing a client sends is stored as a new one.
    persistedQueries: manifestStore(manifest),
    introspection: !isProduction(),
    formatError: clientErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The service's own shutdown stops Apollo after the requests in flight; Apollo's would re-raise SIGTERM first, killing the process mid-way.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const server = await startService({
    name: "gateway",
    logger,
    metrics,
    port: options.port ?? gatewayPort(),
    host: gatewayHost(),
    readiness: () => departmentsReadiness(urls),
    connectSources: signInConnectSources(),
    routes(app) {
      app.use(compressAnswers());
      signInOptions(app, authenticate);
      sessionRoutes(app, authenticate, idleTokens);
      developmentSignIn(app);
      if (ide) serveIdeAssets(app);
      app.use(
        "/graphql",
        // Every request starts its own trace; a caller's traceparent is only linked to it.
        traceRequests("gateway", { callerTrace: "link" }),
        // a document's file may be sent by a signed-in caller only, alone in its request
        ...jsonBody({ documentUploads: DOCUMENT_UPLOAD_FIELDS, uploadsNeedHeader: "authorization" }),
        // charged once the body is read and before Apollo parses it, so a refused flood costs little
        callers.limit((req) =>
          graphqlWeight(req.method === "GET" ? req.query : req.body, weights, DOCUMENT_UPLOAD_FIELDS, (id) => manifest.textOf(id)),
        ),
        trustedDocuments(manifest, trust, viewerOf),
        expressMiddleware(apollo, {
          context: async ({ req }) => ({
            requestId: randomUUID(),
            viewer: await viewerOf(req),
            idempotencyKey: idempotencyKeyOf(req),
          }),
        }),
      );
      // These routes run operations too: a generated document (it may register a secret one) costs a write, a report's file a read.
      app.use(
        "/documents",
        callers.limit(() => weights.mutationWeight),
      );
      app.use(
        "/reports",
        callers.limit(() => 1),
      );
      // Open data is for everyone, as often as they like within an address's budget: each file runs a read of its own.
      app.use(
        "/open-data",
        callers.limit(() => 1),
      );
      documentRoutes(app, apollo, authenticate);
      reportFileRoute(app, apollo, authenticate);
      openDataRoutes(app, apollo, openDataUrl);
      // The REST door: an address pays for calls without valid credentials (each check is an audited call to a department), a client for its own.
      const byClient = callers.limit(() => 1);
      restDoorRoutes(app, apollo, () => gateway.schema!, departments, {
        addressGuard: callers.addressGuard,
        chargeAddress: callers.chargeAddress,
        byClient: (req, res, next) => (doorViewer(req) ? byClient(req, res, next) : next()),
      });
      serveWebApp(app);
    },
    onStop: async () => {
      await apollo.stop();
      await callers.close();
      await sessions.close();
    },
  });
  return { ...server, metrics };
}
