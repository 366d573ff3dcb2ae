import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { official, postGraphQL, queryData, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { reportFile } from "./support/report-file";

const FILE = `{ fileName: "bao-cao.pdf", content: "${reportFile().content}" }`;

const GIA_LAI_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const AN_GIANG_COORDINATOR = official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "coordinator" });
const GIA_LAI_TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const GIA_LAI_BORDER_EDITOR = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const GIA_LAI_SNGV_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SNGV", role: "editor" });

const CREATE_REPORT = /* GraphQL */ `
  mutation ($agency: ID!, $deadline: ID!) {
    createReport(input: { agencyId: $agency, deadlineId: $deadline, submittedOn: "2018-06-10", documentNumber: "7/BC", file: ${FILE} }) {
      id
      version
    }
  }
`;
const UPDATE_REPORT = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $agency: ID!, $deadline: ID!) {
    updateReport(
      id: $id
      version: $v
      input: { agencyId: $agency, deadlineId: $deadline, submittedOn: "2018-06-10", documentNumber: "7/BC" }
    ) {
      id
    }
  }
`;
const AN_GIANG_COMPLIANCE = /* GraphQL */ `
  {
    agencies(provinceCode: "VN-44") {
      code
      reports(year: 2018) {
        period
        state
      }
    }
  }
