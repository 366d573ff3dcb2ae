import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { isProduction } from "../shared/core/config";

// Packages' "exports" hide their UMD builds from require.resolve; find them beside package.json.
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/**
 * The IDE's files, served from installed packages so it works with no
 * internet access. A Map, not an object: a request for `/ide/constructor`
 * must find nothing, not Object's prototype.
 */
const ASSETS = new Map<string, string>([
  ["react.production.min.js", packageFile("react", "umd/react.production.min.js")],
  ["react-dom.production.min.js", packageFile("react-dom", "umd/react-dom.production.min.js")],
  ["graphiql.min.js", packageFile("graphiql", "graphiql.min.js")],
  ["graphiql.min.css", packageFile("graphiql", "graphiql.min.css")],
]);

export const IDE_ASSETS_PATH = "/ide";

const EXAMPLE = `# The information department's dossier for Gia Lai's 2019 plan.
# Plans are INTERNAL: without a token you see PUBLIC records only. Make one with
#   npm run --silent token -- --province VN-30 --agency STTTT --role coordinator
# and add it under Headers: { "Authorization": "Bearer <token>" }
query PlanDossier($provinceCode: String! = "VN-30", $year: Int! = 2019) {
  plans(provinceCode: $provinceCode, year: $year) {
    title
    tasks(scope: TOP_LEVEL) {
      ordinal
      title
      status
      leads { code name }
      tradeEvents { name startsOn }
      outreachSessions { topic heldOn attendees }
    }
  }
}
`;

/** Starts GraphiQL: a file of its own, since the Content-Security-Policy allows no inline script. */
const START_SCRIPT = `const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)} }));
`;

/**
 * GraphiQL is for developers: on by default in development, off in
 * production unless HUB_GRAPHIQL=on.
 */
export function graphiqlEnabled(): boolean {
  const setting = process.env.HUB_GRAPHIQL;
  if (setting === undefined || setting === "") return !isProduction();
  if (setting === "on" || setting === "off") return setting === "on";
  throw new Error(`HUB_GRAPHIQL must be "on" or "off", got "${setting}"`);
}

/** Serves the IDE's static files under `/ide/`. */
export function serveIdeAssets(app: express.Express): void {
  app.get(`${IDE_ASSETS_PATH}/start.js`, (_req, res) => {
    res.type("text/javascript").send(START_SCRIPT);
  });
  app.get(`${IDE_ASSETS_PATH}/:file`, (req, res, next) => {
    const file = ASSETS.get(req.params.file);
    if (file) res.sendFile(file, { maxAge: "1d" });
    else next(); // the JSON 404
  });
}

/** Apollo Server landing page: GraphiQL from local files instead of a CDN. */
export function offlineGraphiQL(): ApolloServerPlugin {
  const html = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <title>Provincial agency federation hub — GraphiQL</title>
  <link rel="stylesheet" href="${IDE_ASSETS_PATH}/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${IDE_ASSETS_PATH}/react.production.min.js"></script>
  <script src="${IDE_ASSETS_PATH}/react-dom.production.min.js"></script>
  <script src="${IDE_ASSETS_PATH}/graphiql.min.js"></script>
  <script src="${IDE_ASSETS_PATH}/start.js"></script>
</body>
</html>`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
