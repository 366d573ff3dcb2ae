import "reflect-metadata";
import fs from "node:fs";
import { API_SCHEMA_FILE, apiSchemaSdl, composeSupergraph, SUPERGRAPH_FILE } from "../gateway/supergraph";
import { SUBGRAPHS } from "../shared/core/config";
import { ALL_SUBGRAPHS } from "../subgraphs";

/** Rebuilds gateway/supergraph.graphql from the subgraphs' schemas, and web/schema.graphql from it. Run after changing a schema. */
async function main(): Promise<void> {
  const defaultUrl = (name: string) => `http://localhost:${SUBGRAPHS.find((s) => s.name === name)?.port}/graphql`;
  const sdl = await composeSupergraph(ALL_SUBGRAPHS, defaultUrl);
  fs.writeFileSync(SUPERGRAPH_FILE, sdl);
  fs.writeFileSync(API_SCHEMA_FILE, await apiSchemaSdl(sdl));
  console.log(`Wrote ${SUPERGRAPH_FILE} and ${API_SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
