import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { plansSubgraph } from "../subgraphs/plans";
import { postGraphQL, queryData } from "./support/graphql-client";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

type Row = Record<string, unknown>;
type Runner = { query: (...args: unknown[]) => Promise<unknown> };

/** The rows the subgraph's database hands back from now until `stop`, by the table each statement reads first. */
function rowsRead(subgraph: RunningSubgraph): { of(table: string): Row[]; stop(): void } {
  const read: { sql: string; rows: Row[] }[] = [];
  let recording = true;
  const record = (runner: Runner) => {
    const query = runner.query;
    runner.query = async (...args: unknown[]) => {
      const result = (await query.apply(runner, args)) as Row[] | { records?: Row[] };
      if (recording) read.push({ sql: String(args[0]), rows: Array.isArray(result) ? result : (result?.records ?? []) });
      return result;
    };
    return () => (runner.query = query);
  };
  // the embedded driver runs every statement through the one runner it keeps; MySQL's makes a runner per statement
  const driver = subgraph.database.dataSource.driver as unknown as { queryRunner?: Runner; createQueryRunner(...args: unknown[]): Runner };
  const undo = driver.queryRunner ? [record(driver.queryRunner)] : [];
  const create = driver.createQueryRunner;
  driver.createQueryRunner = (...args: unknown[]) => {
    const runner = create.apply(driver, args);
    record(runner);
    return runner;
  };
  return {
    of: (table) => read.filter((r) => new RegExp(`^SELECT .* FROM ["\`]${table}["\`] ["\`]`).test(r.sql)).flatMap((r) => r.rows),
    stop: () => {
      recording = false;
      driver.createQueryRunner = create;
      undo.forEach((restore) => restore());
    },
  };
}

