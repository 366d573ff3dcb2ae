import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { verifyAuditChain } from "../shared/records/audit";
import { official, postGraphQL, queryData, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { ON_MYSQL } from "./support/test-database";

const run = promisify(execFile);

const GIA_LAI_TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const AN_GIANG_TRADE_EDITOR = official({ provinceCode: "VN-44", agencyCode: "SCT", role: "editor" });
const GIA_LAI_TOURISM_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "editor" });
const GIA_LAI_TRADE_VIEWER = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "viewer" });
const GIA_LAI_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const GIA_LAI_PROPAGANDA_EDITOR = official({ provinceCode: "VN-30", agencyCode: "BTGTU", role: "editor" });
const GIA_LAI_FOREIGN_AFFAIRS_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SNGV", role: "editor" });

const UPDATE_EVENT = /* GraphQL */ `
  mutation ($id: ID!, $v: Int!, $name: String!) {
    updateTradeEvent(id: $id, version: $v, input: { provinceCode: "VN-30", name: $name, kind: FAIR }) {
      name
      version
    }
  }
`;
const EVENT = "demo-trade-gl-le-thanh-fair-2019"; // PUBLIC, Gia Lai
const INTERNAL_EVENT = "demo-trade-gl-investment-conf-2019"; // INTERNAL, Gia Lai

