import fs from "node:fs";
import { buildSchema } from "graphql";
import { OPENAPI_FILE, openApiDocument } from "../gateway/rest-door";
import { API_SCHEMA_FILE, composeSupergraph, readSupergraph } from "../gateway/supergraph";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("the checked-in supergraph", () => {
  it("is what the subgraphs' current schemas compose to (run `npm run compose` after a schema change)", async () => {
    const defaultUrl = (name: string) => `http://localhost:${DEPARTMENTS.find((s) => s.name === name)?.port}/graphql`;
    expect(readSupergraph()).toBe(await composeSupergraph(ALL_SUBGRAPHS, defaultUrl));
  });
});

describeWithoutDatabase("the checked-in OpenAPI description of the REST door", () => {
  it("is what the door makes of the checked-in API schema (run `npm run compose` after a schema change)", async () => {
    const api = buildSchema(fs.readFileSync(API_SCHEMA_FILE, "utf8"));
    expect(JSON.parse(fs.readFileSync(OPENAPI_FILE, "utf8"))).toEqual(await openApiDocument(api));
  });
});
