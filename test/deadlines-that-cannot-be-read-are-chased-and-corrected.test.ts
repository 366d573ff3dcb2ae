import mammoth from "mammoth";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { GIA_LAI_2019 } from "./support/plan-versions";

const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });

const PREVIEW = /* GraphQL */ `
  query ($text: String!, $dates: [DeadlineDateInput!]) {
    previewPlanImport(text: $text, deadlineDates: $dates) {
      deadlines {
        period
        dueOn
        rawText
        change
      }
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation ($text: String!, $dates: [DeadlineDateInput!]) {
    importPlan(text: $text, deadlineDates: $dates) {
      id
      reportingDeadlines {
        period
        dueOn
        rawText
      }
    }
  }
`;
const STATES = /* GraphQL */ `
  {
    agencies(provinceCode: "VN-30") {
      name
      reports(year: 2019) {
        period
        state
        submittedOn
      }
    }
  }
`;

/** The 2019 plan of Gia Lai asks for the annual report "trước ngày 31/11/2019": a day that does not exist. */
describe("a deadline that cannot be read is chased, said to be unknown, and corrected — in the import preview too", () => {
  let hub: RunningHub;
  const letters = async (body: Record<string, unknown>) => {
    const response = await fetch(new URL("/documents/reminder-letters", hub.gateway.url), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await signDevelopmentToken(COORDINATOR)}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      text: response.status === 200 ? (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value : "",
    };
  };
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("writes a reminder letter to every agency that has not reported against the unreadable deadline, saying why, with a new deadline", async () => {
    const { agencies } = await queryData(hub.gateway.url, STATES, {}, { as: COORDINATOR });
    const owing = agencies.filter((a: any) =>
      a.reports.some((r: any) => r.period === "ANNUAL" && r.state === "DEADLINE_UNKNOWN" && !r.submittedOn),
    );
    expect(owing.length).toBeGreaterThan(15);
    const answer = await letters({ provinceCode: "VN-30", year: 2019, period: "ANNUAL", date: "2019-12-20", respondBy: "2019-12-27" });
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain("Không có cơ quan nào chưa nộp báo cáo");
    for (const agency of owing) expect(answer.text).toContain(`Kính gửi: ${agency.name}.`);
    expect(answer.text).toContain('thời hạn Kế hoạch ghi "trước ngày 31/11/2019" không phải là ngày có thật');
    expect(answer.text).toContain("trước ngày 27/12/2019");
  });

  it("lets the coordinator set the date in the import preview, keeps the text as written, and loads it so", async () => {
    const dates = [{ period: "ANNUAL", dueOn: "2019-11-30" }];
    const preview = await queryData(hub.gateway.url, PREVIEW, { text: GIA_LAI_2019, dates }, { as: COORDINATOR });
    expect(preview.previewPlanImport.deadlines).toContainEqual({
      period: "ANNUAL",
      dueOn: "2019-11-30",
      rawText: expect.stringContaining("31/11/2019"),
      change: "MOVED",
    });
    const imported = await queryData(hub.gateway.url, IMPORT, { text: GIA_LAI_2019, dates }, { as: COORDINATOR });
    expect(imported.importPlan.reportingDeadlines).toContainEqual({
      period: "ANNUAL",
      dueOn: "2019-11-30",
      rawText: expect.stringContaining("31/11/2019"),
    });
    // now the reports are chased as missing, not left "unknown" for ever
    const { agencies } = await queryData(hub.gateway.url, STATES, {}, { as: COORDINATOR });
    const annual = agencies.flatMap((a: any) => a.reports.filter((r: any) => r.period === "ANNUAL").map((r: any) => r.state));
    expect(annual).not.toContain("DEADLINE_UNKNOWN");
    expect(annual).toContain("MISSING");
  });

  it.each([
    ["a report on request, which has no date", "AD_HOC", "states no AD_HOC reporting deadline with a date"],
    ["a deadline the document dates correctly", "SEMI_ANNUAL", "is a real date (2019-06-05)"],
  ])("refuses a date for %s, naming the field", async (_, period, message) => {
    const answer = await postGraphQL(
      hub.gateway.url,
      PREVIEW,
      { text: GIA_LAI_2019, dates: [{ period, dueOn: "2019-11-30" }] },
      { as: COORDINATOR },
    );
    expect(answer.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0].message).toContain(message);
  });
});
