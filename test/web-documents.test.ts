import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { API_SCHEMA_FILE, apiSchemaSdl, readSupergraph } from "../gateway/supergraph";
import { recordFormFiles } from "../scripts/record-forms";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { KNOWN_OPERATIONS } from "../shared/service/operation-names";
import { ALL_SUBGRAPHS } from "../subgraphs";
import config from "../web/codegen";
import en from "../web/src/locales/en.json";
import vi from "../web/src/locales/vi.json";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("the web app's queries are typed against the hub's API schema", () => {
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

  it("names every web document among the operations metrics label by name", () => {
    const generated = fs.readFileSync(path.join(REPOSITORY_ROOT, "web/src/gql/graphql.ts"), "utf8");
    const names = [...generated.matchAll(/^export type (\w+)(Query|Mutation) = /gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !KNOWN_OPERATIONS.has(name))).toEqual([]);
  });
});

describeWithoutDatabase("the record forms are generated from the API schema", () => {
  it("keeps web/src/records/record-types.ts and its operation names what npm run compose writes", async () => {
    for (const { file, content } of await recordFormFiles(fs.readFileSync(API_SCHEMA_FILE, "utf8"), ALL_SUBGRAPHS)) {
      expect({ file, content: fs.readFileSync(file, "utf8") }).toEqual({ file, content });
    }
  });
});

describeWithoutDatabase("every label the web app shows is in both catalogues", () => {
  const sources = (directory: string): string[] =>
    fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === "gql" ? [] : sources(file);
      return /\.tsx?$/.test(entry.name) ? [fs.readFileSync(file, "utf8")] : [];
    });
  const code = sources(path.join(REPOSITORY_ROOT, "web/src")).join("\n");

  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it("names every record type, field and choice the generated record forms show", () => {
    const forms = fs.readFileSync(path.join(REPOSITORY_ROOT, "web/src/records/record-types.ts"), "utf8");
    const keys = [
      ...[...forms.matchAll(/^ {4}type: "(\w+)",/gm)].map((m) => `type.${m[1]}`),
      ...[...forms.matchAll(/\{"name":"(\w+)"/g)].map((m) => `field.${m[1]}`),
      ...[...forms.matchAll(/"values":(\[[^\]]*\])/g)].flatMap((m) => (JSON.parse(m[1]) as string[]).map((value) => `enum.${value}`)),
    ];
    expect(keys.length).toBeGreaterThan(100);
    expect([...new Set(keys)].filter((key) => !(key in vi))).toEqual([]);
  });

  it("has every key the code asks for by name", () => {
    const asked = [...code.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(asked.length).toBeGreaterThan(50);
    expect([...new Set(asked)].filter((key) => !(key in vi))).toEqual([]);
  });
});
