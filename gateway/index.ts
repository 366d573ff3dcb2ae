import { randomUUID } from "node:crypto";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { gatewayPort, SUBGRAPHS, subgraphUrl } from "../shared/config";
import { formatClientError } from "../shared/errors-format";
import { listen, type RunningServer } from "../shared/http";
import { offlineGraphiQL, serveIdeAssets } from "./offline-ide";
import { readSupergraph } from "./supergraph";

export interface GatewayContext {
  requestId: string;
}

export interface GatewayOptions {
  /** Composed supergraph SDL; defaults to the checked-in `gateway/supergraph.graphql`. */
  supergraphSdl?: string;
  /** Where each subgraph answers; defaults to `shared/config` (environment or local ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  port?: number;
}

/** Forwards the request id so one request can be followed through every department. */
class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (context?.requestId) request.http?.headers.set("x-request-id", context.requestId);
  }
}

/** The hub's single entry point: one GraphQL endpoint over the five departments. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningServer> {
  const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl(s.name)]));
  Object.assign(urls, options.subgraphUrls);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) => new DepartmentDataSource({ url: urls[name] ?? url }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [offlineGraphiQL()],
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
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ requestId: req.header("x-request-id") || randomUUID() }),
    }),
  );

  return listen(app, options.port ?? gatewayPort(), () => apollo.stop());
}
