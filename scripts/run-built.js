#!/usr/bin/env node
// Runs one of the hub's commands from its build (dist/scripts/<name>.js), building first only when
// a TypeScript source is newer than that build, so `npm run token` and friends do not recompile every time.
// Only .ts files are compiled into dist: a data file the commands write among the sources (gateway/openapi.json,
// the trusted documents' manifest) leaves the build as it was, so writing one does not make the next command rebuild.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const SOURCES = ["gateway", "subgraphs", "shared", "scripts", "bench"];
const CONFIGURATION = ["tsconfig.json", "tsconfig.build.json", "package.json"];

function newest(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return target.endsWith(".ts") ? stat.mtimeMs : 0;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newest(path.join(target, entry))));
}

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error("usage: node scripts/run-built.js COMMAND [ARGUMENTS…]");
  process.exit(2);
}
const built = path.join(root, "dist", "scripts", `${name}.js`);
const sourceTime = Math.max(
  ...SOURCES.map((folder) => newest(path.join(root, folder))),
  ...CONFIGURATION.map((file) => newest(path.join(root, file))),
);
const builtTime = fs.statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (builtTime < sourceTime) {
  console.error("Building the hub (sources changed since the last build)…");
  const build = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(root, "tsconfig.build.json")],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!fs.existsSync(built)) {
  console.error(`There is no command "${name}".`);
  process.exit(2);
}
process.argv = [process.argv[0], built, ...args];
require(built);
