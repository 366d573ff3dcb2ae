import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSubgraph } from "../shared/federation/subgraph-server";
import { verifyAuditChain } from "../shared/records/audit";
import { exportStateSecrets, openExport, secretHoldings } from "../shared/records/state-secrets";
import { independentLanProblems } from "../shared/service/secret-zone-checks";
import borderSecurity from "../subgraphs/border-security";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const GUARD = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "coordinator", clearance: "SECRET" });
const CREATE = /* GraphQL */ `
  mutation ($input: BorderIncidentInput!) {
    createBorderIncident(input: $input) {
      id
      classification
      secretRegistrationNumber
      secretHolder
    }
  }
`;
const INCIDENTS = `{ borderIncidents(provinceCode: "VN-30", limit: 500) { id title classification } }`;

describe("state secrets stay off the province's shared network (Law 117/2025/QH15, Art. 5(2))", () => {
  let hub: RunningHub;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hub-secret-export-"));
  const border = () => hub.subgraphs.borderSecurity.database.dataSource;
  beforeAll(async () => {
    hub = await startHub(); // a development hub: its fictional SECRET demo incidents are there
  });
  afterAll(async () => {
    delete process.env.HUB_SECRET_ZONE;
    await hub?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  afterEach(() => {
    delete process.env.HUB_SECRET_ZONE;
  });

  it("refuses every SECRET write on the network, citing the law and what to do instead, and keeps no trace of the content", async () => {
    process.env.HUB_SECRET_ZONE = "network";
    const before = await queryData(hub.gateway.url, INCIDENTS, {}, { as: GUARD });
    const input = { provinceCode: "VN-30", title: "Nội dung mật thử nghiệm", occurredOn: "2026-05-02", classification: "SECRET" };
    const refused = await postGraphQL(hub.gateway.url, CREATE, { input }, { as: GUARD });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: "STATE_SECRET_NOT_PERMITTED",
      fields: ["classification"],
      law: "Luật Bảo vệ bí mật nhà nước số 117/2025/QH15",
      article: "Điều 5 khoản 2",
    });
    expect(refused.errors?.[0].message).toMatch(/registration number and holding agency/);
    expect(await queryData(hub.gateway.url, INCIDENTS, {}, { as: GUARD })).toEqual(before);
    const trail = await border().query(`SELECT * FROM audit_entry WHERE operation = 'createBorderIncident' AND outcome = 'REFUSED'`);
    expect(trail.length).toBeGreaterThan(0);
    expect(JSON.stringify(trail)).not.toContain("Nội dung mật thử nghiệm");

    // what may be shared is recorded INTERNAL, citing the secret document by its number and holder
    const cited = await queryData(
      hub.gateway.url,
      CREATE,
      {
        input: {
          ...input,
          title: "Vụ việc tại khu vực biên giới",
          classification: "INTERNAL",
          secretRegistrationNumber: "125/MẬT",
          secretHolder: "Bộ Chỉ huy BĐBP tỉnh Gia Lai",
        },
      },
      { as: GUARD },
    );
    expect(cited.createBorderIncident).toMatchObject({ classification: "INTERNAL", secretRegistrationNumber: "125/MẬT" });
    const half = await postGraphQL(
      hub.gateway.url,
      CREATE,
      { input: { ...input, classification: "INTERNAL", secretRegistrationNumber: "126/MẬT" } },
      { as: GUARD },
    );
    expect(half.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: ["secretRegistrationNumber"] });
  });

  it("will not serve from a database that holds state secrets on the network, and says how to move them out", async () => {
    process.env.HUB_SECRET_ZONE = "network";
    const location = border().options as { database?: string; url?: string };
    await expect(
      startSubgraph(borderSecurity, {
        port: 0,
        seedDemoData: false,
        database: location.url ? { url: location.url } : { file: String(location.database) },
      }),
    ).rejects.toThrow(/holds state secrets \(\d+ SECRET BorderIncident records?.*npm run secrets:export/);
  });

  it("moves every state secret into an encrypted file, losing nothing, leaving every chain intact, and then serves on the network", async () => {
    // one SECRET write more, so the trail keeps a sealed SECRET state as well as the demo's records
    await queryData(
      hub.gateway.url,
      CREATE,
      { input: { provinceCode: "VN-30", title: "Sự việc mật mẫu", occurredOn: "2026-05-03", classification: "SECRET" } },
      { as: GUARD },
    );
    const secretRows = await border().query(`SELECT id, title FROM border_incident WHERE classification = 'SECRET' ORDER BY id`);
    expect(secretRows.length).toBeGreaterThanOrEqual(3);
    const file = path.join(folder, "bi-mat-2026.json");
    const summary = await exportStateSecrets([{ subgraph: "borderSecurity", db: border() }], {
      file,
      passphrase: "mật khẩu đủ dài cho kiểm thử",
      holder: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai",
      operator: "test.operator",
    });
    expect(summary.departments).toEqual([{ subgraph: "borderSecurity", records: secretRows.length, auditStates: expect.any(Number) }]);
    expect(summary.departments[0].auditStates).toBeGreaterThanOrEqual(1);

    // nothing is lost: the holder opens every record, as it was
    const [opened] = openExport(fs.readFileSync(file, "utf8"), "mật khẩu đủ dài cho kiểm thử");
    expect(
      opened.records.map((r) => ({ id: r.record.id, title: r.record.title })).sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ).toEqual(secretRows);
    expect(opened.auditStates.some((s) => (s.after ?? "").includes("Sự việc mật mẫu"))).toBe(true);
    expect(() => openExport(fs.readFileSync(file, "utf8"), "không đúng mật khẩu")).toThrow("the passphrase is wrong");

    // and nothing stays: no SECRET row, no readable SECRET state, the chain whole, the move itself audited
    expect(await secretHoldings(border())).toEqual({ records: {}, sealedStates: 0 });
    expect(await verifyAuditChain(border())).toMatchObject({ intact: true });
    const trail = JSON.stringify(await border().query(`SELECT * FROM audit_entry`));
    expect(trail).not.toContain("Sự việc mật mẫu");
    const log = await queryData(
      hub.gateway.url,
      `{ auditLog { borderSecurity(operation: "createBorderIncident", limit: 1000) { after } } }`,
      {},
      { as: COORDINATOR },
    );
    expect(
      log.auditLog.borderSecurity.some((e: { after: string }) => e.after?.includes("state secret moved to its holding agency's register")),
    ).toBe(true);
    const moved = await border().query(`SELECT after FROM audit_entry WHERE operation = 'exportStateSecrets'`);
    expect(JSON.parse(moved[0].after)).toMatchObject({
      holder: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai",
      records: { BorderIncident: secretRows.length },
    });

    process.env.HUB_SECRET_ZONE = "network";
    const location = border().options as { database?: string; url?: string };
    const again = await startSubgraph(borderSecurity, {
      port: 0,
      seedDemoData: false,
      database: location.url ? { url: location.url } : { file: String(location.database) },
    });
    await again.stop();
  });
});

