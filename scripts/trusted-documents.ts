// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import path from "node:path";
import { MANIFEST_FILE, sha256, type TrustedDocument } from "../gateway/trusted-documents";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { contractOperations, documentName } from "./schema-check";

/**
 * `npm run codegen` ends here: it writes the gateway's trusted-documents
 * manifest from the web app's persisted documents (graphql-codegen's
 * `persisted-documents.json`), the public contract's operations and the
 * operations departments registered for their own clients
 * (`gateway/trusted-documents/clients/<client>/*.graphql`). With `--check` it
 * only says whether the committed manifest is current.
 */

export const WEB_APP_DOCUMENTS = path.join(REPOSITORY_ROOT, "web/src/gql/persisted-documents.json");
export const REGISTERED_CLIENTS = path.join(REPOSITORY_ROOT, "gateway/trusted-documents/clients");
const CONTRACT_OPERATIONS = path.join(REPOSITORY_ROOT, "test/contract/operations");

/** A registered client's documents: one folder per client, one `.graphql` file per operation. */
function registeredDocuments(directory: string): TrustedDocument[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((client) =>
      fs
        .readdirSync(path.join(directory, client.name))
        .filter((file) => file.endsWith(".graphql"))
        .map((file) => {
          const body = fs.readFileSync(path.join(directory, client.name, file), "utf8");
          return { id: sha256(body), client: client.name, name: documentName(body), body };
        }),
    );
}

export function buildTrustedManifest(
  sources: { webAppDocuments?: string; contractOperations?: string; registeredClients?: string } = {},
): TrustedDocument[] {
  const web = JSON.parse(fs.readFileSync(sources.webAppDocuments ?? WEB_APP_DOCUMENTS, "utf8")) as Record<string, string>;
  const documents: TrustedDocument[] = [
    ...Object.entries(web).map(([id, body]) => ({ id, client: "web app", name: documentName(body), body })),
    ...contractOperations([sources.contractOperations ?? CONTRACT_OPERATIONS]).map(({ client, name, body }) => ({
      id: sha256(body),
      client,
      name,
      body,
    })),
    ...registeredDocuments(sources.registeredClients ?? REGISTERED_CLIENTS),
  ];
  const unique = new Map(documents.map((document) => [document.id, document]));
  return [...unique.values()].sort((a, b) => a.client.localeCompare(b.client) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function manifestText(documents: TrustedDocument[]): string {
  const note = "Written by npm run codegen (scripts/trusted-documents.ts); in production the gateway runs only these documents.";
  return `${JSON.stringify({ note, documents }, null, 2)}\n`;
}

function main(): void {
  const text = manifestText(buildTrustedManifest());
  const relative = path.relative(REPOSITORY_ROOT, MANIFEST_FILE);
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(MANIFEST_FILE) ? fs.readFileSync(MANIFEST_FILE, "utf8") : "";
    if (current !== text) {
      console.error(`${relative} is stale: run npm run codegen and commit it.`);
      process.exitCode = 1;
    } else console.log(`${relative} is current.`);
    return;
  }
  fs.mkdirSync(path.dirname(MANIFEST_FILE), { recursive: true });
  fs.writeFileSync(MANIFEST_FILE, text);
  console.log(`Wrote ${relative}: ${JSON.parse(text).documents.length} trusted documents.`);
}

// run as a command (directly, or through scripts/run-built.js, which names this file in argv); not when a test imports it
if (require.main === module || path.resolve(process.argv[1] ?? "") === __filename) main();
