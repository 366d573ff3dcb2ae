import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { WEB_APP_DIRECTORY } from "../gateway/web-app";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { ROUTES, routeLoads, type FileSize, type RouteLoad, type ViteManifest } from "../web/route-loads";
import { describeWithoutDatabase } from "./support/database-free";

/** A built file's size as the gateway sends it: its .gz / .br copy, or itself when the build wrote none (no smaller). */
function sentSize(file: string): FileSize {
  const original = path.join(WEB_APP_DIRECTORY, file);
  const size = (copy: string) => (fs.existsSync(copy) ? fs.statSync(copy).size : fs.statSync(original).size);
  return { gzip: size(`${original}.gz`), brotli: size(`${original}.br`) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describeWithoutDatabase("every address of the web app loads within its budget", () => {
  let loads: RouteLoad[];
  let report: { routes: RouteLoad[] };
  beforeAll(() => {
    const manifestFile = path.join(WEB_APP_DIRECTORY, ".vite", "manifest.json");
    if (!fs.existsSync(manifestFile)) throw new Error("the web app is not built: run npm run build (npm test does) before this test");
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as ViteManifest;
    loads = routeLoads(manifest, sentSize);
    report = JSON.parse(fs.readFileSync(path.join(WEB_APP_DIRECTORY, "build-report.json"), "utf8")) as { routes: RouteLoad[] };
  });

  it("has a budget for every address App.tsx routes, with the view that address loads", () => {
    const app = fs.readFileSync(path.join(REPOSITORY_ROOT, "web/src/App.tsx"), "utf8");
    const views = new Map(
      [...app.matchAll(/const (\w+) = view\(\(\) => import\("\.\/(pages\/\w+)"\)/g)].map((m) => [m[1], `src/${m[2]}.tsx`]),
    );
    const routed = [...app.matchAll(/<Route path="([^"]+)" element=\{<(\w+) \/>\}/g)].map((m) => ({ path: m[1], view: views.get(m[2]) }));
    expect(routed.length).toBeGreaterThan(10);
    expect(ROUTES.map((r) => ({ path: r.path, view: r.view }))).toEqual(routed);
  });

  it.each(ROUTES.map((r) => [r.path, r.budgetKb] as const))(
    "%s loads at most %d KB of JavaScript and CSS, gzipped, before it shows",
    (routePath, budgetKb) => {
      const load = loads.find((l) => l.path === routePath)!;
      const detail = `${routePath}: ${kb(load.gzipBytes)} (JavaScript ${kb(load.javaScript.gzip)}, CSS ${kb(load.css.gzip)}) in ${load.files.join(", ")}`;
      expect({ detail, withinBudget: load.gzipBytes <= budgetKb * 1024 }).toEqual({ detail, withinBudget: true });
      // The entry chunk alone is not the whole load: a view adds its own chunk and what that imports.
      if (load.view) expect(load.files.length).toBeGreaterThan(loads.find((l) => l.path === "*")!.files.length);
    },
  );

  it("keeps the heavy libraries behind the views that use them", () => {
    const byPath = new Map(report.routes.map((r) => [r.path, r]));
    for (const route of report.routes) {
      // ECharts (and its renderer, zrender) is the province dashboard's chart alone.
      const charts = route.view === "src/pages/ProvinceDashboard.tsx";
      expect({ path: route.path, echarts: route.packages.includes("echarts"), zrender: route.packages.includes("zrender") }).toEqual({
        path: route.path,
        echarts: charts,
        zrender: charts,
      });
      // The spreadsheet library is loaded when an export is asked for, by no address on arrival; sign-in's OIDC client likewise.
      expect({ path: route.path, exceljs: route.packages.includes("exceljs") }).toEqual({ path: route.path, exceljs: false });
      expect({ path: route.path, oidc: route.packages.includes("oidc-client-ts") }).toEqual({ path: route.path, oidc: false });
    }
    // The report does know what is bundled where: every address carries React and Ant Design.
    expect(byPath.get("*")!.packages).toEqual(expect.arrayContaining(["react-dom", "antd"]));
  });

  it("is what the build measured and recorded for the benchmark", () => {
    expect(report.routes.map((r) => [r.path, r.files, r.gzipBytes, r.overBudget])).toEqual(
      loads.map((l) => [l.path, l.files, l.gzipBytes, false]),
    );
  });

  it("has a brotli and a gzip copy, smaller than itself, of every JavaScript, CSS, HTML and SVG file the build wrote", () => {
    const missing: string[] = [];
    for (const file of fs.readdirSync(WEB_APP_DIRECTORY, { recursive: true, encoding: "utf8" })) {
      if (!/\.(js|css|html|svg)$/.test(file)) continue;
      const size = fs.statSync(path.join(WEB_APP_DIRECTORY, file)).size;
      for (const copy of [`${file}.br`, `${file}.gz`]) {
        const copyPath = path.join(WEB_APP_DIRECTORY, copy);
        // A copy is left out only when it would be no smaller (a file of a few bytes).
        if (!fs.existsSync(copyPath)) {
          if (size > 200) missing.push(copy);
          continue;
        }
        expect(fs.statSync(copyPath).size).toBeLessThan(size);
      }
    }
    expect(missing).toEqual([]);
    const entry = path.join(WEB_APP_DIRECTORY, loads.find((l) => l.path === "*")!.files[1]);
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${entry}.br`)).equals(fs.readFileSync(entry))).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(`${entry}.gz`)).equals(fs.readFileSync(entry))).toBe(true);
  });
});
