import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Plugin } from "vite";
import { routeLoads, type FileSize, type ViteManifest } from "./route-loads";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The built files that are text, and so worth sending compressed. */
export const COMPRESSIBLE = /\.(js|css|html|svg)$/;

/**
 * Writes beside every text file of the build its brotli (`.br`, best
 * quality) and gzip (`.gz`, best level) copy, which the gateway serves to
 * clients that accept them (gateway/web-app.ts): compressed once here,
 * never per request. A copy no smaller than its original is not written.
 * Returns each file's size as sent.
 */
async function precompress(directory: string): Promise<Map<string, FileSize>> {
  const sizes = new Map<string, FileSize>();
  const files = fs.readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((file) => COMPRESSIBLE.test(file));
  await Promise.all(
    files.map(async (file) => {
      const original = await fs.promises.readFile(path.join(directory, file));
      const [br, gz] = await Promise.all([
        brotli(original, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length,
          },
        }),
        gzip(original, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < original.length) await fs.promises.writeFile(path.join(directory, `${file}.br`), br);
      if (gz.length < original.length) await fs.promises.writeFile(path.join(directory, `${file}.gz`), gz);
      sizes.set(file.split(path.sep).join("/"), {
        brotli: Math.min(br.length, original.length),
        gzip: Math.min(gz.length, original.length),
      });
    }),
  );
  return sizes;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * After the build is written: compresses its text files, then sizes what
 * each address of the app downloads on a first visit (web/route-loads.ts),
 * prints it, records it in dist/build-report.json for the benchmark and the
 * tests, and fails the build when an address goes over its budget.
 */
export function compressAndBudget(): Plugin {
  const packages = new Map<string, string[]>();
  return {
    name: "compress-and-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        const names = Object.keys(chunk.modules).flatMap((id) => /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1] ?? []);
        packages.set(chunk.fileName, [...new Set(names)].sort());
      }
    },
    writeBundle: {
      order: "post",
      sequential: true,
      async handler(options) {
        const directory = options.dir!;
        const sizes = await precompress(directory);
        const manifest = JSON.parse(fs.readFileSync(path.join(directory, ".vite", "manifest.json"), "utf8")) as ViteManifest;
        const routes = routeLoads(
          manifest,
          (file) => {
            const size = sizes.get(file);
            if (!size) throw new Error(`the build wrote no ${file}`);
            return size;
          },
          (file) => packages.get(file) ?? [],
        );
        fs.writeFileSync(path.join(directory, "build-report.json"), `${JSON.stringify({ routes }, null, 2)}\n`);
        const widest = Math.max(...routes.map((r) => r.path.length));
        const lines = routes.map(
          (r) =>
            `  ${r.path.padEnd(widest)}  ${kb(r.gzipBytes).padStart(6)} of ${kb(r.budgetKb * 1024).padStart(6)}` +
            `  (JavaScript ${kb(r.javaScript.gzip)}, CSS ${kb(r.css.gzip)}; brotli ${kb(r.javaScript.brotli + r.css.brotli)})` +
            (r.overBudget ? "  OVER BUDGET" : ""),
        );
        console.log(`\nWhat each address downloads first, gzipped, against its budget:\n${lines.join("\n")}`);
        const over = routes.filter((r) => r.overBudget);
        if (over.length > 0)
          this.error(
            `over budget: ${over.map((r) => `${r.path} loads ${kb(r.gzipBytes)} gzipped (budget ${r.budgetKb} KB)`).join("; ")}. ` +
              "Load what only some views need on demand (import()), or raise the budget in web/route-loads.ts knowingly.",
          );
      },
    },
  };
}
