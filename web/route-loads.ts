/**
 * What each of the web app's addresses makes a browser download on a first
 * visit, and how much it may: the page, the entry chunk and every chunk it
 * imports statically, and the address's view (a chunk loaded on demand) with
 * every chunk that one imports statically, and the CSS of them all. Fonts are
 * not counted (the browser fetches only the subsets a page's text needs), nor
 * chunks a view loads only when asked (the spreadsheet export).
 *
 * Read from the build's manifest (web/dist/.vite/manifest.json) by the build,
 * which fails over a budget and writes web/dist/build-report.json, and by the
 * budget test (test/every-address-of-the-web-app-loads-within-its-budget.test.ts).
 */

export interface Route {
  /** The address as App.tsx routes it. */
  path: string;
  /** The view's module as the manifest names it; none for a view inside the entry chunk. */
  view?: string;
  /** Most the address may download before it shows, JavaScript and CSS gzipped, in KB of 1,024 bytes. */
  budgetKb: number;
}

/**
 * Every address App.tsx routes, with room for a sixth department's record
 * forms (test/add-a-department.test.ts). The budgets keep each one loadable on a slow
 * connection (Fast 3G moves about 200 KB a second): Ant Design, React and the
 * router come first on every address (about 220 KB), a table view adds Ant
 * Design's table and form controls, and the province dashboard its chart
 * (ECharts, about 150 KB, loaded by no other address).
 */
export const ROUTES: Route[] = [
  { path: "/", view: "src/pages/Home.tsx", budgetKb: 420 },
  { path: "/sign-in", view: "src/pages/SignIn.tsx", budgetKb: 420 },
  { path: "/signed-in", view: "src/pages/SignIn.tsx", budgetKb: 420 },
  { path: "/overview", view: "src/pages/NationalOverview.tsx", budgetKb: 480 },
  { path: "/overview/:year", view: "src/pages/NationalOverview.tsx", budgetKb: 480 },
  { path: "/provinces/:provinceCode/:year", view: "src/pages/ProvinceDashboard.tsx", budgetKb: 700 },
  { path: "/provinces/:provinceCode/:year/agencies/:code", view: "src/pages/Agency.tsx", budgetKb: 480 },
  { path: "/provinces/:provinceCode/:year/summary", view: "src/pages/Summary.tsx", budgetKb: 330 },
  { path: "/plans/:provinceCode/:year", view: "src/pages/Plan.tsx", budgetKb: 580 },
  { path: "/compliance/:provinceCode/:year", view: "src/pages/Compliance.tsx", budgetKb: 600 },
  { path: "/border-gates/:id", view: "src/pages/BorderGate.tsx", budgetKb: 430 },
  { path: "/countries/:code", view: "src/pages/Country.tsx", budgetKb: 430 },
  { path: "/search", view: "src/pages/Search.tsx", budgetKb: 430 },
  { path: "/public/:provinceCode", view: "src/pages/PublicProvince.tsx", budgetKb: 430 },
  { path: "/records", view: "src/pages/Records.tsx", budgetKb: 560 },
  { path: "/records/:type", view: "src/pages/Records.tsx", budgetKb: 560 },
  { path: "/records/:type/:id", view: "src/pages/Records.tsx", budgetKb: 560 },
  { path: "/records/:type/:id/view", view: "src/pages/Records.tsx", budgetKb: 560 },
  { path: "/plans/import", view: "src/pages/PlanImport.tsx", budgetKb: 580 },
  { path: "/audit", view: "src/pages/Audit.tsx", budgetKb: 560 },
  { path: "/privacy", view: "src/pages/Privacy.tsx", budgetKb: 500 },
  { path: "*", budgetKb: 300 },
];

/** The parts of Vite's build manifest read here. */
export type ViteManifest = Record<
  string,
  { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }
>;

/** A built file's size as sent: gzipped and brotli-compressed (as the copies the build writes beside it). */
export interface FileSize {
  gzip: number;
  brotli: number;
}

export interface RouteLoad extends Route {
  /** Built files (relative to web/dist) the address downloads, page first. */
  files: string[];
  javaScript: FileSize;
  css: FileSize;
  /** The page (index.html). */
  html: FileSize;
  /** JavaScript and CSS gzipped: what the budget counts. */
  gzipBytes: number;
  /** The npm packages bundled in its JavaScript. */
  packages: string[];
  overBudget: boolean;
}

/** Every chunk `key` imports statically, itself included, in the order a browser finds them. */
function staticClosure(manifest: ViteManifest, key: string, found = new Set<string>()): Set<string> {
  if (found.has(key)) return found;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no chunk ${key}`);
  found.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, found);
  return found;
}

/** The entry chunk's key in the manifest (index.html, the page that loads the app). */
export function entryKey(manifest: ViteManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the build manifest, found ${entries.length}`);
  return entries[0];
}

/**
 * What each address downloads, sized by `sizeOf` (a path relative to web/dist), with the
 * npm packages in its JavaScript as `packagesOf` tells them (none when it does not know).
 */
export function routeLoads(
  manifest: ViteManifest,
  sizeOf: (file: string) => FileSize,
  packagesOf: (file: string) => string[] = () => [],
  routes: Route[] = ROUTES,
): RouteLoad[] {
  const entry = entryKey(manifest);
  const views = new Set(manifest[entry].dynamicImports ?? []);
  const sum = (files: string[]): FileSize =>
    files.reduce(
      (total, file) => {
        const size = sizeOf(file);
        return { gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
      },
      { gzip: 0, brotli: 0 },
    );
  return routes.map((route) => {
    if (route.view && !views.has(route.view)) throw new Error(`${route.path}: ${route.view} is not a view the entry chunk loads on demand`);
    const chunks = new Set([...staticClosure(manifest, entry), ...(route.view ? staticClosure(manifest, route.view) : [])]);
    const javaScript = [...chunks].map((key) => manifest[key].file);
    const css = [...new Set([...chunks].flatMap((key) => manifest[key].css ?? []))];
    const load = { javaScript: sum(javaScript), css: sum(css), html: sum(["index.html"]) };
    const gzipBytes = load.javaScript.gzip + load.css.gzip;
    const packages = [...new Set(javaScript.flatMap(packagesOf))].sort();
    return {
      ...route,
      files: ["index.html", ...javaScript, ...css],
      ...load,
      gzipBytes,
      packages,
      overBudget: gzipBytes > route.budgetKb * 1024,
    };
  });
}
