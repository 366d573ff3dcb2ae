import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { GIA_LAI_2019, GIA_LAI_2019_REVISED, GIA_LAI_2019_WITHOUT_ANNUAL } from "./support/plan-versions";

const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const PREVIEW = /* GraphQL */ `
  query ($text: String!, $add: Boolean) {
    previewPlanImport(text: $text, addUnknown: $add) {
      planId
      exists
      title
      legalBases
      tasks {
        outline
        title
        change
        previousTitle
        status
        leads {
          name
          code
          known
        }
        coordinators {
          code
          known
        }
      }
      removedTasks {
        outline
      }
      deadlines {
        period
        dueOn
        change
        previousDueOn
      }
      removedDeadlines {
        period
      }
      warnings
      unknownAgencies {
        code
        name
      }
      refusal {
        code
        message
      }
    }
  }
`;

describe("previewing a plan import: what it would change, stored nowhere", () => {
  let hub: RunningHub;
  const storedState = async () =>
    JSON.stringify(
      await hub.subgraphs.plans.database.dataSource.query(
        `SELECT (SELECT COUNT(*) FROM task) AS tasks, (SELECT COUNT(*) FROM agency) AS agencies, (SELECT COUNT(*) FROM audit_entry) AS audit,
                (SELECT title FROM task WHERE id = 'VN-30-2019:2') AS task2, (SELECT dueOn FROM reporting_deadline WHERE id = 'VN-30-2019:deadline:1') AS due`,
      ),
    );
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("shows the stored plan unchanged when the same document is previewed", async () => {
    const { previewPlanImport: preview } = await queryData(hub.gateway.url, PREVIEW, { text: GIA_LAI_2019 }, { as: COORDINATOR });
    expect(preview).toMatchObject({
      planId: "VN-30-2019",
      exists: true,
      removedTasks: [],
      removedDeadlines: [],
      unknownAgencies: [],
      refusal: null,
    });
    expect(preview.tasks).toHaveLength(10);
    expect(preview.tasks.every((t: { change: string }) => t.change === "KEPT")).toBe(true);
    expect(preview.tasks[0].leads[0]).toEqual({ name: expect.any(String), code: "BTGTU", known: true });
  });

  it("lists the retitled and added tasks, the moved deadline, the statuses kept and the unknown agency, and changes nothing", async () => {
    const before = await storedState();
    const { previewPlanImport: preview } = await queryData(hub.gateway.url, PREVIEW, { text: GIA_LAI_2019_REVISED }, { as: COORDINATOR });
    const byOutline = Object.fromEntries(preview.tasks.map((t: { outline: string }) => [t.outline, t]));
    expect(byOutline["2"]).toMatchObject({
      change: "RETITLED",
      title: "Phân công, bố trí cán bộ chuyên trách công tác thông tin đối ngoại",
      previousTitle: "Phân công, bố trí cán bộ phụ trách công tác thông tin đối ngoại",
      status: "DONE",
    });
    expect(byOutline["11"]).toMatchObject({ change: "NEW", status: null, coordinators: [{ code: "SXD", known: false }] });
    expect(preview.deadlines.find((d: { period: string }) => d.period === "SEMI_ANNUAL")).toEqual({
      period: "SEMI_ANNUAL",
      dueOn: "2019-06-15",
      change: "MOVED",
      previousDueOn: "2019-06-05",
    });
    expect(preview.unknownAgencies).toEqual([{ code: "SXD", name: "Sở Xây dựng" }]);
    // Importing without adding the unknown agency would be refused, and the preview says so in importPlan's words.
    expect(preview.refusal).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("SXD (Sở Xây dựng)") });
    const adding = (await queryData(hub.gateway.url, PREVIEW, { text: GIA_LAI_2019_REVISED, add: true }, { as: COORDINATOR }))
      .previewPlanImport;
    expect(adding.refusal).toBeNull();
    expect(await storedState()).toBe(before);
  });

  it("gives the refusal importing would meet: a deadline agencies already reported against", async () => {
    const before = await storedState();
    const { previewPlanImport: preview } = await queryData(
      hub.gateway.url,
      PREVIEW,
      { text: GIA_LAI_2019_WITHOUT_ANNUAL },
      { as: COORDINATOR },
    );
    expect(preview.removedDeadlines).toEqual([{ period: "ANNUAL" }]);
    expect(preview.refusal).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already reported against") });
    expect(await storedState()).toBe(before);
  });

  it("is for those who may import: a viewer and another province's coordinator are refused", async () => {
    const viewer = await postGraphQL(
      hub.gateway.url,
      PREVIEW,
      { text: GIA_LAI_2019 },
      { as: official({ provinceCode: "VN-30", agencyCode: "UBND", role: "viewer" }) },
    );
    expect(viewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const other = await postGraphQL(
      hub.gateway.url,
      PREVIEW,
      { text: GIA_LAI_2019 },
      { as: official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "coordinator" }) },
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await postGraphQL(hub.gateway.url, PREVIEW, { text: GIA_LAI_2019 }, { as: "anonymous" });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
