import { fileURLToPath } from "node:url";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compressAndBudget } from "./build-steps";
import { gqlDocumentPerModule } from "./gql-documents";

/**
 * graphql-codegen's Babel plugin turns each `graphql(`…`)` call into an import of that one
 * document from src/gql/graphql.ts, so the build leaves out the lookup map of every
 * document's text (src/gql/gql.ts) that would otherwise ship to every view.
 */
const gqlDocumentImports = [
  babelOptimizerPlugin,
  { artifactDirectory: fileURLToPath(new URL("./src/gql", import.meta.url)), gqlTagName: "graphql" },
];

// The web app, built into web/dist and served by the gateway at "/" (same origin as /graphql).
// The manifest tells which chunks each view loads: the build sizes every address against its budget (web/route-loads.ts).
export default defineConfig({
  plugins: [
    react({ babel: { plugins: [gqlDocumentImports] } }),
    gqlDocumentPerModule(fileURLToPath(new URL("./src/gql/graphql.ts", import.meta.url))),
    compressAndBudget(),
  ],
  build: { outDir: "dist", emptyOutDir: true, manifest: true, reportCompressedSize: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/graphql": "http://localhost:4000", "/auth": "http://localhost:4000" } },
});