describe("an independent-LAN deployment refuses to start on what software can see contradicts it", () => {
  it("names a listening address, a configured URL outside the private ranges, and plain HTTP between hosts", async () => {
    const problems = await independentLanProblems("203.0.113.7", {
      HUB_OIDC_ISSUER: "https://203.0.113.50/realms/hub",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://10.0.0.5:4318",
      TRADE_URL: "http://10.0.0.7:4002/graphql",
      PLANS_URL: "https://10.0.0.8:4001/graphql",
      TOURISM_URL: "http://127.0.0.1:4003/graphql",
      PLANS_DATABASE_URL: "mysql://hub:secret@192.168.1.20:3306/hub_plans",
    });
    expect(problems).toEqual([
      "it listens on 203.0.113.7, outside the private ranges",
      "HUB_OIDC_ISSUER leads to 203.0.113.50, outside the private ranges",
      "TRADE_URL reaches another host over plain HTTP (10.0.0.7:4002): use HTTPS between services",
    ]);
    expect(await independentLanProblems("10.0.0.3", { PLANS_URL: "https://10.0.0.8:4001/graphql" })).toEqual([]);
  });

  it("stops a subgraph configured to reach outside, naming what it saw", async () => {
    process.env.HUB_SECRET_ZONE = "independent-lan";
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "https://198.51.100.9:4318";
    try {
      await expect(startSubgraph(borderSecurity, { port: 0, seedDemoData: false, database: { file: ":memory:" } })).rejects.toThrow(
        /does not start with HUB_SECRET_ZONE=independent-lan: .*OTEL_EXPORTER_OTLP_ENDPOINT leads to 198\.51\.100\.9/,
      );
    } finally {
      delete process.env.HUB_SECRET_ZONE;
      delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    }
  });
});
