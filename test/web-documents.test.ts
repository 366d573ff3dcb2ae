import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { API_SCHEMA_FILE, apiSchemaSdl, readSupergraph } from "../gateway/supergraph";
import { REPOSITORY_ROOT } from "../shared/core/config";
import config from "../web/codegen";

describe("the web app's queries are typed against the hub's API schema", () => {
  it("keeps web/schema.graphql the API schema of the checked-in supergraph (npm run compose rewrites it)", async () => {
    expect(fs.readFileSync(API_SCHEMA_FILE, "utf8")).toBe(await apiSchemaSdl(readSupergraph()));
  });

  it("keeps web/src/gql what codegen writes from the app's documents, every one of which validates (npm run codegen)", async () => {
    const outputs = (await generate({ ...config, cwd: REPOSITORY_ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(REPOSITORY_ROOT, output.filename);
      expect({ file: output.filename, content: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null }).toEqual({
        file: output.filename,
        content: output.content,
      });
    }
  });
});
