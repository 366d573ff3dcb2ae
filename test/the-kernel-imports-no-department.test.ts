import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";

const run = promisify(execFile);

/** Every TypeScript file under `folder`. */
function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/**
 * Starts one department's subgraph alone in a process of its own, from the
 * build, on a temporary embedded database, and reports which of the
 * departments' modules that process loaded and which departments it knows.
 */
async function alone(folder: string, name: string, others: string[]): Promise<{ loaded: string[]; knows: string[]; refuses: string[] }> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "hub-alone-"));
  const script = `
    require("reflect-metadata");
    const path = require("node:path");
    const definition = require("./dist/subgraphs/${folder}").default;
    const { startSubgraph } = require("./dist/shared/federation/subgraph-server");
    const { registeredDepartment } = require("./dist/shared/core/departments");
    startSubgraph(definition, { port: 0, database: { file: path.join(${JSON.stringify(data)}, "alone.sqlite") } }).then(async (running) => {
      const loaded = Object.keys(require.cache).filter((p) => p.includes("/dist/subgraphs/")).map((p) => p.split("/dist/subgraphs/")[1]);
      const known = (n) => { try { registeredDepartment(n); return true; } catch { return false; } };
      const names = ${JSON.stringify([name, ...others])};
      console.log(JSON.stringify({ loaded, knows: names.filter(known), refuses: names.filter((n) => !known(n)) }));
      await running.stop();
      process.exit(0);
    });`;
  try {
    const { stdout } = await run(process.execPath, ["-e", script], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, HUB_LOG_LEVEL: "silent" },
    });
    return JSON.parse(stdout.trim().split("\n").pop()!);
  } finally {
    fs.rmSync(data, { recursive: true, force: true });
  }
}

describeWithoutDatabase("the kernel imports no department: each process is configured from outside", () => {
  it("no file under shared/ imports anything from subgraphs/", () => {
    const offenders: string[] = [];
    for (const file of sources(path.join(REPOSITORY_ROOT, "shared"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const [, specifier] of text.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)) {
        if (!specifier.startsWith(".")) continue;
        const target = path.relative(REPOSITORY_ROOT, path.resolve(path.dirname(file), specifier));
        if (target === "subgraphs" || target.startsWith(`subgraphs${path.sep}`))
          offenders.push(`${path.relative(REPOSITORY_ROOT, file)} → ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("a department deployed alone loads only its own code and knows only itself", async () => {
    const trade = await alone("trade", "trade", ["plans", "tourism", "foreignAffairs", "borderSecurity"]);
    expect(trade.loaded.length).toBeGreaterThan(5);
    expect(trade.loaded.filter((module) => !module.startsWith("trade/"))).toEqual([]);
    expect(trade.knows).toEqual(["trade"]);
    expect(trade.refuses).toEqual(["plans", "tourism", "foreignAffairs", "borderSecurity"]);

    // the plans department's directory records every department's function: it reads their manifests (data), never their code
    const plans = await alone("plans", "plans", ["trade", "tourism", "foreignAffairs", "borderSecurity"]);
    const foreign = plans.loaded.filter((module) => !module.startsWith("plans/"));
    expect(foreign.filter((module) => module !== "manifests.js" && !/^[a-z-]+\/department\.js$/.test(module))).toEqual([]);
    expect(plans.knows).toEqual(["plans"]);
  }, 60_000);
});
