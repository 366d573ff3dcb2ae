import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app, built into web/dist and served by the gateway at "/" (same origin as /graphql).
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, reportCompressedSize: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/graphql": "http://localhost:4000", "/auth": "http://localhost:4000" } },
});
