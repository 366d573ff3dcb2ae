import { agencyId } from "../shared/auth/identity";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { reportFile } from "./support/report-file";

const TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const SCT = agencyId("VN-30", "SCT");

const REPORTS = /* GraphQL */ `
  query ($id: ID!) {
    agency(id: $id) {
      reports(year: 2019) {
        deadlineId
        period
        state
        submittedOn
        report {
          id
          version
          summary
        }
      }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation ($input: ReportInput!) {
    createReport(input: $input) {
      id
      submittedOn
    }
  }
`;

describe("the workflows' writes: reports, focal points and the audit view", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("lets an agency's officer submit its own report, computed LATE after the deadline, and refuses another agency's", async () => {
    // An agency whose six-month report is missing, and an officer of it.
    const { agencies } = await queryData(
      hub.gateway.url,
      `{ agencies(provinceCode: "VN-30") { id code reports(year: 2019) { deadlineId period state } } }`,
      {},
      { as: COORDINATOR },
    );
    const missing = agencies.filter((a: any) => a.reports.some((r: any) => r.period === "SEMI_ANNUAL" && r.state === "MISSING"));
    expect(missing.length).toBeGreaterThan(1);
    const [agency, other] = missing;
    const officer = official({ provinceCode: "VN-30", agencyCode: agency.code, role: "editor" });
    const deadlineId = agency.reports.find((r: any) => r.period === "SEMI_ANNUAL").deadlineId;
    const summary = `Báo cáo 6 tháng đầu năm 2019 của ${agency.code}.`;
    await queryData(
      hub.gateway.url,
      SUBMIT,
      { input: { agencyId: agency.id, deadlineId, submittedOn: "2019-06-20", documentNumber: "21/BC-SCT", summary, file: reportFile() } },
      { as: officer },
    );
    const after = (await queryData(hub.gateway.url, REPORTS, { id: agency.id }, { as: officer })).agency.reports;
    expect(after.find((r: { period: string }) => r.period === "SEMI_ANNUAL")).toMatchObject({
      state: "LATE",
      submittedOn: "2019-06-20",
      report: { summary, version: 1 },
    });

    const othersDeadline = other.reports.find((r: any) => r.period === "SEMI_ANNUAL").deadlineId;
    const refused = await postGraphQL(
      hub.gateway.url,
      SUBMIT,
      { input: { agencyId: other.id, deadlineId: othersDeadline, submittedOn: "2019-06-01", documentNumber: "3/BC", file: reportFile() } },
      { as: officer },
    );
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: "An agency submits only its own reports." });
    // STTTT records a report received on paper for any agency of its province.
    await queryData(
      hub.gateway.url,
      SUBMIT,
      { input: { agencyId: other.id, deadlineId: othersDeadline, submittedOn: "2019-06-01", documentNumber: "3/BC", file: reportFile() } },
      { as: COORDINATOR },
    );
    const paper = (await queryData(hub.gateway.url, REPORTS, { id: other.id }, { as: COORDINATOR })).agency.reports;
    expect(paper.find((r: { period: string }) => r.period === "SEMI_ANNUAL").state).toBe("ON_TIME");
  });

  it("refuses a list sent as null (agencies, languages) beside its field, as BAD_USER_INPUT, never a server error", async () => {
    const refused = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation {
          createPublication(input: { provinceCode: "VN-30", title: "Tờ gấp thử", format: BROCHURE, agencyIds: null, languages: null }) {
            id
          }
        }
      `,
      {},
      { as: official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "editor" }) },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: expect.arrayContaining(["agencyIds", "languages"]),
    });
    expect(refused.errors?.[0].message).toMatch(/"agencyIds": .*must be a list; send \[\] to clear it/);
  });

  it("accepts Vietnamese phone numbers for focal points and refuses others beside the field", async () => {
    const name = /* GraphQL */ `
      mutation ($phone: String) {
        createFocalPoint(input: { agencyId: "${SCT}", role: OFFICER, fullName: "Nguyễn Thị Hoa", phone: $phone, email: "hoa@gialai.gov.vn" }) {
          id
          phone
        }
      }
    `;
    const refused = await postGraphQL(hub.gateway.url, name, { phone: "12345" }, { as: TRADE_EDITOR });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: ["phone"] });
    const accepted = await queryData(hub.gateway.url, name, { phone: "0912 345 678" }, { as: TRADE_EDITOR });
    expect(accepted.createFocalPoint.phone).toBe("0912 345 678");
  });

  it("filters the audit log by user, operation and time, and reports each chain intact", async () => {
    const log = /* GraphQL */ `
      query ($user: String, $operation: String, $since: DateTime) {
        auditLog {
          plans(userId: $user, operation: $operation, since: $since, limit: 1000) {
            userId
            operation
            at
          }
          plansChain {
            intact
            entries
            problem
          }
          tradeChain {
            intact
          }
        }
      }
    `;
    const all = (await queryData(hub.gateway.url, log, {}, { as: COORDINATOR })).auditLog;
    expect(all.plansChain).toMatchObject({ intact: true, problem: null });
    expect(all.plansChain.entries).toBe(all.plans.length);
    expect(all.tradeChain.intact).toBe(true);
    const mine = (await queryData(hub.gateway.url, log, { user: TRADE_EDITOR.userId, operation: "createFocalPoint" }, { as: COORDINATOR }))
      .auditLog.plans;
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.every((e: { userId: string; operation: string }) => e.userId === TRADE_EDITOR.userId && e.operation === "createFocalPoint"),
    ).toBe(true);
    const future = (await queryData(hub.gateway.url, log, { since: "2999-01-01T00:00:00Z" }, { as: COORDINATOR })).auditLog.plans;
    expect(future).toEqual([]);
    // A break is found, once the last walk of the chain is a minute old, and placed for admins: an entry changed behind the API's back.
    await hub.subgraphs.plans.database.dataSource.query(`UPDATE audit_entry SET operation = 'tampered' WHERE sequence = 1`);
    const walked = Date.now();
    jest.spyOn(Date, "now").mockReturnValue(walked + 61_000);
    try {
      const broken = (await queryData(hub.gateway.url, log, {}, { as: COORDINATOR })).auditLog.plansChain;
      expect(broken).toEqual({
        intact: false,
        entries: all.plans.length,
        problem: "The chain is broken; an admin of the hub can see where.",
      });
      const placed = (
        await queryData(hub.gateway.url, log, {}, { as: official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "admin" }) })
      ).auditLog.plansChain;
      expect(placed).toEqual({ intact: false, entries: 0, problem: "entry 1 was changed after it was written" });
    } finally {
      jest.restoreAllMocks();
    }
    const viewer = await postGraphQL(
      hub.gateway.url,
      log,
      {},
      { as: official({ provinceCode: "VN-30", agencyCode: "UBND", role: "viewer" }) },
    );
    expect(viewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
