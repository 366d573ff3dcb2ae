import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** What the first page load downloads before anything shows. */
const INITIAL_JS_AIM_KB = 300;

/**
 * Prints the initial JavaScript's gzipped size — the entry chunk and every
 * chunk it imports statically; views loaded on demand are not counted — and
 * records it in dist/build-report.json for the benchmark.
 */
function initialJavaScriptReport(): Plugin {
  return {
    name: "initial-javascript-report",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      const gzipped = [...initial].reduce((sum, fileName) => sum + gzipSync(byName.get(fileName)!.code).length, 0);
      const kb = Math.round(gzipped / 1024);
      this.emitFile({
        type: "asset",
        fileName: "build-report.json",
        source: JSON.stringify({ initialJavaScriptGzipBytes: gzipped, initialChunks: [...initial] }, null, 2),
      });
      console.log(`\nInitial JavaScript: ${kb} KB gzipped in ${initial.size} file(s) (aim: at most ${INITIAL_JS_AIM_KB} KB)`);
    },
  };
}

// The web app, built into web/dist and served by the gateway at "/" (same origin as /graphql).
export default defineConfig({
  plugins: [react(), initialJavaScriptReport()],
  build: { outDir: "dist", emptyOutDir: true, reportCompressedSize: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/graphql": "http://localhost:4000", "/auth": "http://localhost:4000" } },
});
