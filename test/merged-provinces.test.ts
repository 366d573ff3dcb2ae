import { BINH_DINH_2024 } from "./support/composed-plans";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const BINH_DINH_COORDINATOR = official({ provinceCode: "VN-31", agencyCode: "STTTT", role: "coordinator" });
const GIA_LAI_VIEWER = official({ provinceCode: "VN-30", agencyCode: "SNGV" });
const GIA_LAI_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const TAY_NINH_VIEWER = official({ provinceCode: "VN-37", agencyCode: "SNGV" });

describe("a province merged in 2025 is part of its successor's history", () => {
  let hub: RunningHub;
  let planId: string;
  beforeAll(async () => {
    hub = await startHub();
    const imported = await queryData(
      hub.gateway.url,
      `mutation ($text: String!) { importPlan(text: $text, addUnknown: true) { id } }`,
      { text: BINH_DINH_2024 },
      {
        as: BINH_DINH_COORDINATOR,
      },
    );
    planId = imported.importPlan.id;
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("lists Bình Định's 2024 plan in Gia Lai's plans when asked to include merged provinces, under its own province", async () => {
    const data = await queryData(
      hub.gateway.url,
      `{ province(code: "VN-30") {
          predecessors { code name successor { code } }
          own: plans { id }
          history: plans(includeMerged: true) { id year province { code name } }
        } }`,
      {},
      { as: GIA_LAI_VIEWER },
    );
    expect(data.province.predecessors).toEqual([{ code: "VN-31", name: "Bình Định", successor: { code: "VN-30" } }]);
    expect(planId).toMatch(/^VN-31-2024/);
    expect(data.province.own.map((p: { id: string }) => p.id)).not.toContain(planId);
    expect(data.province.history).toContainEqual({ id: planId, year: 2024, province: { code: "VN-31", name: "Bình Định" } });
    expect(data.province.history.length).toBe(data.province.own.length + 1);
  });

  it("lists every province's history, merged provinces included, in one SQL query however many provinces there are", async () => {
    const before = hub.subgraphs.plans.database.queries.count;
    const data = await queryData(hub.gateway.url, `{ provinces { code plans(includeMerged: true) { id } } }`, {}, { as: GIA_LAI_VIEWER });
    const queries = hub.subgraphs.plans.database.queries.count - before;
    expect(data.provinces.length).toBeGreaterThan(3);
    expect(data.provinces.find((p: { code: string }) => p.code === "VN-30").plans.map((p: { id: string }) => p.id)).toContain(planId);
    expect(queries).toBeLessThanOrEqual(2); // the provinces, then every province's plans at once
  });

  it("lets Gia Lai's officials read Bình Định's INTERNAL records, and no other province's", async () => {
    const query = `query ($id: ID!) { plan(id: $id) { title classification tasks { title } } }`;
    const gialai = await queryData(hub.gateway.url, query, { id: planId }, { as: GIA_LAI_VIEWER });
    expect(gialai.plan).toMatchObject({
      title: "Thông tin đối ngoại tỉnh Bình Định năm 2024",
      classification: "INTERNAL",
      tasks: [{ title: "Quảng bá du lịch biển Quy Nhơn tới thị trường Hàn Quốc" }],
    });
    const tayninh = await queryData(hub.gateway.url, query, { id: planId }, { as: TAY_NINH_VIEWER });
    expect(tayninh.plan).toBeNull();
    const history = await queryData(
      hub.gateway.url,
      `{ province(code: "VN-37") { plans(includeMerged: true) { id } } }`,
      {},
      { as: TAY_NINH_VIEWER },
    );
    expect(JSON.stringify(history)).not.toContain("VN-31");
  });

  it("shows Gia Lai's coordinator the audit trail of Bình Định's plan, and Tây Ninh's none of it", async () => {
    const audit = `query ($id: ID!) { auditLog { plans(recordId: $id) { operation outcome userId } } }`;
    const gialai = await queryData(hub.gateway.url, audit, { id: planId }, { as: GIA_LAI_COORDINATOR });
    expect(gialai.auditLog.plans).toContainEqual({ operation: "importPlan", outcome: "ALLOWED", userId: BINH_DINH_COORDINATOR.userId });
    const tayninh = await queryData(
      hub.gateway.url,
      audit,
      { id: planId },
      {
        as: official({ provinceCode: "VN-37", agencyCode: "STTTT", role: "coordinator" }),
      },
    );
    expect(tayninh.auditLog.plans).toEqual([]);
  });

  it("keeps the merged province's records read-only history: Gia Lai's coordinator cannot change them", async () => {
    const read = await queryData(
      hub.gateway.url,
      `query ($id: ID!) { plan(id: $id) { tasks { id version } } }`,
      { id: planId },
      { as: GIA_LAI_COORDINATOR },
    );
    const [task] = read.plan.tasks;
    const result = await postGraphQL(
      hub.gateway.url,
      `mutation ($id: ID!, $version: Int!, $planId: ID!) { updateTask(id: $id, version: $version, input: { planId: $planId, ordinal: "1", title: "Đổi tên" }) { id } }`,
      { id: task.id, version: task.version, planId },
      { as: GIA_LAI_COORDINATOR },
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringContaining("VN-30") });
    const after = await queryData(
      hub.gateway.url,
      `query ($id: ID!) { plan(id: $id) { tasks { title } } }`,
      { id: planId },
      { as: GIA_LAI_VIEWER },
    );
    expect(after.plan.tasks[0].title).toBe("Quảng bá du lịch biển Quy Nhơn tới thị trường Hàn Quốc");
  });
});
