import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { GIA_LAI_2019, GIA_LAI_2019_MISWRITTEN } from "./support/plan-versions";

const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });

/** Task 5 due on 31 June and led by a name no directory knows; the annual deadline on 31 November. */
const MISWRITTEN = GIA_LAI_2019_MISWRITTEN;

const CORRECTIONS = [
  { kind: "TASK_TIMEFRAME", task: "5", timeframe: "Trước ngày 30/6/2019" },
  { kind: "AGENCY", name: "Sở Du lịch và Văn hóa", agencyCode: "SVHTTDL" },
  { kind: "DEADLINE_DATE", period: "ANNUAL", date: "2019-11-30" },
  { kind: "TASK_LEADS", task: "7", agencyCodes: ["STTTT"] },
];

const PREVIEW = /* GraphQL */ `
  query ($text: String!, $corrections: [PlanImportCorrection!]) {
    previewPlanImport(text: $text, corrections: $corrections) {
      tasks {
        outline
        timeframe
        startsOn
        endsOn
        leads {
          name
          code
          known
        }
      }
      deadlines {
        period
        dueOn
        rawText
      }
      warningDetails {
        code
        place {
          part
          number
        }
      }
      warnings
      unknownAgencies {
        code
      }
      corrections {
        kind
        target
        from
        to
      }
      refusal {
        reason
      }
    }
  }
`;

const IMPORT = /* GraphQL */ `
  mutation ($text: String!, $corrections: [PlanImportCorrection!]) {
    importPlan(text: $text, corrections: $corrections) {
      id
      importWarnings
      reportingDeadlines {
        period
        dueOn
        rawText
      }
      tasks {
        outline
        timeframe {
          label
          startsOn
          endsOn
        }
        leads {
          code
        }
      }
    }
  }
`;

const AUDIT = /* GraphQL */ `
  {
    auditLog {
      plans(operation: "importPlan", limit: 1) {
        outcome
        recordId
        after
      }
    }
  }
`;

type Warning = { code: string; place: { part: string; number: string | null } };
const byOutline = (tasks: any[], outline: string): any => tasks.find((t) => t.outline === outline);

