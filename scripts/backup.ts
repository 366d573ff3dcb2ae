import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseUrl, databaseUrlVariable, REPOSITORY_ROOT } from "../shared/core/config";
import { backupDepartment, backupKeys } from "../shared/federation/backup";
import { configuredDatabase } from "../shared/federation/subgraph-server";
import { chosenDepartments } from "./chosen-departments";

/**
 * `npm run backup [-- --dir DIR] [DEPARTMENT …]`: a consistent, encrypted,
 * checksummed backup of each configured department's database (all of them
 * by default) into DIR (HUB_BACKUP_DIR, else ./backups), and the erasure
 * ledger beside them updated. Exits 1 when any department could not be
 * backed up; the others are still done.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { dir: { type: "string" } }, allowPositionals: true });
  const keys = backupKeys();
  const directory = path.resolve(values.dir ?? process.env.HUB_BACKUP_DIR ?? path.join(REPOSITORY_ROOT, "backups"));
  const departments = chosenDepartments(positionals);
  console.log(`Backing up ${departments.length} department(s) into ${directory}`);
  let failed = 0;
  for (const definition of departments) {
    const where = databaseUrl(definition.name) ? databaseUrlVariable(definition.name) : "embedded database";
    console.log(`${definition.name} (${where}):`);
    try {
      const result = await backupDepartment(definition, configuredDatabase(definition.name), {
        directory,
        keys,
        progress: (message) => console.log(`  ${message}`),
      });
      const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
      console.log(
        `  ${Object.keys(result.tables).length} tables, ${rows} rows → ${path.basename(result.file)} (${(result.bytes / 1024).toFixed(0)} KiB, sha256 ${result.sha256.slice(0, 16)}…)`,
      );
      if (result.newlyErased)
        console.log(`  erasure ledger: ${result.newlyErased} content key(s) destroyed since the last backup, kept destroyed on restore`);
    } catch (error) {
      failed += 1;
      console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
});
