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
  app.use(servePrecompressed(files));
  app.use("/assets", express.static(path.join(WEB_APP_DIRECTORY, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }));
  app.use(express.static(WEB_APP_DIRECTORY, { index: false, maxAge: "1h" }));
  app.use((req, res, next) => {
    // A browser (asking for HTML first) gets the app, which shows its own views; any other client the JSON 404.
    const wantsPage = req.accepts(["application/json", "text/html"]) === "text/html";
    if ((req.method !== "GET" && req.method !== "HEAD") || HUB_PATHS.test(req.path) || !wantsPage) return next();
    const encoding = chooseEncoding(files, "/index.html", req, res);
    res.set("cache-control", "no-cache");
    if (!encoding) return res.sendFile(page);
    res.set("content-encoding", encoding.name).type("html").sendFile(`${page}${encoding.extension}`);
  });
}
