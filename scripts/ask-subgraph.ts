import { parseArgs } from "node:util";
import { ANONYMOUS, CLEARANCES, ROLES, viewerFromClaims, type Viewer } from "../shared/auth/identity";
import { createIdentitySigner, IDENTITY_HEADER } from "../shared/auth/internal-identity";
import { isProduction, subgraphUrl, type SubgraphName } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";

/**
 * `npm run --silent subgraph:query -- trade '{ products { name } }' [--province VN-30 --agency SCT --role editor]`
 * sends one query straight to a subgraph running alone, with the identity
 * the gateway would forward (signed with the development key, for this very
 * body), and prints the answer. Development only: in production only the
 * gateway holds the key that speaks for a user.
 */
const USAGE = `usage: npm run --silent subgraph:query -- SUBGRAPH QUERY [--variables JSON] [--province VN-30 --agency STTTT --role ${ROLES.join("|")} --clearance ${CLEARANCES.join("|")}] [--url URL]
  SUBGRAPH: ${DEPARTMENTS.map((s) => (s.folder === s.name ? s.name : `${s.name} (or ${s.folder})`)).join(", ")}; without --province and --agency the query is asked anonymously.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  if (isProduction()) fail("subgraph:query is for development: in production only the gateway may speak to a subgraph.");
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      variables: { type: "string", default: "{}" },
      province: { type: "string" },
      agency: { type: "string" },
      role: { type: "string", default: "viewer" },
      clearance: { type: "string", default: "INTERNAL" },
      user: { type: "string" },
      url: { type: "string" },
    },
  });
  const [which, query] = positionals;
  const subgraph = DEPARTMENTS.find((s) => s.name === which || s.folder === which);
  if (!subgraph || !query) fail(USAGE);
  let variables: unknown;
  try {
    variables = JSON.parse(values.variables);
  } catch {
    fail(`--variables must be JSON, got ${values.variables}`);
  }
  let viewer: Viewer = ANONYMOUS;
  if (values.province || values.agency) {
    const official = viewerFromClaims({
      sub: values.user ?? `${values.agency?.toLowerCase()}.${values.role}@${values.province}`,
      province: values.province,
      agency: values.agency,
      role: values.role,
      clearance: values.clearance,
    });
    if (!official) fail(USAGE);
    viewer = official;
  }
  const body = JSON.stringify({ query, variables });
  const signer = await createIdentitySigner();
  const url = values.url ?? subgraphUrl(subgraph.name as SubgraphName);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: await signer(viewer, subgraph.name, "subgraph-query", body) },
    body,
  }).catch(() => fail(`Nothing answers at ${url}: start the subgraph first (node dist/subgraphs/${subgraph.folder}/main.js).`));
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  process.exitCode = response.ok ? 0 : 1;
}

void main();
