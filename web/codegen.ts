import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Every query the web app sends is a document in web/src, typed by
 * graphql-codegen's client preset against the hub's API schema
 * (web/schema.graphql, printed from the composed supergraph). `npm run
 * codegen` writes web/src/gql; a test fails while it is stale or a document
 * no longer validates.
 */
const config: CodegenConfig = {
  schema: "web/schema.graphql",
  documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string", DateTime: "string" } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
