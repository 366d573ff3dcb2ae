import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A temporary folder for a test's files, removed by `cleanup`. It is made
 * when first used, not when asked for: a suite skipped on this pass runs no
 * afterAll, so one made as the suite is declared would be left behind.
 */
export function temporaryDataDirectory(prefix: string): { readonly directory: string; cleanup(): void } {
  let made: string | undefined;
  return {
    get directory() {
      return (made ??= fs.mkdtempSync(path.join(os.tmpdir(), `hub-${prefix}-`)));
    },
    cleanup() {
      if (made) fs.rmSync(made, { recursive: true, force: true });
    },
  };
}