describe("writes: only the right people change each record, and every attempt is audited", () => {
  let hub: RunningHub;
  const trade = () => hub.subgraphs.trade.database.dataSource;
  const eventName = async (id: string) => (await trade().query(`SELECT name FROM trade_event WHERE id = ?`, [id]))[0].name;
  const lastAudit = async () => (await trade().query(`SELECT * FROM audit_entry ORDER BY sequence DESC LIMIT 1`))[0];

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("lets an editor of an operating agency change a record of their own province, and audits it", async () => {
    const before = await eventName(EVENT);
    const result = await queryData(
      hub.gateway.url,
      UPDATE_EVENT,
      { id: EVENT, v: 1, name: `${before} (cập nhật)` },
      { as: GIA_LAI_TRADE_EDITOR },
    );
    expect(result.updateTradeEvent).toEqual({ name: `${before} (cập nhật)`, version: 2 });
    const entry = await lastAudit();
    expect(entry).toMatchObject({
      outcome: "ALLOWED",
      operation: "updateTradeEvent",
      recordId: EVENT,
      userId: GIA_LAI_TRADE_EDITOR.userId,
      agencyCode: "SCT",
    });
    expect(JSON.parse(entry.before).name).toBe(before);
    expect(JSON.parse(entry.after).name).toBe(`${before} (cập nhật)`);
  });

  it.each([
    ["another department's editor", GIA_LAI_TOURISM_EDITOR, "FORBIDDEN"],
    ["a viewer of the operating agency", GIA_LAI_TRADE_VIEWER, "FORBIDDEN"],
    ["the operating agency's editor of another province (INTERNAL record: as if it did not exist)", AN_GIANG_TRADE_EDITOR, "NOT_FOUND"],
  ])("refuses %s, changes nothing and audits the refusal", async (_who, as, code) => {
    const name = await eventName(INTERNAL_EVENT);
    const result = await postGraphQL(hub.gateway.url, UPDATE_EVENT, { id: INTERNAL_EVENT, v: 1, name: "Sửa trái phép" }, { as });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await eventName(INTERNAL_EVENT)).toBe(name);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ outcome: "REFUSED", operation: "updateTradeEvent", userId: as.userId });
    expect(entry.reason).toContain(code);
    if (code === "NOT_FOUND") expect(entry.before).toBeNull(); // nothing of a record they may not read goes into their entry
  });

  it("answers NOT_FOUND alike for a record that does not exist and one the caller may not read", async () => {
    const missing = await postGraphQL(
      hub.gateway.url,
      UPDATE_EVENT,
      { id: "no-such-event", v: 1, name: "x" },
      { as: AN_GIANG_TRADE_EDITOR },
    );
    const hidden = await postGraphQL(hub.gateway.url, UPDATE_EVENT, { id: INTERNAL_EVENT, v: 1, name: "x" }, { as: AN_GIANG_TRADE_EDITOR });
    expect(hidden.errors?.[0].message.replace(INTERNAL_EVENT, "?")).toBe(missing.errors?.[0].message.replace("no-such-event", "?"));
  });

  it.each([
    [
      "a value that does not validate",
      /* GraphQL */ `
        mutation {
          createTradeEvent(
            input: { provinceCode: "VN-30", name: "Hội chợ bí mật ABC", kind: FAIR, startsOn: "2019-05-02", endsOn: "2019-05-01" }
          ) {
            id
          }
        }
      `,
      {},
      "endsOn",
    ],
    [
      "a variable the department cannot read (a date that does not exist)",
      /* GraphQL */ `
        mutation ($input: TradeEventInput!) {
          createTradeEvent(input: $input) {
            id
          }
        }
      `,
      { input: { provinceCode: "VN-30", name: "Hội chợ bí mật ABC", kind: "FAIR", startsOn: "2019-13-45" } },
      "input.startsOn",
    ],
  ])("audits a write refused for %s, naming the field but keeping nothing that was typed", async (_what, mutation, variables, field) => {
    const result = await postGraphQL(hub.gateway.url, mutation, variables, { as: GIA_LAI_TRADE_EDITOR });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const entry = await lastAudit();
    expect(entry).toMatchObject({
      outcome: "REFUSED",
      operation: "createTradeEvent",
      entity: "TradeEvent",
      userId: GIA_LAI_TRADE_EDITOR.userId,
      before: null,
      after: null,
    });
    expect(entry.reason).toContain("BAD_USER_INPUT");
    expect(entry.reason).toContain(field);
    expect(entry.reason).not.toContain("bí mật");
  });

  it("refuses a record created for another province", async () => {
    const result = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation {
          createTradeEvent(input: { provinceCode: "VN-44", name: "Hội chợ ngoài tỉnh", kind: FAIR }) {
            id
          }
        }
      `,
      {},
      { as: GIA_LAI_TRADE_EDITOR },
    );
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await trade().query(`SELECT id FROM trade_event WHERE name = ?`, ["Hội chợ ngoài tỉnh"])).toEqual([]);
    expect(await lastAudit()).toMatchObject({ outcome: "REFUSED", operation: "createTradeEvent", provinceCode: "VN-44" });
  });

  it("lets only the lead agency report progress on its task; coordinators create tasks", async () => {
    const progress = /* GraphQL */ `
      mutation ($v: Int!) {
        updateTaskProgress(id: "VN-30-2019:4", version: $v, input: { status: DONE, progressNote: "Đã hoàn thành" }) {
          status
          version
        }
      }
    `;
    const { task } = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        {
          task(id: "VN-30-2019:4") {
            version
          }
        }
      `,
    );
    const coordinatorOfTask = await postGraphQL(hub.gateway.url, progress, { v: task.version }, { as: GIA_LAI_FOREIGN_AFFAIRS_EDITOR });
    expect(coordinatorOfTask.errors?.[0].extensions?.code).toBe("FORBIDDEN"); // SNGV coordinates task 4, BTGTU leads it
    const lead = await queryData(hub.gateway.url, progress, { v: task.version }, { as: GIA_LAI_PROPAGANDA_EDITOR });
    expect(lead.updateTaskProgress).toEqual({ status: "DONE", version: task.version + 1 });

    const createTask = /* GraphQL */ `
      mutation {
        createTask(input: { planId: "VN-30-2019", ordinal: "11", title: "Nhiệm vụ bổ sung" }) {
          id
        }
      }
    `;
    expect((await postGraphQL(hub.gateway.url, createTask, {}, { as: GIA_LAI_PROPAGANDA_EDITOR })).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await queryData(hub.gateway.url, createTask, {}, { as: GIA_LAI_COORDINATOR })).createTask.id).toBe("VN-30-2019:11");
  });

  it("shows the audit log to coordinators (their province) and admins, and to no one else", async () => {
    const AUDIT = /* GraphQL */ `
      {
        auditLog {
          trade(limit: 200) {
            operation
            outcome
            actorProvinceCode
            recordId
            hash
            previousHash
          }
          plans {
            operation
            outcome
          }
        }
      }
    `;
    const coordinator = await queryData(hub.gateway.url, AUDIT, {}, { as: GIA_LAI_COORDINATOR });
    expect(coordinator.auditLog.trade.length).toBeGreaterThan(0);
    expect(coordinator.auditLog.plans.map((e: any) => e.operation)).toContain("createTask");
    const admin = await queryData(hub.gateway.url, AUDIT, {}, { as: TEST_ADMIN });
    expect(admin.auditLog.trade.length).toBeGreaterThanOrEqual(coordinator.auditLog.trade.length);
    const before = hub.subgraphRequests();
    const editor = await postGraphQL(hub.gateway.url, AUDIT, {}, { as: GIA_LAI_TRADE_EDITOR });
    expect(editor.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(hub.subgraphRequests()).toBe(before);
  });

  it("offers no way to change or delete an audit entry through the API", async () => {
    const schema = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        {
          __schema {
            mutationType {
              fields {
                name
              }
            }
          }
        }
      `,
    );
    expect(schema.__schema.mutationType.fields.map((f: any) => f.name).filter((n: string) => /audit/i.test(n))).toEqual([]);
  });

  it("keeps an intact chain, and `npm run audit:verify` finds a row edited behind the API's back", async () => {
    expect(await verifyAuditChain(trade())).toMatchObject({ intact: true });
    const entries = (await verifyAuditChain(trade())).entries;
    await trade().query(`UPDATE audit_entry SET userId = 'someone.else' WHERE sequence = 1`);
    expect(await verifyAuditChain(trade())).toEqual({ intact: false, entries: 0, problem: "entry 1 was changed after it was written" });
    expect(entries).toBeGreaterThan(3);

    const location = hub.subgraphs.trade.database.dataSource.options as { url?: string; database?: string };
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (ON_MYSQL) env.TRADE_DATABASE_URL = location.url;
    else {
      env.HUB_DATA_DIR = path.dirname(String(location.database));
      delete env.TRADE_DATABASE_URL;
    }
    const verify = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/audit-verify.js"), "trade"], { env }).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain("trade");
    expect(verify.stdout).toContain("BROKEN after 0 good entries: entry 1 was changed after it was written");
  });
});
