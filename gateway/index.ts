import { randomUUID } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Logger } from "pino";
import { gatewayPort, SUBGRAPHS, subgraphUrl } from "../shared/config";
import { clientErrorFormatter } from "../shared/errors-format";
import { listen, type RunningServer } from "../shared/http";
import { createIdentitySigner } from "../shared/internal-identity";
import { isProduction } from "../shared/keys";
import { createLogger } from "../shared/logging";
import { ServiceMetrics } from "../shared/metrics";
import { observeRequests } from "../shared/observe-requests";
import { createUserTokenVerifier } from "../shared/user-tokens";
import { DepartmentDataSource, subgraphTimeoutMs, type GatewayContext } from "./departments";
import { accessGuards } from "./guards";
import { offlineGraphiQL, serveIdeAssets } from "./offline-ide";
import { departmentsReadiness } from "./readiness";
import { jsonBody, requestLimits } from "./request-limits";
import { readSupergraph } from "./supergraph";

export type { GatewayContext } from "./departments";

export interface GatewayOptions {
  /** Composed supergraph SDL; defaults to the checked-in `gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Where each subgraph answers; defaults to `shared/config` (environment or local ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  port?: number;
  logger?: Logger;
}

export interface RunningGateway extends RunningServer {
  metrics: ServiceMetrics;
}

/** The hub's single entry point: one GraphQL endpoint over the five departments. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl(s.name)]));
  Object.assign(urls, options.subgraphUrls);
  const logger = options.logger ?? createLogger("gateway");
  const metrics = new ServiceMetrics("gateway");
  const timeoutMs = subgraphTimeoutMs();
  const [authenticate, signIdentity] = await Promise.all([createUserTokenVerifier(), createIdentitySigner()]);

  // The supergraph is static (composed at build time): the gateway starts whatever state the departments are in.
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) => new DepartmentDataSource(name, urls[name] ?? url ?? "", signIdentity, metrics, timeoutMs),
  });
  const limits = requestLimits();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [...limits.plugins, accessGuards(), observeRequests<GatewayContext>(metrics, logger), offlineGraphiQL()],
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    introspection: !isProduction(),
    formatError: clientErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health/live", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.get("/health/ready", async (_req, res) => {
    const dependencies = await departmentsReadiness(urls);
    const ready = dependencies.every((d) => d.state === "up");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", service: "gateway", dependencies });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  serveIdeAssets(app);
  app.use(
    "/graphql",
    ...jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: randomUUID(),
        viewer: await authenticate(req.header("authorization")),
      }),
    }),
  );

  const server = await listen(app, options.port ?? gatewayPort(), () => apollo.stop());
  return { ...server, metrics };
}
