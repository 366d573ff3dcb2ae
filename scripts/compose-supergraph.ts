import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { OPENAPI_FILE, openApiDocument } from "../gateway/rest-door";
import { API_SCHEMA_FILE, apiSchemaSdl, composeSupergraph, SUPERGRAPH_FILE } from "../gateway/supergraph";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";
import { recordFormFiles } from "./record-forms";

/** Rebuilds gateway/supergraph.graphql from the subgraphs' schemas, and web/schema.graphql from it. Run after changing a schema. */
async function main(): Promise<void> {
  const defaultUrl = (name: string) => `http://localhost:${DEPARTMENTS.find((s) => s.name === name)?.port}/graphql`;
  const sdl = await composeSupergraph(ALL_SUBGRAPHS, defaultUrl);
  fs.writeFileSync(SUPERGRAPH_FILE, sdl);
  const api = await apiSchemaSdl(sdl);
  fs.writeFileSync(API_SCHEMA_FILE, api);
  fs.writeFileSync(OPENAPI_FILE, `${JSON.stringify(await openApiDocument(buildSchema(api)), null, 2)}\n`);
  const forms = await recordFormFiles(api, ALL_SUBGRAPHS);
  for (const { file } of forms) fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const { file, content } of forms) fs.writeFileSync(file, content);
  console.log(`Wrote ${SUPERGRAPH_FILE}, ${API_SCHEMA_FILE}, ${OPENAPI_FILE} and ${forms.map((f) => f.file).join(", ")}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
