import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { appendAudit, auditContent } from "../shared/audit";
import { createContext } from "../shared/context";
import { openSubgraphDatabase } from "../shared/subgraph-server";
import { plansSubgraph } from "../subgraphs/plans";
import { parsePlanDocument } from "../subgraphs/plans/importer/parse-plan";
import { importPlanDocument } from "../subgraphs/plans/plan-import";

/**
 * `npm run plan:import -- FILE [--add-unknown]`: reads a plan document and
 * loads it into the plans database (PLANS_DATABASE_URL or the embedded file)
 * in one transaction, audited as the operating-system user who ran it.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { "add-unknown": { type: "boolean", default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run plan:import -- FILE [--add-unknown]");
  const document = parsePlanDocument(fs.readFileSync(file, "utf8"));
  const database = await openSubgraphDatabase(plansSubgraph);
  try {
    const operator = { anonymous: false as const, userId: `cli:${os.userInfo().username}`, provinceCode: document.province.code ?? "", agencyCode: "STTTT", role: "admin" as const, clearance: "INTERNAL" as const };
    const ctx = createContext({ db: database.dataSource, policy: plansSubgraph.policy, subgraph: "plans", viewer: operator });
    const plan = await database.dataSource.transaction(async (manager) => {
      const imported = await importPlanDocument(manager, document, { addUnknown: values["add-unknown"] });
      await appendAudit(manager, auditContent(ctx, "importPlan", "Plan", imported, null, imported));
      return imported;
    });
    const warnings = document.warnings.length ? `\nWarnings:\n${document.warnings.map((w) => `- ${w}`).join("\n")}` : "";
    console.log(`Imported ${plan.id} "${plan.title}" (${document.province.name} ${document.year}): ${countTasks(document.tasks)} tasks, ${document.legalBases.length} legal bases.${warnings}`);
  } finally {
    await database.dataSource.destroy();
  }
}

function countTasks(tasks: { children?: unknown[] }[]): number {
  return tasks.reduce((sum, task) => sum + 1 + countTasks((task.children ?? []) as { children?: unknown[] }[]), 0);
}

main().catch((error) => {
  const message = error instanceof GraphQLError || error instanceof Error ? error.message : String(error);
  console.error(`Plan not imported: ${message}`);
  process.exit(1);
});
