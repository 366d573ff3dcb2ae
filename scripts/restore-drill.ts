import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { backupKeys, drillRestore } from "../shared/federation/backup";
import { chosenDepartments } from "./chosen-departments";

/**
 * `npm run restore:drill [-- --dir DIR] [--scratch-url mysql://…] [DEPARTMENT …]`:
 * the periodic tested restore. Each department's latest backup in DIR
 * (HUB_BACKUP_DIR, else ./backups) is restored into a scratch database — a
 * temporary file, or for a MySQL backup the empty database of --scratch-url
 * (HUB_RESTORE_DRILL_DATABASE_URL) — checked table by table, its audit chain
 * verified, and the scratch emptied. Exits 1 when any department has no
 * backup or its drill fails.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { dir: { type: "string" }, "scratch-url": { type: "string" } },
    allowPositionals: true,
  });
  const keys = backupKeys();
  const directory = path.resolve(values.dir ?? process.env.HUB_BACKUP_DIR ?? path.join(REPOSITORY_ROOT, "backups"));
  const scratchUrl = values["scratch-url"] ?? process.env.HUB_RESTORE_DRILL_DATABASE_URL;
  let failed = 0;
  for (const definition of chosenDepartments(positionals)) {
    try {
      const report = await drillRestore(definition, directory, { keys, scratchUrl, operator: `drill:${os.userInfo().username}` });
      const rows = Object.values(report.tables).reduce((a, b) => a + b, 0);
      const ageHours = (Date.now() - Date.parse(report.createdAt)) / 3_600_000;
      if (!report.audit.intact) throw new Error(`audit chain BROKEN after ${report.audit.entries} entries: ${report.audit.problem}`);
      console.log(
        `${definition.name}: ${path.basename(report.file)} (${ageHours.toFixed(1)} h old) restored and verified: ${rows} rows in ${Object.keys(report.tables).length} tables, audit chain intact (${report.audit.entries} entries), ${report.erasuresReapplied} erasure(s) re-applied`,
      );
    } catch (error) {
      failed += 1;
      console.log(`${definition.name}: DRILL FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`Restore drill failed: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
});
