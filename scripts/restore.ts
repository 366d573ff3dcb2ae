import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DatabaseLocation } from "../shared/database/database";
import { backupKeys, readBackupHeader, restoreBackup } from "../shared/federation/backup";
import { configuredDatabase } from "../shared/federation/subgraph-server";
import { departmentNamed } from "./chosen-departments";

const USAGE = "usage: npm run restore -- FILE [--into mysql://…|FILE.sqlite] [--ledger FILE]";

/**
 * `npm run restore -- FILE`: restores one department's backup into its
 * configured database (or --into another), which must be empty; then checks
 * every table against the backup, re-applies the erasure ledger (beside the
 * backup, or --ledger) and verifies the audit chain. Exits 1 on any failure.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { into: { type: "string" }, ledger: { type: "string" } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error(USAGE);
  const file = path.resolve(positionals[0]);
  const { header } = readBackupHeader(file);
  const definition = departmentNamed(header.department);
  const location: DatabaseLocation = values.into
    ? /^mysql:\/\//.test(values.into)
      ? { url: values.into }
      : { file: path.resolve(values.into) }
    : configuredDatabase(definition.name);
  console.log(`Restoring ${path.basename(file)} (${header.department}, ${header.kind}, made ${header.createdAt})`);
  const report = await restoreBackup(definition, file, location, {
    keys: backupKeys(),
    ledger: values.ledger,
    operator: `cli:${os.userInfo().username}`,
    progress: (message) => console.log(`  ${message}`),
  });
  console.log(`  erasures re-applied: ${report.erasuresReapplied} content key(s), ${report.recordsRemoved} record(s) removed again`);
  if (!report.audit.intact)
    throw new Error(`the audit chain is BROKEN after ${report.audit.entries} good entries: ${report.audit.problem}`);
  console.log(`  audit chain intact, ${report.audit.entries} entries. Restored.`);
}

main().catch((error) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
