import type { DataSource } from "typeorm";
import { startHub, type RunningHub } from "./support/hub";

/** Distinct non-null values of `column` across every table of a subgraph that has it. */
async function referencedValues(dataSource: DataSource, column: string, split = false): Promise<string[]> {
  const values = new Set<string>();
  for (const entity of dataSource.entityMetadatas) {
    if (!entity.findColumnWithPropertyName(column)) continue;
    const rows = await dataSource.getRepository(entity.target).find({ select: { [column]: true } as never });
    for (const row of rows as Record<string, unknown>[]) {
      const value = row[column];
      for (const item of split ? ((value as string[]) ?? []) : [value]) if (item) values.add(String(item));
    }
  }
  return [...values];
}

describe("demo data across departments", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("links every department record to tasks, agencies and border gates that exist", async () => {
    const plans = hub.subgraphs.plans.database.dataSource;
    const taskIds = new Set((await plans.query(`SELECT id FROM task`)).map((r: any) => r.id));
    const agencyIds = new Set((await plans.query(`SELECT id FROM agency`)).map((r: any) => r.id));
    const gateIds = new Set(
      (await hub.subgraphs.borderSecurity.database.dataSource.query(`SELECT id FROM border_gate`)).map((r: any) => r.id),
    );
    expect(gateIds.has("VN-30-le-thanh")).toBe(true);

    for (const name of ["trade", "tourism", "foreignAffairs", "borderSecurity"]) {
      const dataSource = hub.subgraphs[name].database.dataSource;
      const tasks = await referencedValues(dataSource, "taskId");
      const agencies = await referencedValues(dataSource, "agencyIds", true);
      const gates = await referencedValues(dataSource, "borderGateId");
      expect({ name, tasks: tasks.filter((id) => !taskIds.has(id)) }).toEqual({ name, tasks: [] });
      expect({ name, agencies: agencies.filter((id) => !agencyIds.has(id)) }).toEqual({ name, agencies: [] });
      expect({ name, gates: gates.filter((id) => !gateIds.has(id)) }).toEqual({ name, gates: [] });
      expect(tasks.length).toBeGreaterThan(0);
    }
    const planGateLinks = (await plans.query(`SELECT borderGateId FROM task_border_gate`)).map((r: any) => r.borderGateId);
    expect(planGateLinks.filter((id: string) => !gateIds.has(id))).toEqual([]);
  });

  it("holds SECRET border incidents, marked as demo data", async () => {
    const incidents = await hub.subgraphs.borderSecurity.database.dataSource.query(`SELECT classification, isDemo FROM border_incident`);
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.every((i: any) => i.classification === "SECRET" && Boolean(i.isDemo))).toBe(true);
  });
});
