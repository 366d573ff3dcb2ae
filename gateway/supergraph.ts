import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse, printSchema } from "graphql";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { buildFederatedSchema, type SubgraphDefinition } from "../shared/federation/subgraph";

/** The composed supergraph the gateway serves, checked in and rebuilt by `npm run compose`. */
export const SUPERGRAPH_FILE = path.join(REPOSITORY_ROOT, "gateway", "supergraph.graphql");

/** Each subgraph's SDL as the gateway would fetch it from `_service`. */
export async function subgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}

/**
 * Composes the supergraph from the subgraphs' own schemas. The URLs written
 * into it are the local defaults; the gateway overrides them from its config.
 */
export async function composeSupergraph(definitions: SubgraphDefinition[], urlOf: (name: string) => string): Promise<string> {
  const services = await Promise.all(
    definitions.map(async (definition) => ({
      name: definition.name,
      url: urlOf(definition.name),
      typeDefs: parse(await subgraphSdl(definition)),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

/** The schema clients see (the supergraph without its federation directives), for the web app's typed queries. */
export const API_SCHEMA_FILE = path.join(REPOSITORY_ROOT, "web", "schema.graphql");

export async function apiSchemaSdl(supergraphSdl: string): Promise<string> {
  const gateway = new ApolloGateway({ supergraphSdl });
  try {
    const { schema } = await gateway.load();
    return `# The hub's API schema as clients see it, printed from gateway/supergraph.graphql by \`npm run compose\`.\n${printSchema(schema)}\n`;
  } finally {
    await gateway.stop();
  }
}

export function readSupergraph(file = SUPERGRAPH_FILE): string {
  return fs.readFileSync(file, "utf8");
}
