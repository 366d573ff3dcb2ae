import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { openSubgraphDatabase } from "../shared/federation/subgraph-server";
import { createContext } from "../shared/records/context";
import { plansSubgraph } from "../subgraphs/plans";
import { importPlanSource } from "../subgraphs/plans/import/plan-import";
import { closePlanReading } from "../subgraphs/plans/import/plan-reader";

const USAGE = "usage: npm run plan:import -- FILE [--add-unknown] [--province VN-xx]";

/**
 * `npm run plan:import -- FILE [--add-unknown] [--province VN-xx]`: reads a
 * plan document and loads it into the plans database (PLANS_DATABASE_URL or
 * the embedded file) the way the `importPlan` mutation does — one
 * transaction, audited, refusals too — as the operating-system user who ran it.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { "add-unknown": { type: "boolean", default: false }, province: { type: "string" } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new Error(USAGE);
  const bytes = fs.readFileSync(file);
  const database = await openSubgraphDatabase(plansSubgraph);
  try {
    const operator = {
      anonymous: false as const,
      userId: `cli:${os.userInfo().username}`,
      provinceCode: values.province ?? "",
      agencyCode: "STTTT",
      role: "admin" as const,
      clearance: "INTERNAL" as const,
    };
    const ctx = createContext({
      db: database.dataSource,
      policy: plansSubgraph.policy,
      references: plansSubgraph.references,
      subgraph: "plans",
      viewer: operator,
    });
    const { plan, document } = await importPlanSource(ctx, () => ({ file: bytes }), {
      addUnknown: values["add-unknown"],
      provinceCode: values.province,
    });
    const warnings = document.warnings.length ? `\nWarnings:\n${document.warnings.map((w) => `- ${w}`).join("\n")}` : "";
    console.log(
      `Imported ${plan.id} "${plan.title}" (${document.province.name} ${document.year}): ${countTasks(document.tasks)} tasks, ${document.legalBases.length} legal bases.${warnings}`,
    );
  } finally {
    await closePlanReading();
    await database.dataSource.destroy();
  }
}

function countTasks(tasks: { children?: unknown[] }[]): number {
  return tasks.reduce((sum, task) => sum + 1 + countTasks((task.children ?? []) as { children?: unknown[] }[]), 0);
}

main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Plan not imported: ${message}`);
  process.exit(1);
});
