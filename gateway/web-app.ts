import fs from "node:fs";
import path from "node:path";
import express from "express";
import { REPOSITORY_ROOT } from "../shared/core/config";

/** Where `npm run build` puts the web app. */
export const WEB_APP_DIRECTORY = path.join(REPOSITORY_ROOT, "web", "dist");

/** Paths that are the hub's own, never the web app's. */
const HUB_PATHS = /^\/(graphql|ide|health|metrics|auth)(\/|$)/;

/** The compressed copies the build writes beside each text file (web/precompress.ts), in the order the hub prefers them. */
const ENCODINGS = [
  { name: "br", extension: ".br" },
  { name: "gzip", extension: ".gz" },
] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Each built file that has compressed copies, by its address ("/assets/index-abc.js"), with the encodings it has. */
export function precompressedFiles(directory: string): Map<string, Set<string>> {
  const files = new Map<string, Set<string>>();
  for (const relative of fs.readdirSync(directory, { recursive: true, encoding: "utf8" })) {
    const encoding = ENCODINGS.find((e) => relative.endsWith(e.extension));
    if (!encoding) continue;
    const original = relative.slice(0, -encoding.extension.length);
    if (!fs.existsSync(path.join(directory, original))) continue;
    const address = `/${original.split(path.sep).join("/")}`;
    files.set(address, (files.get(address) ?? new Set()).add(encoding.name));
  }
  return files;
}

/**
 * The best compressed copy of `address` the client accepts, if the build wrote one; says
 * in any case that the answer depends on Accept-Encoding when there are copies to choose from.
 */
function chooseEncoding(
  files: Map<string, Set<string>>,
  address: string,
  req: express.Request,
  res: express.Response,
): Encoding | undefined {
  const available = files.get(address);
  if (!available) return undefined;
  res.vary("Accept-Encoding");
  return ENCODINGS.find((e) => available.has(e.name) && req.acceptsEncodings(e.name) === e.name);
}

/**
 * Answers a request for a built file with its brotli or gzip copy when the
 * client accepts one: the copy is served by the static handlers that follow
 * (same caching, ETag and ranges), with the original's Content-Type and the
 * Content-Encoding of the copy. The hub's own compression (gateway/compression.ts)
 * leaves an answer that already has a Content-Encoding alone.
 */
function servePrecompressed(files: Map<string, Set<string>>): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const encoding = chooseEncoding(files, req.path, req, res);
    if (!encoding) return next();
    res.setHeader("Content-Encoding", encoding.name);
    res.type(path.extname(req.path));
    req.url = `${req.path}${encoding.extension}${req.url.slice(req.path.length)}`;
    next();
  };
}

/** What the build recorded of each address's first load (web/route-loads.ts, in web/dist/build-report.json). */
interface BuiltRoute {
  path: string;
  files: string[];
}

/** Matches an address against one of App.tsx's route patterns ("/provinces/:provinceCode/:year"). */
function routePattern(pattern: string): RegExp {
  const segments = pattern
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${segments.join("/")}/?$`);
}

/**
 * The app's page for each address it routes, naming in modulepreload links
 * the chunks of the address's view, which the browser would otherwise ask for
 * only once the entry chunk had arrived and run: on a slow connection they
 * then come alongside the entry chunk, not a round trip and a script's run
 * after it. Read once from the build report; an address no route matches
 * (or a build without a report) gets the page as built.
 */
function pagesByAddress(directory: string, page: string): (address: string) => string | undefined {
  const report = path.join(directory, "build-report.json");
  if (!fs.existsSync(report)) return () => undefined;
  const { routes } = JSON.parse(fs.readFileSync(report, "utf8")) as { routes: BuiltRoute[] };
  const html = fs.readFileSync(page, "utf8");
  const pages = routes
    .filter((route) => route.path !== "*")
    .map((route) => {
      const links = route.files
        .filter((file) => file.endsWith(".js") && !html.includes(`/${file}"`))
        .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
        .join("");
      const staticSegments = route.path.split("/").filter((segment) => segment && !segment.startsWith(":")).length;
      return { pattern: routePattern(route.path), staticSegments, html: html.replace("  </head>", `${links}  </head>`) };
    })
    // An address both "/plans/import" and "/plans/:provinceCode/:year" could match is the more specific one's, as in React Router.
    .sort((a, b) => b.staticSegments - a.staticSegments);
  return (address) => pages.find((p) => p.pattern.test(address))?.html;
}

/**
 * Serves the built web app at "/", from the same origin as /graphql: its
 * files, and its page for every other address a browser asks for (the app's
 * views have addresses of their own, to bookmark and share). Hashed assets
 * are cached for a year and never revalidated; the page itself always is.
 */
export function serveWebApp(app: express.Express): void {
  const page = path.join(WEB_APP_DIRECTORY, "index.html");
  if (!fs.existsSync(page)) return; // not built (a subgraph-only deployment): nothing is served at "/"
  const files = precompressedFiles(WEB_APP_DIRECTORY);
  const pageFor = pagesByAddress(WEB_APP_DIRECTORY, page);
  app.use(servePrecompressed(files));
  app.use("/assets", express.static(path.join(WEB_APP_DIRECTORY, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }));
  app.use(express.static(WEB_APP_DIRECTORY, { index: false, maxAge: "1h" }));
  app.use((req, res, next) => {
    // A browser (asking for HTML first) gets the app, which shows its own views; any other client the JSON 404.
    const wantsPage = req.accepts(["application/json", "text/html"]) === "text/html";
    if ((req.method !== "GET" && req.method !== "HEAD") || HUB_PATHS.test(req.path) || !wantsPage) return next();
    res.set("cache-control", "no-cache");
    // A routed address's page, a kilobyte or two, is compressed as it is sent (gateway/compression.ts).
    const routed = pageFor(req.path);
    if (routed) return res.type("html").send(routed);
    const encoding = chooseEncoding(files, "/index.html", req, res);
    if (!encoding) return res.sendFile(page);
    res.set("content-encoding", encoding.name).type("html").sendFile(`${page}${encoding.extension}`);
  });
}
