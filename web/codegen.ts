import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

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
      // Each document also gets its SHA-256 id (web/src/gql/persisted-documents.json): the web app sends the id, and
      // the gateway's trusted-documents manifest (gateway/trusted-documents/) is built from these.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      // urql's document cache reads each answer's __typename to know what a change makes stale; the gateway runs the
      // stored text, so the stored text must ask for it.
      documentTransforms: [addTypenameSelectionDocumentTransform],
    },
  },
};

export default config;