describe("plans subgraph on a real database file", () => {
  const data = temporaryDataDirectory("plans");
  let plans: RunningSubgraph;

  beforeAll(async () => {
    plans = await startTestSubgraph(plansSubgraph, data.directory);
  });
  afterAll(async () => {
    await plans.stop();
    data.cleanup();
  });

  it("holds Gia Lai's 2019 plan with its ten tasks, leads and timeframes", async () => {
    const { plans: found } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          plans(provinceCode: "VN-30", year: 2019) {
            id
            title
            year
            province {
              code
              name
            }
            tasks(scope: TOP_LEVEL) {
              ordinal
              status
              timeframe {
                label
                startsOn
                endsOn
              }
              leads {
                code
              }
              coordinators {
                code
              }
            }
          }
        }
      `,
    );
    expect(found).toHaveLength(1);
    const [plan] = found;
    expect(plan.province).toEqual({ code: "VN-30", name: "Gia Lai" });
    expect(plan.tasks.map((t: any) => t.ordinal)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(plan.tasks[0].leads).toEqual([{ code: "BTGTU" }]);
    expect(plan.tasks[6].leads.map((a: any) => a.code)).toEqual(["STTTT", "BDBP"]);
    expect(plan.tasks[2].timeframe).toEqual({ label: "Trong quý II - quý III năm 2019", startsOn: "2019-04-01", endsOn: "2019-09-30" });
    expect(plan.tasks[3].timeframe).toMatchObject({ startsOn: "2019-01-01", endsOn: "2019-12-31" });
    expect(plan.tasks[0].coordinators.map((a: any) => a.code)).toEqual(
      expect.arrayContaining(["UBND", "MTTQ", "SNGV", "STTTT", "CA", "BDBP"]),
    );
  });

  it("finds plans and agencies by words of their names, ignoring case and tone marks", async () => {
    const result = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          plans(provinceCode: "VN-44", search: "THONG TIN DOI NGOAI an giang") {
            id
          }
          agencies(provinceCode: "VN-30", search: "bien phong") {
            code
          }
        }
      `,
    );
    expect(result.plans).toEqual([{ id: "VN-44-2018" }]);
    expect(result.agencies).toEqual([{ code: "BDBP" }]);
  });

  it("keeps a reporting date that does not exist as raw text with no date", async () => {
    const {
      plans: [plan],
    } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          plans(provinceCode: "VN-30", year: 2019) {
            reportingDeadlines {
              period
              dueOn
              rawText
            }
            importWarnings
          }
        }
      `,
    );
    expect(plan.reportingDeadlines).toEqual(
      expect.arrayContaining([
        { period: "SEMI_ANNUAL", dueOn: "2019-06-05", rawText: "trước ngày 05/6/2019" },
        { period: "ANNUAL", dueOn: null, rawText: "trước ngày 31/11/2019" },
      ]),
    );
    expect(plan.importWarnings.join(" ")).toContain("31/11/2019");
  });

  it("holds An Giang's eleven legal bases and its nested tasks in document order", async () => {
    const {
      plans: [plan],
    } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          plans(provinceCode: "VN-44", year: 2018) {
            legalBases {
              kind
              number
              issuedOn
              issuer
            }
            tasks {
              outline
              depth
            }
          }
        }
      `,
    );
    expect(plan.legalBases).toHaveLength(11);
    expect(plan.legalBases).toContainEqual({ kind: "Nghị định", number: "72/2015/NĐ-CP", issuedOn: "2015-09-07", issuer: "Chính phủ" });
    const outlines = plan.tasks.map((t: any) => t.outline);
    expect(outlines.slice(0, 6)).toEqual(["1", "2", "3", "4", "5", "5.1"]);
    expect(outlines).toContain("5.1.5.đ");
    expect(outlines.indexOf("5.1.5.a")).toBeLessThan(outlines.indexOf("5.1.6"));
  });

  it("computes each agency's report state against the deadlines", async () => {
    const { agencies } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          agencies(provinceCode: "VN-30") {
            code
            focalPoints {
              role
              fullName
            }
            ledTasks(year: 2019) {
              outline
            }
            reports(year: 2019) {
              period
              dueOn
              submittedOn
              state
            }
          }
        }
      `,
    );
    const byCode = Object.fromEntries(agencies.map((a: any) => [a.code, a]));
    const semiAnnual = (code: string) => byCode[code].reports.find((r: any) => r.period === "SEMI_ANNUAL");
    expect(semiAnnual("STTTT").state).toBe("ON_TIME");
    expect(semiAnnual("SNGV").state).toBe("LATE");
    expect(semiAnnual("CA")).toMatchObject({ submittedOn: null, state: "MISSING" });
    // Gia Lai's annual deadline is "31/11/2019", a day that does not exist: no report against it is on time, late or pending.
    expect(byCode.STTTT.reports.find((r: any) => r.period === "ANNUAL")).toMatchObject({
      dueOn: null,
      submittedOn: "2019-11-25",
      state: "DEADLINE_UNKNOWN",
    });
    expect(byCode.CA.reports.find((r: any) => r.period === "ANNUAL")).toMatchObject({ dueOn: null, state: "DEADLINE_UNKNOWN" });
    expect(byCode.UBND.reports).toEqual([]);
    expect(byCode.BTGTU.ledTasks.map((t: any) => t.outline)).toEqual(["1", "4"]);
    expect(byCode.STTTT.focalPoints.map((f: any) => f.role)).toEqual(["LEADER", "OFFICER"]);
  });

  it("reads only the asked year's tasks, deadlines and reports for the agencies' compliance, however long their history", async () => {
    // Gia Lai has plans for 2019 and 2026: the border guard leads a task in each, and coordinates one in 2026.
    const rows = rowsRead(plans);
    let agencies: any[];
    try {
      ({ agencies } = await queryData(
        plans.url,
        /* GraphQL */ `
          {
            agencies(provinceCode: "VN-30") {
              code
              ledTasks(year: 2019) {
                id
              }
              coordinatedTasks(year: 2019) {
                id
              }
              reports(year: 2019) {
                period
                state
              }
            }
          }
        `,
      ));
    } finally {
      rows.stop();
    }
    const byCode = Object.fromEntries(agencies.map((a: any) => [a.code, a]));
    expect(byCode.BDBP.ledTasks.map((t: any) => t.id)).toEqual(["VN-30-2019:7"]);
    expect(byCode.BDBP.coordinatedTasks.map((t: any) => t.id)).toEqual(["VN-30-2019:1", "VN-30-2019:3"]);
    expect(byCode.STTTT.reports.map((r: any) => r.period)).toEqual(["ANNUAL", "SEMI_ANNUAL"]);
    const read = (table: string) => rows.of(table);
    expect(read("task").length).toBeGreaterThan(0);
    expect(new Set(read("task").map((row) => row.r_year))).toEqual(new Set([2019]));
    expect(new Set(read("reporting_deadline").map((row) => row.r_year))).toEqual(new Set([2019]));
    expect(read("report").length).toBeGreaterThan(0);
    expect(read("report").filter((row) => !String(row.r_deadlineId).startsWith("VN-30-2019:"))).toEqual([]);
    // the 2026 plan is still there for whoever asks for it, and without a year both come, in plan order
    const { agency } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          agency(id: "VN-30-BDBP") {
            ledTasks {
              id
            }
            coordinatedTasks(year: 2026) {
              id
            }
          }
        }
      `,
    );
    expect(agency.ledTasks.map((t: any) => t.id)).toEqual(["VN-30-2019:7", "VN-30-2026:2"]);
    expect(agency.coordinatedTasks.map((t: any) => t.id)).toEqual(["VN-30-2026:6"]);
    // and the read rule still holds on the joined reads: Gia Lai's INTERNAL tasks and reports are not another province's
    const elsewhere = await queryData(
      plans.url,
      `{ agency(id: "VN-30-BDBP") { ledTasks(year: 2019) { id } coordinatedTasks { id } reports(year: 2019) { period } } }`,
      {},
      {
        as: { anonymous: false, userId: "an.viewer", provinceCode: "VN-44", agencyCode: "SVHTTDL", role: "viewer", clearance: "INTERNAL" },
      },
    );
    expect(elsewhere.agency).toEqual({ ledTasks: [], coordinatedTasks: [], reports: [] });
  });

  it("summarises a province's year: tasks by status, overdue tasks, reports", async () => {
    const { province } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          province(code: "VN-30") {
            name
            planSummary(year: 2019) {
              tasks
              overdueTasks
              tasksByStatus {
                status
                count
              }
              reportsOnTime
              reportsLate
              reportsMissing
              reportsDeadlineUnknown
              deadlinesWithoutDate
            }
          }
        }
      `,
    );
    const summary = province.planSummary;
    expect(summary.tasks).toBe(10);
    expect(summary.tasksByStatus).toEqual([
      { status: "NOT_STARTED", count: 1 },
      { status: "IN_PROGRESS", count: 4 },
      { status: "DONE", count: 5 },
      { status: "CANCELLED", count: 0 },
    ]);
    expect(summary.overdueTasks).toBe(5);
    expect(summary.reportsOnTime).toBe(3); // semi-annual ones: STTTT's annual report answered a deadline with no valid date
    expect(summary.reportsLate).toBe(2);
    expect(summary.reportsMissing).toBeGreaterThan(0);
    // "31/11/2019": one deadline the dashboard shows as needing a date, and every agency's report against it in suspense.
    expect(summary.deadlinesWithoutDate).toBe(1);
    // the 20 not sent and the one STTTT sent: agencies founded in 2025 (Science and Technology, …) owe nothing for 2019
    expect(summary.reportsDeadlineUnknown).toBe(21);
  });

  it("resolves Task, Agency and Province references and the tasks that name a border gate", async () => {
    const result = await queryData(
      plans.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Task {
              id
              title
            }
            ... on Agency {
              code
              name
            }
            ... on Province {
              name
            }
            ... on BorderGate {
              tasks {
                id
                leads {
                  code
                }
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Task", id: "VN-30-2019:6" },
          { __typename: "Agency", id: "VN-30-BDBP" },
          { __typename: "Province", code: "VN-44" },
          { __typename: "BorderGate", id: "VN-30-le-thanh" },
          { __typename: "Task", id: "no-such-task" },
        ],
      },
    );
    expect(result._entities[0].title).toContain("Lệ Thanh");
    expect(result._entities[1]).toEqual({ code: "BDBP", name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" });
    expect(result._entities[2]).toEqual({ name: "An Giang" });
    expect(result._entities[3].tasks.map((t: any) => t.id)).toEqual(["VN-30-2019:6", "VN-30-2019:7"]);
    expect(result._entities[4]).toBeNull();
  });

  it("lets the lead update progress under optimistic versioning", async () => {
    const { task } = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          task(id: "VN-30-2019:10") {
            version
            status
          }
        }
      `,
    );
    const updated = await queryData(
      plans.url,
      /* GraphQL */ `
        mutation ($v: Int!) {
          updateTaskProgress(
            id: "VN-30-2019:10"
            version: $v
            input: { status: IN_PROGRESS, progressNote: "Đang biên soạn ấn phẩm tiếng Jrai" }
          ) {
            status
            progressNote
            version
          }
        }
      `,
      { v: task.version },
    );
    expect(updated.updateTaskProgress).toEqual({
      status: "IN_PROGRESS",
      progressNote: "Đang biên soạn ấn phẩm tiếng Jrai",
      version: task.version + 1,
    });
    const stale = await postGraphQL(
      plans.url,
      /* GraphQL */ `
        mutation ($v: Int!) {
          updateTaskProgress(id: "VN-30-2019:10", version: $v, input: { status: DONE }) {
            status
          }
        }
      `,
      { v: task.version },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const after = await queryData(
      plans.url,
      /* GraphQL */ `
        {
          task(id: "VN-30-2019:10") {
            status
          }
        }
      `,
    );
    expect(after.task.status).toBe("IN_PROGRESS");
  });

  it("adds a nested task to a plan and refuses one for an unknown plan", async () => {
    const created = await queryData(
      plans.url,
      /* GraphQL */ `
        mutation {
          createTask(
            input: {
              planId: "VN-30-2019"
              parentId: "VN-30-2019:9"
              ordinal: "a"
              title: "Tuyên truyền Hiệp định về Quy chế quản lý biên giới Việt Nam - Lào"
              endsOn: "2019-12-31"
            }
          ) {
            id
            outline
            depth
            parent {
              id
            }
          }
        }
      `,
    );
    expect(created.createTask).toEqual({ id: "VN-30-2019:9.a", outline: "9.a", depth: 1, parent: { id: "VN-30-2019:9" } });
    const missing = await postGraphQL(
      plans.url,
      /* GraphQL */ `
        mutation {
          createTask(input: { planId: "VN-99-2019", ordinal: "1", title: "x" }) {
            id
          }
        }
      `,
    );
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("validates directory writes and names the offending fields", async () => {
    const result = await postGraphQL(
      plans.url,
      /* GraphQL */ `
        mutation {
          createFocalPoint(input: { agencyId: "VN-30-SNGV", role: OFFICER, fullName: "", email: "not-an-email" }) {
            id
          }
        }
      `,
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining(["fullName", "email"]));
    const created = await queryData(
      plans.url,
      /* GraphQL */ `
        mutation {
          createAgency(input: { provinceCode: "VN-30", code: "UBND-H:Chư Prông", name: "Ủy ban nhân dân huyện Chư Prông" }) {
            id
            code
            version
          }
        }
      `,
    );
    expect(created.createAgency).toEqual({ id: "VN-30-UBND-H-chu-prong", code: "UBND-H:Chư Prông", version: 1 });
  });
});
