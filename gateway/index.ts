import { randomUUID } from "node:crypto";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { gatewayPort, SUBGRAPHS, subgraphUrl } from "../shared/config";
import { formatClientError } from "../shared/errors-format";
import { listen, type RunningServer } from "../shared/http";
import type { Viewer } from "../shared/identity";
import { createIdentitySigner, IDENTITY_HEADER, type IdentitySigner } from "../shared/internal-identity";
import { isProduction } from "../shared/keys";
import { createUserTokenVerifier } from "../shared/user-tokens";
import { accessGuards } from "./guards";
import { offlineGraphiQL, serveIdeAssets } from "./offline-ide";
import { requestLimits } from "./request-limits";
import { readSupergraph } from "./supergraph";

export interface GatewayContext {
  requestId: string;
  viewer: Viewer;
}

export interface GatewayOptions {
  /** Composed supergraph SDL; defaults to the checked-in `gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Where each subgraph answers; defaults to `shared/config` (environment or local ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  port?: number;
}

/**
 * Calls one department. Whatever identity headers a client sent never reach
 * it: the gateway sets its own signed identity, addressed to this subgraph,
 * and the request id that ties the request's log lines together.
 */
class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signIdentity: IdentitySigner,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers || !context?.viewer) return;
    headers.set(IDENTITY_HEADER, await this.signIdentity(context.viewer, this.subgraph, context.requestId));
    headers.set("x-request-id", context.requestId);
  }
}

/** The hub's single entry point: one GraphQL endpoint over the five departments. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningServer> {
  const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl(s.name)]));
  Object.assign(urls, options.subgraphUrls);
  const [authenticate, signIdentity] = await Promise.all([createUserTokenVerifier(), createIdentitySigner()]);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) => new DepartmentDataSource(name, urls[name] ?? url ?? "", signIdentity),
  });
  const limits = requestLimits();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [...limits.plugins, accessGuards(), offlineGraphiQL()],
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    introspection: !isProduction(),
    formatError: formatClientError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health/live", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  serveIdeAssets(app);
  app.use(
    "/graphql",
    express.json({ limit: "200kb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: randomUUID(),
        viewer: await authenticate(req.header("authorization")),
      }),
    }),
  );

  return listen(app, options.port ?? gatewayPort(), () => apollo.stop());
}
