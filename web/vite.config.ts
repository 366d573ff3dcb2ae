import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compressAndBudget } from "./build-steps";

// The web app, built into web/dist and served by the gateway at "/" (same origin as /graphql).
// The manifest tells which chunks each view loads: the build sizes every address against its budget (web/route-loads.ts).
export default defineConfig({
  plugins: [react(), compressAndBudget()],
  build: { outDir: "dist", emptyOutDir: true, manifest: true, reportCompressedSize: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/graphql": "http://localhost:4000", "/auth": "http://localhost:4000" } },
});