describe("a coordinator corrects a plan in the import preview, and loads what was previewed", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("previews the miswritten plan with its warnings: the day that does not exist, the agency no directory knows", async () => {
    const { previewPlanImport: preview } = await queryData(hub.gateway.url, PREVIEW, { text: MISWRITTEN }, { as: COORDINATOR });
    const codes = preview.warningDetails.map((w: Warning) => `${w.code}@${w.place.number ?? w.place.part}`);
    expect(codes).toEqual(expect.arrayContaining(["AGENCY_UNKNOWN@5", "TIMEFRAME_DATE_NOT_REAL@5", "REPORT_DEADLINE_NOT_REAL@closing"]));
    expect(byOutline(preview.tasks, "5")).toMatchObject({ timeframe: "Trước ngày 31/6/2019", startsOn: null, endsOn: null });
    expect(byOutline(preview.tasks, "5").leads).toEqual([{ name: "Sở Du lịch và Văn hóa", code: "SDLVH", known: false }]);
    expect(preview.unknownAgencies).toEqual([{ code: "SDLVH" }]);
    expect(preview.refusal).toMatchObject({ reason: "DIRECTORY_LACKS" });
    expect(preview.corrections).toEqual([]);
  });

  it("previews it again with the corrections: the warnings they settle are gone, the corrected values shown and listed", async () => {
    const { previewPlanImport: preview } = await queryData(
      hub.gateway.url,
      PREVIEW,
      { text: MISWRITTEN, corrections: CORRECTIONS },
      { as: COORDINATOR },
    );
    const codes = preview.warningDetails.map((w: Warning) => w.code);
    expect(codes).not.toContain("AGENCY_UNKNOWN");
    expect(codes).not.toContain("TIMEFRAME_DATE_NOT_REAL");
    expect(codes).not.toContain("REPORT_DEADLINE_NOT_REAL");
    expect(preview.warnings).toHaveLength(preview.warningDetails.length);
    expect(byOutline(preview.tasks, "5")).toMatchObject({ timeframe: "Trước ngày 30/6/2019", startsOn: null, endsOn: "2019-06-30" });
    // the name stays as the document writes it; the agency is the directory's
    expect(byOutline(preview.tasks, "5").leads).toEqual([{ name: "Sở Du lịch và Văn hóa", code: "SVHTTDL", known: true }]);
    expect(byOutline(preview.tasks, "7").leads).toEqual([{ name: expect.any(String), code: "STTTT", known: true }]);
    expect(preview.deadlines).toContainEqual({ period: "ANNUAL", dueOn: "2019-11-30", rawText: "trước ngày 31/11/2019" });
    expect(preview.unknownAgencies).toEqual([]);
    expect(preview.refusal).toBeNull();
    expect(preview.corrections).toEqual([
      { kind: "DEADLINE_DATE", target: "ANNUAL", from: "31/11/2019", to: "2019-11-30" },
      { kind: "AGENCY", target: "Sở Du lịch và Văn hóa", from: "SDLVH", to: "SVHTTDL" },
      { kind: "TASK_LEADS", target: "7", from: "STTTT, BDBP", to: "STTTT" },
      { kind: "TASK_TIMEFRAME", target: "5", from: "Trước ngày 31/6/2019", to: "Trước ngày 30/6/2019" },
    ]);
  });

  it("imports with the same corrections, stores the corrected values and records the corrections in the import's audit entry", async () => {
    const { importPlan: plan } = await queryData(
      hub.gateway.url,
      IMPORT,
      { text: MISWRITTEN, corrections: CORRECTIONS },
      { as: COORDINATOR },
    );
    expect(plan.id).toBe("VN-30-2019");
    expect(byOutline(plan.tasks, "5")).toEqual({
      outline: "5",
      timeframe: { label: "Trước ngày 30/6/2019", startsOn: null, endsOn: "2019-06-30" },
      leads: [{ code: "SVHTTDL" }],
    });
    expect(byOutline(plan.tasks, "7").leads).toEqual([{ code: "STTTT" }]);
    expect(plan.reportingDeadlines).toContainEqual({ period: "ANNUAL", dueOn: "2019-11-30", rawText: "trước ngày 31/11/2019" });
    // the warnings kept with the plan are those left after the corrections
    expect(plan.importWarnings.join("\n")).not.toMatch(/31\/6\/2019|Sở Du lịch và Văn hóa|31\/11\/2019/);

    const [entry] = (await queryData(hub.gateway.url, AUDIT, {}, { as: COORDINATOR })).auditLog.plans;
    expect(entry).toMatchObject({ outcome: "ALLOWED", recordId: "VN-30-2019" });
    expect(JSON.parse(entry.after).importCorrections).toEqual([
      { kind: "DEADLINE_DATE", target: "ANNUAL", from: "31/11/2019", to: "2019-11-30" },
      { kind: "AGENCY", target: "Sở Du lịch và Văn hóa", from: "SDLVH", to: "SVHTTDL" },
      { kind: "TASK_LEADS", target: "7", from: "STTTT, BDBP", to: "STTTT" },
      { kind: "TASK_TIMEFRAME", target: "5", from: "Trước ngày 31/6/2019", to: "Trước ngày 30/6/2019" },
    ]);
  });

  it("records no corrections for an import without any", async () => {
    await queryData(hub.gateway.url, IMPORT, { text: GIA_LAI_2019 }, { as: COORDINATOR });
    const [entry] = (await queryData(hub.gateway.url, AUDIT, {}, { as: COORDINATOR })).auditLog.plans;
    expect(entry.outcome).toBe("ALLOWED");
    expect(JSON.parse(entry.after).importCorrections).toBeUndefined();
  });

  it.each([
    ["a task the plan lacks", { kind: "TASK_TIMEFRAME", task: "99", timeframe: "Quý IV năm 2019" }, "NO_SUCH_TASK", { task: "99" }],
    [
      "an agency the province's directory lacks",
      { kind: "AGENCY", name: "Sở Du lịch và Văn hóa", agencyCode: "SXYZ" },
      "AGENCY_NOT_IN_DIRECTORY",
      { agencyCode: "SXYZ" },
    ],
    [
      "a lead the province's directory lacks",
      { kind: "TASK_LEADS", task: "5", agencyCodes: ["STTTT", "SXYZ"] },
      "AGENCY_NOT_IN_DIRECTORY",
      { agencyCode: "SXYZ" },
    ],
    [
      "an agency the plan does not name",
      { kind: "AGENCY", name: "Sở Xây dựng", agencyCode: "STTTT" },
      "AGENCY_NOT_NAMED",
      { name: "Sở Xây dựng" },
    ],
    [
      "a day that does not exist",
      { kind: "DEADLINE_DATE", period: "ANNUAL", date: "2019-11-31" },
      "CORRECTION_DATE_NOT_REAL",
      { date: "2019-11-31" },
    ],
    [
      "a timeframe still on a day that does not exist",
      { kind: "TASK_TIMEFRAME", task: "5", timeframe: "Trước ngày 31/6/2019" },
      "TIMEFRAME_NOT_READABLE",
      { task: "5" },
    ],
    [
      "a correction missing what it sets",
      { kind: "TASK_LEADS", task: "5" },
      "CORRECTION_INCOMPLETE",
      { kind: "TASK_LEADS", needs: "agencyCodes" },
    ],
    [
      "a deadline dated rightly in the document",
      { kind: "DEADLINE_DATE", period: "SEMI_ANNUAL", date: "2019-06-10" },
      "DEADLINE_IS_REAL",
      { period: "SEMI_ANNUAL" },
    ],
    [
      "the same task corrected twice",
      [
        { kind: "TASK_LEADS", task: "5", agencyCodes: ["STTTT"] },
        { kind: "TASK_LEADS", task: "5", agencyCodes: ["SNGV"] },
      ],
      "CORRECTION_REPEATED",
      { target: "5" },
    ],
  ])("refuses %s with a reason code, in the preview and the import alike, and loads nothing", async (_what, given, reason, params) => {
    const corrections = Array.isArray(given) ? given : [given];
    const stored = async () =>
      JSON.stringify(
        await hub.subgraphs.plans.database.dataSource.query(
          `SELECT id, timeframeLabel, endsOn FROM task WHERE planId = 'VN-30-2019' ORDER BY position`,
        ),
      );
    const before = await stored();
    for (const operation of [PREVIEW, IMPORT]) {
      const answer = await postGraphQL(hub.gateway.url, operation, { text: MISWRITTEN, corrections }, { as: COORDINATOR });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason, ...params });
    }
    expect(await stored()).toBe(before);
  });
});
