import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The second pass of `npm test`: the whole jest suite again, on the
 * MySQL-compatible server at HUB_TEST_MYSQL_URL. Without that server it says
 * clearly that the pass is skipped; in CI (CI=true) a missing server is an error.
 */
const root = path.resolve(__dirname, "../..");

if (!process.env.HUB_TEST_MYSQL_URL) {
  const how = 'start one with: eval "$(bash scripts/test-mariadb.sh)"';
  if (process.env.CI === "true") {
    console.error(`The MySQL pass cannot run: HUB_TEST_MYSQL_URL is not set (${how}). CI must test on MySQL.`);
    process.exit(1);
  }
  console.log(`\nMySQL pass SKIPPED: no MySQL server configured (HUB_TEST_MYSQL_URL is not set); ${how}.\n`);
  process.exit(0);
}

console.log("\nMySQL pass: the whole suite again on the server at HUB_TEST_MYSQL_URL.\n");
// files whose every test is for the first pass only are not loaded (scripts/mysql-pass-filter.ts); named alone, they leave nothing to run
const filter = ["--filter", path.join(__dirname, "mysql-pass-filter.js"), "--passWithNoTests"];
const jest = spawnSync(process.execPath, [path.join(root, "node_modules/jest/bin/jest.js"), ...filter, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, HUB_TEST_DATABASE: "mysql" },
});
process.exit(jest.status ?? 1);
