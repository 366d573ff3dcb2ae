// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import { openExport } from "../shared/records/state-secrets";

/**
 * `HUB_SECRET_EXPORT_PASSPHRASE=… npm run --silent secrets:open -- FILE`: the
 * holding agency opens a state-secret export on its independent LAN and gets
 * its records and audit states as JSON on standard output.
 */
try {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error("usage: HUB_SECRET_EXPORT_PASSPHRASE=… npm run --silent secrets:open -- FILE");
  process.stdout.write(
    `${JSON.stringify(openExport(fs.readFileSync(file, "utf8"), process.env.HUB_SECRET_EXPORT_PASSPHRASE ?? ""), null, 2)}\n`,
  );
} catch (error) {
  console.error(`Cannot open the export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
