import fs from "node:fs";
import path from "node:path";
import express from "express";
import { REPOSITORY_ROOT } from "../shared/core/config";

/** Where `npm run build` puts the web app. */
export const WEB_APP_DIRECTORY = path.join(REPOSITORY_ROOT, "web", "dist");

/** Paths that are the hub's own, never the web app's. */
const HUB_PATHS = /^\/(graphql|ide|health|metrics|auth)(\/|$)/;

/**
 * Serves the built web app at "/", from the same origin as /graphql: its
 * files, and its page for every other address a browser asks for (the app's
 * views have addresses of their own, to bookmark and share).
 */
export function serveWebApp(app: express.Express): void {
  const page = path.join(WEB_APP_DIRECTORY, "index.html");
  if (!fs.existsSync(page)) return; // not built (a subgraph-only deployment): nothing is served at "/"
  app.use("/assets", express.static(path.join(WEB_APP_DIRECTORY, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }));
  app.use(express.static(WEB_APP_DIRECTORY, { index: false, maxAge: "1h" }));
  app.use((req, res, next) => {
    // A browser (asking for HTML first) gets the app, which shows its own views; any other client the JSON 404.
    const wantsPage = req.accepts(["application/json", "text/html"]) === "text/html";
    if ((req.method !== "GET" && req.method !== "HEAD") || HUB_PATHS.test(req.path) || !wantsPage) return next();
    res.set("cache-control", "no-cache").sendFile(page);
  });
}