`;

describe("a write stays in the writer's province, whatever it points at", () => {
  let hub: RunningHub;
  const plans = () => hub.subgraphs.plans.database.dataSource;
  const reportRows = () => plans().query(`SELECT id, agencyId, deadlineId, provinceCode FROM report ORDER BY id`);

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("refuses to re-point a report at another province's agency and deadline, and An Giang's compliance does not change", async () => {
    const created = await queryData(
      hub.gateway.url,
      CREATE_REPORT,
      { agency: "VN-30-BTGTU", deadline: "VN-30-2019:deadline:1" },
      { as: GIA_LAI_COORDINATOR },
    );
    const before = await queryData(hub.gateway.url, AN_GIANG_COMPLIANCE, {}, { as: AN_GIANG_COORDINATOR });
    const rows = await reportRows();

    const moved = await postGraphQL(
      hub.gateway.url,
      UPDATE_REPORT,
      { id: created.createReport.id, v: 1, agency: "VN-44-SVHTTDL", deadline: "VN-44-2018:deadline:1" },
      { as: GIA_LAI_COORDINATOR },
    );
    expect(moved.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
    expect(await reportRows()).toEqual(rows);
    expect(await queryData(hub.gateway.url, AN_GIANG_COMPLIANCE, {}, { as: AN_GIANG_COORDINATOR })).toEqual(before);
  });

  it("refuses a report that pairs an agency with another province's deadline", async () => {
    const result = await postGraphQL(
      hub.gateway.url,
      CREATE_REPORT,
      { agency: "VN-30-SNV", deadline: "VN-44-2018:deadline:2" },
      { as: GIA_LAI_COORDINATOR },
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: ["deadlineId"] } });
  });

  it("refuses to re-point a focal point at another province's agency", async () => {
    const created = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation {
          createFocalPoint(input: { agencyId: "VN-30-SNGV", role: OFFICER, fullName: "Nguyễn Thị Hoa" }) {
            id
          }
        }
      `,
      {},
      { as: GIA_LAI_SNGV_EDITOR },
    );
    const moved = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateFocalPoint(id: $id, version: 1, input: { agencyId: "VN-44-SNGV", role: OFFICER, fullName: "Nguyễn Thị Hoa" }) {
            id
          }
        }
      `,
      { id: created.createFocalPoint.id },
      { as: GIA_LAI_SNGV_EDITOR },
    );
    expect(moved.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
    expect(await plans().query(`SELECT agencyId, provinceCode FROM focal_point WHERE id = ?`, [created.createFocalPoint.id])).toEqual([
      { agencyId: "VN-30-SNGV", provinceCode: "VN-30" },
    ]);
  });

  it("answers a key already taken with CONFLICT, saying nothing of the record that holds it, and changes nothing", async () => {
    // A report the coordinator cannot read holds the pair (SECRET, as a department might mark one).
    await plans().query(
      `INSERT INTO report (id, agencyId, deadlineId, provinceCode, submittedOn, classification, version, createdAt, updatedAt) VALUES ('hidden-report', 'VN-30-SNV', 'VN-30-2019:deadline:2', 'VN-30', '2019-11-01', 'SECRET', 1, '2019-11-01 00:00:00', '2019-11-01 00:00:00')`,
    );
    const rows = await reportRows();
    const taken = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation {
          createReport(input: { agencyId: "VN-30-SNV", deadlineId: "VN-30-2019:deadline:2", submittedOn: "2019-11-02", documentNumber: "9/BC-SNV", file: ${FILE} }) {
            id
          }
        }
      `,
      {},
      { as: GIA_LAI_COORDINATOR },
    );
    expect(taken.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(taken.errors?.[0].message).not.toMatch(/hidden-report|SECRET|2019-11-01/);
    expect(await reportRows()).toEqual(rows);

    // The same through an update aimed at the taken pair.
    const mine = await queryData(
      hub.gateway.url,
      CREATE_REPORT,
      { agency: "VN-30-STC", deadline: "VN-30-2019:deadline:2" },
      { as: GIA_LAI_COORDINATOR },
    );
    const aimed = await postGraphQL(
      hub.gateway.url,
      UPDATE_REPORT,
      { id: mine.createReport.id, v: 1, agency: "VN-30-SNV", deadline: "VN-30-2019:deadline:2" },
      { as: GIA_LAI_COORDINATOR },
    );
    expect(aimed.errors?.[0].extensions?.code).toBe("CONFLICT");
  });

  it.each([
    ["an An Giang task", { taskId: "VN-44-2018:1" }, "taskId"],
    ["an An Giang border gate", { borderGateId: "VN-44-tinh-bien" }, "borderGateId"],
    ["an An Giang agency", { agencyIds: ["VN-30-SCT", "VN-44-SCT"] }, "agencyIds"],
    ["a task that does not exist", { taskId: "VN-30-2019:99" }, "taskId"],
  ])("refuses a Gia Lai trade event that points at %s, and stores nothing", async (_what, reference, field) => {
    const result = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($input: TradeEventInput!) {
          createTradeEvent(input: $input) {
            id
          }
        }
      `,
      { input: { provinceCode: "VN-30", name: "Hội chợ ngoài tỉnh", kind: "FAIR", ...reference } },
      { as: GIA_LAI_TRADE_EDITOR },
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [field] } });
    expect(await hub.subgraphs.trade.database.dataSource.query(`SELECT id FROM trade_event WHERE name = 'Hội chợ ngoài tỉnh'`)).toEqual([]);
  });

  it("lets the same trade event point at Gia Lai's own task, gate and agencies", async () => {
    const result = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation {
          createTradeEvent(
            input: {
              provinceCode: "VN-30"
              name: "Hội chợ Lệ Thanh"
              kind: FAIR
              taskId: "VN-30-2019:6"
              borderGateId: "VN-30-le-thanh"
              agencyIds: ["VN-30-SCT"]
            }
          ) {
            task {
              id
            }
            borderGate {
              id
            }
          }
        }
      `,
      {},
      { as: GIA_LAI_TRADE_EDITOR },
    );
    expect(result.createTradeEvent).toEqual({ task: { id: "VN-30-2019:6" }, borderGate: { id: "VN-30-le-thanh" } });
  });

  it("refuses a border record that points at another province's gate, checked by the border subgraph itself", async () => {
    const result = await postGraphQL(
      hub.subgraphs.borderSecurity.url,
      /* GraphQL */ `
        mutation {
          createOutreachSession(input: { provinceCode: "VN-30", topic: "Tuyên truyền", borderGateId: "VN-44-tinh-bien" }) {
            id
          }
        }
      `,
      {},
      { as: GIA_LAI_BORDER_EDITOR },
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: ["borderGateId"] } });
  });

  it("lets an admin re-point a record across provinces only where the new place exists, and the audit entry is the admins' alone", async () => {
    const created = await queryData(
      hub.gateway.url,
      CREATE_REPORT,
      { agency: "VN-30-SKHDT", deadline: "VN-30-2019:deadline:1" },
      { as: TEST_ADMIN },
    );
    await queryData(
      hub.gateway.url,
      UPDATE_REPORT,
      { id: created.createReport.id, v: 1, agency: "VN-44-SKHDT", deadline: "VN-44-2018:deadline:1" },
      { as: TEST_ADMIN },
    );
    const [entry] = await plans().query(`SELECT provinceCode FROM audit_entry WHERE recordId = ? AND operation = 'updateReport'`, [
      created.createReport.id,
    ]);
    expect(entry.provinceCode).toBeNull();
    expect(await plans().query(`SELECT provinceCode FROM report WHERE id = ?`, [created.createReport.id])).toEqual([
      { provinceCode: "VN-44" },
    ]);
  });

  it("refuses to import over a plan the coordinator may not read, and shows nothing of it", async () => {
    await plans().query(`UPDATE plan SET classification = 'SECRET', title = 'Kế hoạch mật' WHERE id = 'VN-30-2019'`);
    const text = fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents/gia-lai-2019.txt"), "utf8");
    const result = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($text: String!) {
          importPlan(text: $text) {
            id
            title
          }
        }
      `,
      { text },
      { as: GIA_LAI_COORDINATOR },
    );
    expect(result.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(JSON.stringify(result)).not.toContain("Kế hoạch mật");
    expect(await plans().query(`SELECT title, classification FROM plan WHERE id = 'VN-30-2019'`)).toEqual([
      { title: "Kế hoạch mật", classification: "SECRET" },
    ]);
  });
});
