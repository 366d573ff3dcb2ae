import mammoth from "mammoth";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { official, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const CLEARED_CULTURE_COORDINATOR = official({
  provinceCode: "VN-30",
  agencyCode: "SVHTTDL",
  role: "coordinator",
  clearance: "SECRET",
  userId: "svhttdl.mat",
});
const BORDER_GUARD = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const STATUS: Record<string, string> = { NOT_STARTED: "chưa triển khai", IN_PROGRESS: "đang thực hiện", DONE: "đã hoàn thành" };

/**
 * Decree 09/2019/NĐ-CP, Art. 12: a six-month report counts what happened from
 * 15 December of the year before to 14 June, and shows each task as it stood
 * on 14 June — not what happened later, nor how the task stands today.
 */
describe("the province's report counts its Decree 09 period and shows each task as it stood at the period's end", () => {
  let hub: RunningHub;
  const report = async (period: string) => {
    const response = await fetch(new URL("/documents/province-report", hub.gateway.url), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await signDevelopmentToken(CLEARED_CULTURE_COORDINATOR)}` },
      body: JSON.stringify({ provinceCode: "VN-30", year: 2026, period, date: "2026-12-04", documentNumber: "9/BC-SVHTTDL" }),
    });
    expect(response.status).toBe(200);
    return (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value;
  };
  const incident = (title: string, occurredOn: string) =>
    queryData(
      hub.gateway.url,
      `mutation ($input: BorderIncidentInput!) { createBorderIncident(input: $input) { id } }`,
      { input: { provinceCode: "VN-30", title, occurredOn, classification: "SECRET", agencyIds: ["VN-30-BDBP", "VN-30-SVHTTDL"] } },
      { as: BORDER_GUARD },
    );
  beforeAll(async () => {
    hub = await startHub();
    await incident("Sự việc mẫu tháng Tư (dữ liệu minh họa)", "2026-04-02");
    await incident("Sự việc mẫu tháng Mười (dữ liệu minh họa)", "2026-10-02");
    await incident("Sự việc mẫu ngày 14 tháng Sáu (dữ liệu minh họa)", "2026-06-14");
    await incident("Sự việc mẫu ngày 15 tháng Sáu (dữ liệu minh họa)", "2026-06-15");
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("lists in the six-month report what happened from 15 December to 14 June only, and in the annual one what happened to 14 December", async () => {
    const semiAnnual = await report("SEMI_ANNUAL");
    expect(semiAnnual).toContain("Số liệu trong báo cáo tính từ ngày 15/12/2025 đến ngày 14/06/2026");
    expect(semiAnnual).toContain("Sự việc mẫu tháng Tư");
    expect(semiAnnual).toContain("Sự việc mẫu ngày 14 tháng Sáu");
    expect(semiAnnual).not.toContain("Sự việc mẫu ngày 15 tháng Sáu");
    expect(semiAnnual).not.toContain("Sự việc mẫu tháng Mười");
    const annual = await report("ANNUAL");
    expect(annual).toContain("Số liệu trong báo cáo tính từ ngày 15/12/2025 đến ngày 14/12/2026");
    for (const title of ["tháng Tư", "ngày 14 tháng Sáu", "ngày 15 tháng Sáu", "tháng Mười"])
      expect(annual).toContain(`Sự việc mẫu ${title}`);
  });

  it("shows a task as it stood on 14 June, though its status changed since", async () => {
    const { plan } = await queryData(
      hub.gateway.url,
      `{ plan(id: "VN-30-2026") { tasks { id version outline title status tracking(asOf: "2026-06-14") { status } } } }`,
      {},
      { as: CLEARED_CULTURE_COORDINATOR },
    );
    const task = plan.tasks.find((t: any) => t.tracking.status !== "DONE" && t.status !== "DONE");
    expect(task).toBeDefined();
    await queryData(
      hub.gateway.url,
      `mutation ($id: ID!, $version: Int!) { updateTaskProgress(id: $id, version: $version, input: { status: DONE, progressNote: "Đã hoàn thành (dữ liệu minh họa)." }) { id } }`,
      { id: task.id, version: task.version },
      { as: CLEARED_CULTURE_COORDINATOR },
    );
    const text = await report("SEMI_ANNUAL");
    const paragraph = text.slice(text.indexOf(`${task.outline}. ${task.title}`));
    expect(paragraph).toContain(`Tình trạng đến ngày 14/06/2026: ${STATUS[task.tracking.status]}`);
    expect(paragraph.split("\n\n").slice(0, 3).join(" ")).not.toContain("Tình trạng đến ngày 14/06/2026: đã hoàn thành");
  });
});
