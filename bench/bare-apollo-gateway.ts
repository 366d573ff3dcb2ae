import { randomUUID } from "node:crypto";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readSupergraph } from "../gateway/supergraph";
import { createIdentitySigner, IDENTITY_HEADER } from "../shared/auth/internal-identity";
import { BENCH_ADMIN } from "./auth";

export interface BareApolloGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * The floor of the libraries the hub's gateway is built on: Apollo Server on
 * Node's own HTTP server and Apollo Gateway on the same supergraph, signing
 * the identity each department requires over the exact body it sends, and
 * nothing else — no Express, no bearer-token check, no limits, logs, metrics,
 * sessions or deduplication. The benchmark runs it beside the gateway, so the
 * gateway's overhead reads against what these two libraries alone cost on
 * the same machine.
 */
export async function startBareApolloGateway(subgraphUrls: Record<string, string>): Promise<BareApolloGateway> {
  const sign = await createIdentitySigner();
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: subgraphUrls[name] ?? url,
        fetcher: async (target: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }) => {
          const body = typeof init?.body === "string" ? init.body : "";
          const identity = await sign(BENCH_ADMIN, name, randomUUID(), body);
          return fetch(target, { method: init?.method, headers: { ...init?.headers, [IDENTITY_HEADER]: identity }, body });
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url: new URL("/graphql", url).href, close: () => server.stop() };
}
