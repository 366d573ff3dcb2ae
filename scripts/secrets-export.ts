import "reflect-metadata";
import os from "node:os";
import { parseArgs } from "node:util";
import { openSubgraphDatabase } from "../shared/federation/subgraph-server";
import { exportStateSecrets } from "../shared/records/state-secrets";
import { ALL_SUBGRAPHS } from "../subgraphs";

const USAGE = 'usage: HUB_SECRET_EXPORT_PASSPHRASE=… npm run secrets:export -- FILE --holder "the agency that keeps them" [SUBGRAPH …]';

/**
 * `npm run secrets:export -- FILE --holder "…"`: moves every state secret out
 * of the departments' databases (their SECRET records, and the keys of the
 * SECRET states their audit trails keep sealed) into one file encrypted
 * under HUB_SECRET_EXPORT_PASSPHRASE, for the holding agency's register on
 * its independent LAN (`npm run secrets:open` reads it there). The file is
 * written and read back whole before anything is removed; the removal is
 * one transaction per department, audited, so nothing is lost and every
 * chain still verifies. Then the deployment may run as HUB_SECRET_ZONE=network.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { holder: { type: "string" } }, allowPositionals: true });
  const [file, ...only] = positionals;
  if (!file || !values.holder) throw new Error(USAGE);
  const chosen = ALL_SUBGRAPHS.filter((d) => only.length === 0 || only.includes(d.name));
  const open = await Promise.all(
    chosen.map(async (definition) => ({ subgraph: definition.name, db: (await openSubgraphDatabase(definition)).dataSource })),
  );
  try {
    const summary = await exportStateSecrets(open, {
      file,
      passphrase: process.env.HUB_SECRET_EXPORT_PASSPHRASE ?? "",
      holder: values.holder,
      operator: `cli:${os.userInfo().username}`,
    });
    if (summary.departments.length === 0) console.log("No state secret in the chosen databases: nothing exported.");
    for (const d of summary.departments)
      console.log(`${d.subgraph}: ${d.records} SECRET records and ${d.auditStates} audit states moved to ${file}.`);
    if (summary.departments.length > 0)
      console.log(`Give ${file} and its passphrase to ${values.holder}, separately; it opens with npm run secrets:open.`);
  } finally {
    await Promise.all(open.map(({ db }) => db.destroy()));
  }
}

main().catch((error) => {
  console.error(`State secrets not exported: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
