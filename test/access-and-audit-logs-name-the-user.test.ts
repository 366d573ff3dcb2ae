import { createLogger } from "../shared/service/logging";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", userId: "editor.sct.gialai" });
const VIEWER = official({ provinceCode: "VN-30", agencyCode: "SNGV", role: "viewer", userId: "viewer.sngv.gialai" });

type Line = Record<string, any>;

describe("access and audit logs: JSON lines on standard output naming the user, the audit lines exactly the committed entries", () => {
  let hub: RunningHub;
  const lines: Line[] = [];
  const capture = (service: string) =>
    createLogger(service, { level: "info", destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });

  beforeAll(async () => {
    hub = await startHub({ gatewayLogger: capture("gateway"), subgraphLogger: capture });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("logs each request in the gateway and in every department it reached with the same request id and the user who asked", async () => {
    lines.length = 0;
    await queryData(hub.gateway.url, `query MyTradeEvents { tradeEvents(provinceCode: "VN-30") { id } }`, {}, { as: VIEWER });
    await queryData(hub.gateway.url, `query PublicPlans { plans(provinceCode: "VN-30") { id } }`, {}, { as: "anonymous" });
    const gateway = lines.filter((l) => l.service === "gateway" && l.msg === "request");
    const mine = gateway.find((l) => l.operation === "MyTradeEvents")!;
    expect(mine).toMatchObject({ user: "viewer.sngv.gialai", role: "viewer", provinceCode: "VN-30", agencyCode: "SNGV", outcome: "ok" });
    expect(typeof mine.time).toBe("string");
    const trade = lines.find((l) => l.service === "trade" && l.msg === "request" && l.requestId === mine.requestId);
    expect(trade).toMatchObject({ user: "viewer.sngv.gialai", role: "viewer" });
    expect(gateway.find((l) => l.operation === "PublicPlans")).toMatchObject({ user: "anonymous" });
    // no token, variable or personal datum reaches the access log
    expect(JSON.stringify(lines)).not.toMatch(/Bearer|eyJ/);
  });

  it("ships every committed audit entry as a line naming its user and chain position, and none that was rolled back", async () => {
    lines.length = 0;
    const created = await queryData(
      hub.gateway.url,
      `mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id version } }`,
      { input: { provinceCode: "VN-30", name: "Hội chợ thương mại biên giới", kind: "EXHIBITION", startsOn: "2026-12-20" } },
      { as: TRADE_EDITOR },
    );
    // refused (a stale version): its transaction rolls back, and the refusal is its own entry
    const stale = await postGraphQL(
      hub.gateway.url,
      `mutation ($id: ID!) { updateTradeEvent(id: $id, version: 7, input: { provinceCode: "VN-30", name: "x", kind: EXHIBITION }) { id } }`,
      { id: created.createTradeEvent.id },
      { as: TRADE_EDITOR },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const shipped = lines.filter((l) => l.service === "trade" && l.msg === "audit").map((l) => l.audit);
    const stored = (await hub.subgraphs.trade.database.dataSource.query(
      "SELECT sequence, hash, userId, operation, outcome, recordId FROM audit_entry WHERE recordId = ? ORDER BY sequence",
      [created.createTradeEvent.id],
    )) as { sequence: number; hash: string; userId: string; operation: string; outcome: string; recordId: string }[];
    expect(stored.map((e) => [e.operation, e.outcome])).toEqual([
      ["createTradeEvent", "ALLOWED"],
      ["updateTradeEvent", "REFUSED"],
    ]);
    expect(
      shipped.map((a) => ({
        sequence: a.sequence,
        hash: a.hash,
        userId: a.user,
        operation: a.operation,
        outcome: a.outcome,
        recordId: a.recordId,
      })),
    ).toEqual(stored.map((e) => ({ ...e, sequence: Number(e.sequence) })));
    expect(shipped[0]).toMatchObject({ user: "editor.sct.gialai", role: "editor", actorProvinceCode: "VN-30", entity: "TradeEvent" });
    // the states stay in the department's database: nothing of the record's content is in the line
    expect(JSON.stringify(shipped)).not.toContain("Hội chợ");
  });
});
