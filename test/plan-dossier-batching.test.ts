import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import type { DocumentTask, PlanDocument } from "../subgraphs/plans/import/plan-document";
import { importPlanDocument } from "../subgraphs/plans/import/plan-import";
import { postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const PLAN_DOSSIER = fs.readFileSync(path.join(REPOSITORY_ROOT, "test/contract/operations/PlanDossier.graphql"), "utf8");

function planWithTasks(year: number, count: number): PlanDocument {
  const tasks: DocumentTask[] = Array.from({ length: count }, (_, i) => ({
    ordinal: String(i + 1),
    title: `Nhiệm vụ ${i + 1}`,
    leads: [{ name: "Sở Thông tin và Truyền thông", code: "STTTT" }],
    coordinators: [
      { name: "Sở Ngoại vụ", code: "SNGV" },
      { name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code: "BDBP" },
    ],
    timeframe: { label: `Cả năm ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` },
  }));
  return {
    province: { code: "VN-44", name: "An Giang" },
    year,
    title: `Kế hoạch thử nghiệm năm ${year}`,
    legalBases: [
      { kind: "Nghị định", number: "72/2015/NĐ-CP", issuedOn: "2015-09-07", issuer: "Chính phủ", text: "Nghị định số 72/2015/NĐ-CP" },
    ],
    tasks,
    assignments: [],
    reportingDeadlines: [{ period: "ANNUAL", dueOn: `${year}-11-20`, rawText: "trước ngày 20/11" }],
    warnings: [],
  };
}

describe("PlanDossier batching", () => {
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startHub();
    const plans = hub.subgraphs.plans.database.dataSource;
    await plans.transaction(async (manager) => {
      await importPlanDocument(manager, planWithTasks(2031, 10));
      await importPlanDocument(manager, planWithTasks(2032, 200));
    });
    // A first request loads and compiles what each department answers with: in this one process, on a busy machine,
    // that can outlast the gateway's 5 s wait for a department. What is counted below is the warm hub's SQL.
    await postGraphQL(hub.gateway.url, PLAN_DOSSIER, { provinceCode: "VN-44", year: 2031 });
  });
  afterAll(async () => {
    await hub.stop();
  });

  async function queriesFor(year: number): Promise<{ tasks: number; queries: number }> {
    const before = hub.totalQueries();
    const data = await queryData(hub.gateway.url, PLAN_DOSSIER, { provinceCode: "VN-44", year });
    return { tasks: data.plans[0].tasks.length, queries: hub.totalQueries() - before };
  }

  it("costs the same number of SQL queries for 10 tasks as for 200", async () => {
    const small = await queriesFor(2031);
    const large = await queriesFor(2032);
    expect(small.tasks).toBe(10);
    expect(large.tasks).toBe(200);
    expect(large.queries).toBe(small.queries);
    // One query per entity type and relation: a dozen or so across five departments, never one per task.
    expect(small.queries).toBeLessThan(30);
  });
});
