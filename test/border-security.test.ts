import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { borderSecuritySubgraph } from "../subgraphs/border-security";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { describeRecordWrites } from "./support/record-write-contract";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

const entities = (selection: string) => /* GraphQL */ `query ($reps: [_Any!]!) { _entities(representations: $reps) { ${selection} } }`;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

const GIA_LAI_BORDER_GUARD = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const AN_GIANG_BORDER_GUARD = official({ provinceCode: "VN-44", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const TEST_PROVINCE_BORDER_GUARD = official({ provinceCode: "VN-49", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });

describe("border-security subgraph on a real database file", () => {
  const data = temporaryDataDirectory("border-security");
  let border: RunningSubgraph;

  beforeAll(async () => {
    border = await startTestSubgraph(borderSecuritySubgraph, data.directory);
  });
  afterAll(async () => {
    await border.stop();
    data.cleanup();
  });

  it("loads the demo records on first start, each marked as demo data, with the hub-wide gate ids", async () => {
    expect(border.seeded).toBe(true);
    const result = await queryData(
      border.url,
      /* GraphQL */ `
        {
          borderGates(limit: 500) {
            id
            name
            kind
            oppositeGate
            district
            isDemo
            classification
            province {
              code
            }
            country {
              code
            }
          }
          borderCommunes(limit: 500) {
            isDemo
          }
          informationPoints(limit: 500) {
            isDemo
          }
          outreachSessions(limit: 500) {
            isDemo
          }
          selfManagementGroups(limit: 500) {
            isDemo
          }
          borderIncidents(limit: 500) {
            isDemo
          }
        }
      `,
    );
    expect(ids(result.borderGates).sort()).toEqual([
      "VN-30-le-thanh",
      "VN-44-khanh-binh",
      "VN-44-tinh-bien",
      "VN-44-vinh-hoi-dong",
      "VN-44-vinh-xuong",
    ]);
    expect(result.borderGates.find((g: any) => g.id === "VN-30-le-thanh")).toEqual({
      id: "VN-30-le-thanh",
      name: "Lệ Thanh",
      kind: "INTERNATIONAL",
      oppositeGate: "O Yadav",
      district: "Đức Cơ",
      isDemo: true,
      classification: "PUBLIC",
      province: { code: "VN-30" },
      country: { code: "KH" },
    });
    for (const list of Object.values(result) as { isDemo: boolean }[][]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((row) => row.isDemo)).toBe(true);
    }
  });

  it("answers the border-gate part of the BorderGateDossier contract operation", async () => {
    const result = await queryData(
      border.url,
      /* GraphQL */ `
        query ($provinceCode: String!) {
          borderGates(provinceCode: $provinceCode) {
            id
            name
            kind
            province {
              code
            }
            country {
              code
            }
            informationPoints {
              id
              name
              status
            }
            outreachSessions {
              id
              topic
              heldOn
              attendees
            }
          }
        }
      `,
      { provinceCode: "VN-30" },
    );
    expect(result.borderGates).toHaveLength(1);
    const gate = result.borderGates[0];
    expect(ids(gate.informationPoints)).toEqual(["demo-border-security-le-thanh-screen", "demo-border-security-le-thanh-info-point"]);
    expect(gate.informationPoints.map((p: any) => p.status)).toEqual(["PLANNED", "OPERATING"]);
    expect(gate.outreachSessions).toEqual([
      {
        id: "demo-border-security-le-thanh-crossing-2019",
        topic: expect.stringContaining("Lệ Thanh"),
        heldOn: "2019-10-08",
        attendees: 80,
      },
    ]);
  });

  it("resolves a BorderGate reference it owns, and null for an unknown gate", async () => {
    const result = await queryData(
      border.url,
      entities(
        `... on BorderGate { id name kind country { code } informationPoints { id } outreachSessions { id } borderIncidents { id classification } }`,
      ),
      {
        reps: [
          { __typename: "BorderGate", id: "VN-44-tinh-bien" },
          { __typename: "BorderGate", id: "no-such-gate" },
        ],
      },
      { as: AN_GIANG_BORDER_GUARD },
    );
    expect(result._entities[0]).toEqual({
      id: "VN-44-tinh-bien",
      name: "Tịnh Biên",
      kind: "INTERNATIONAL",
      country: { code: "KH" },
      informationPoints: [{ id: "demo-border-security-tinh-bien-cluster" }],
      outreachSessions: [{ id: "demo-border-security-tinh-bien-crossing-2018" }],
      borderIncidents: [{ id: "demo-border-security-incident-tinh-bien", classification: "SECRET" }],
    });
    expect(result._entities[1]).toBeNull();
  });

  it("adds outreach sessions and information points to plan tasks through entity references", async () => {
    const result = await queryData(
      border.url,
      entities(`... on Task { id outreachSessions { id heldOn } informationPoints { id installedOn } }`),
      {
        reps: ["VN-30-2019:7", "VN-30-2019:8", "VN-44-2018:5.1.5.d", "no-such-task"].map((id) => ({ __typename: "Task", id })),
      },
    );
    const [coordination, panels, clusters, unknown] = result._entities;
    expect(coordination.outreachSessions).toEqual([
      { id: "demo-border-security-demarcation-ia-o-2019", heldOn: "2019-04-25" },
      { id: "demo-border-security-le-thanh-crossing-2019", heldOn: "2019-10-08" },
    ]);
    expect(coordination.informationPoints).toEqual([]);
    expect(ids(panels.informationPoints)).toEqual([
      "demo-border-security-panels-ia-pnon", // not installed yet: no date, listed first
      "demo-border-security-panels-ia-dom",
      "demo-border-security-panels-ia-o",
      "demo-border-security-panels-ia-chia",
    ]);
    expect(ids(clusters.informationPoints)).toEqual(["demo-border-security-tinh-bien-cluster", "demo-border-security-vinh-xuong-cluster"]);
    expect(unknown).toEqual({ id: "no-such-task", outreachSessions: [], informationPoints: [] });
  });

  it("lists the border gates facing a country through an entity reference", async () => {
    const result = await queryData(border.url, entities(`... on Country { code borderGates { id province { code } } }`), {
      reps: [
        { __typename: "Country", code: "KH" },
        { __typename: "Country", code: "LA" },
      ],
    });
    expect(ids(result._entities[0].borderGates)).toEqual([
      "VN-44-khanh-binh",
      "VN-30-le-thanh",
      "VN-44-tinh-bien",
      "VN-44-vinh-hoi-dong",
      "VN-44-vinh-xuong",
    ]);
    expect(result._entities[1].borderGates).toEqual([]);
  });

  it("counts a province's border outreach and information points for a year, leaving classified incidents out", async () => {
    const result = await queryData(
      border.url,
      entities(`... on Province { code borderGates { id } y2019: borderSummary(year: 2019) { outreachSessions attendees informationPoints }
                                  y2018: borderSummary(year: 2018) { outreachSessions attendees informationPoints } }`),
      {
        reps: [
          { __typename: "Province", code: "VN-30" },
          { __typename: "Province", code: "VN-44" },
        ],
      },
    );
    const [giaLai, anGiang] = result._entities;
    expect(ids(giaLai.borderGates)).toEqual(["VN-30-le-thanh"]);
    expect(giaLai.y2019).toEqual({ outreachSessions: 4, attendees: 440, informationPoints: 4 });
    expect(giaLai.y2018).toEqual({ outreachSessions: 0, attendees: 0, informationPoints: 0 });
    expect(ids(anGiang.borderGates)).toEqual(["VN-44-khanh-binh", "VN-44-tinh-bien", "VN-44-vinh-hoi-dong", "VN-44-vinh-xuong"]);
    expect(anGiang.y2018).toEqual({ outreachSessions: 2, attendees: 360, informationPoints: 2 });

    const summaryType = await queryData(
      border.url,
      /* GraphQL */ `
        {
          __type(name: "BorderSummary") {
            fields {
              name
            }
          }
        }
      `,
    );
    expect(summaryType.__type.fields.map((f: any) => f.name).sort()).toEqual(["attendees", "informationPoints", "outreachSessions"]);
  });

  it("links border communes to their panels, sessions and self-management groups, and records back to gates and communes", async () => {
    const result = await queryData(
      border.url,
      /* GraphQL */ `
        {
          borderCommunes(provinceCode: "VN-30") {
            id
            name
            district
            country {
              code
            }
            informationPoints {
              id
            }
            outreachSessions {
              id
            }
            selfManagementGroups {
              name
              markers
            }
          }
          informationPoints(provinceCode: "VN-44") {
            id
            borderGate {
              name
            }
            borderCommune {
              name
            }
          }
          outreachSessions(provinceCode: "VN-44") {
            id
            borderGate {
              id
            }
            borderCommune {
              id
            }
          }
          selfManagementGroups(provinceCode: "VN-44") {
            name
            borderCommune {
              name
              district
            }
          }
        }
      `,
    );
    expect(result.borderCommunes.map((c: any) => `${c.name} (${c.district})`)).toEqual([
      "Ia Chía (Ia Grai)",
      "Ia Dom (Đức Cơ)",
      "Ia Nan (Đức Cơ)",
      "Ia O (Ia Grai)",
      "Ia Pnôn (Đức Cơ)",
    ]);
    const iaDom = result.borderCommunes.find((c: any) => c.name === "Ia Dom");
    expect(iaDom.country).toEqual({ code: "KH" });
    expect(ids(iaDom.informationPoints)).toEqual([
      "demo-border-security-le-thanh-screen",
      "demo-border-security-panels-ia-dom",
      "demo-border-security-le-thanh-info-point",
    ]);
    expect(ids(iaDom.outreachSessions)).toEqual(["demo-border-security-le-thanh-crossing-2019"]);
    expect(iaDom.selfManagementGroups).toEqual([
      { name: "Tổ tự quản đường biên, cột mốc xã Ia Dom", markers: expect.stringContaining("mốc") },
    ]);
    expect(result.informationPoints.map((p: any) => [p.borderGate?.name, p.borderCommune?.name ?? null])).toEqual([
      ["Tịnh Biên", null],
      ["Vĩnh Xương", "Vĩnh Xương"],
    ]);
    expect(result.outreachSessions).toEqual([
      {
        id: "demo-border-security-khanh-binh-2018",
        borderGate: { id: "VN-44-khanh-binh" },
        borderCommune: { id: "demo-border-security-commune-khanh-binh" },
      },
      { id: "demo-border-security-tinh-bien-crossing-2018", borderGate: { id: "VN-44-tinh-bien" }, borderCommune: null },
    ]);
    expect(result.selfManagementGroups).toEqual([
      { name: "Tổ tự quản đường biên, cột mốc xã Khánh Bình", borderCommune: { name: "Khánh Bình", district: "An Phú" } },
    ]);
  });

  it("stores every demo border incident as SECRET", async () => {
    // Each province's cleared border guard sees its own incidents; together they see all three.
    const giaLai = await queryData(
      border.url,
      /* GraphQL */ `
        {
          borderIncidents(limit: 500) {
            id
            classification
            title
            borderGate {
              id
            }
          }
        }
      `,
      {},
      { as: GIA_LAI_BORDER_GUARD },
    );
    const anGiang = await queryData(
      border.url,
      /* GraphQL */ `
        {
          borderIncidents(limit: 500) {
            id
            classification
            title
            borderGate {
              id
            }
          }
        }
      `,
      {},
      { as: AN_GIANG_BORDER_GUARD },
    );
    const result = { borderIncidents: [...giaLai.borderIncidents, ...anGiang.borderIncidents] };
    expect(result.borderIncidents).toHaveLength(3);
    expect(result.borderIncidents.every((i: any) => i.classification === "SECRET")).toBe(true);
    expect(result.borderIncidents.every((i: any) => i.title.includes("minh họa"))).toBe(true);
    expect(result.borderIncidents.map((i: any) => i.borderGate.id).sort()).toEqual(["VN-30-le-thanh", "VN-30-le-thanh", "VN-44-tinh-bien"]);
  });

  it("classifies a new border incident SECRET when the input omits classification, and keeps it on update", async () => {
    const created = await queryData(
      border.url,
      /* GraphQL */ `
        mutation {
          createBorderIncident(input: { provinceCode: "VN-49", title: "Sự việc thử nghiệm", occurredOn: "2019-03-02" }) {
            id
            classification
            version
          }
        }
      `,
      {},
      { as: TEST_PROVINCE_BORDER_GUARD },
    );
    expect(created.createBorderIncident).toMatchObject({ classification: "SECRET", version: 1 });

    const updated = await queryData(
      border.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateBorderIncident(id: $id, version: 1, input: { provinceCode: "VN-49", title: "Sự việc thử nghiệm (đã xác minh)" }) {
            classification
            version
            title
          }
        }
      `,
      { id: created.createBorderIncident.id },
      { as: TEST_PROVINCE_BORDER_GUARD },
    );
    expect(updated.updateBorderIncident).toEqual({ classification: "SECRET", version: 2, title: "Sự việc thử nghiệm (đã xác minh)" });

    const explicit = await queryData(
      border.url,
      /* GraphQL */ `
        mutation {
          createBorderIncident(input: { provinceCode: "VN-49", title: "Sự việc công khai", classification: INTERNAL }) {
            classification
          }
        }
      `,
    );
    expect(explicit.createBorderIncident.classification).toBe("INTERNAL");

    const stored = await border.database.dataSource.query(`SELECT classification FROM border_incident WHERE id = ?`, [
      created.createBorderIncident.id,
    ]);
    expect(stored).toEqual([{ classification: "SECRET" }]);

    const otherRecord = await queryData(
      border.url,
      /* GraphQL */ `
        mutation {
          createOutreachSession(input: { provinceCode: "VN-49", topic: "x" }) {
            classification
          }
        }
      `,
    );
    expect(otherRecord.createOutreachSession.classification).toBe("INTERNAL");
  });

  it("creates and updates an outreach session, refusing a stale version with CONFLICT", async () => {
    const created = await queryData(
      border.url,
      /* GraphQL */ `
        mutation {
          createOutreachSession(
            input: {
              provinceCode: "VN-30"
              topic: "Tuyên truyền về biên giới cho học sinh"
              heldOn: "2019-05-05"
              attendees: 40
              language: "vi"
              borderGateId: "VN-30-le-thanh"
            }
          ) {
            id
            version
            topic
            classification
            borderGate {
              name
            }
          }
        }
      `,
    );
    const session = created.createOutreachSession;
    expect(session).toMatchObject({
      version: 1,
      topic: "Tuyên truyền về biên giới cho học sinh",
      classification: "INTERNAL",
      borderGate: { name: "Lệ Thanh" },
    });

    const updated = await queryData(
      border.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateOutreachSession(
            id: $id
            version: 1
            input: { provinceCode: "VN-30", topic: "Tuyên truyền về biên giới cho học sinh các xã biên giới", attendees: 55 }
          ) {
            version
            topic
            attendees
            heldOn
            language
          }
        }
      `,
      { id: session.id },
    );
    expect(updated.updateOutreachSession).toEqual({
      version: 2,
      topic: "Tuyên truyền về biên giới cho học sinh các xã biên giới",
      attendees: 55,
      heldOn: "2019-05-05",
      language: "vi",
    });

    const stale = await postGraphQL(
      border.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateOutreachSession(id: $id, version: 1, input: { provinceCode: "VN-30", topic: "lost update" }) {
            version
          }
        }
      `,
      { id: session.id },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const current = await queryData(
      border.url,
      /* GraphQL */ `
        query ($id: ID!) {
          outreachSession(id: $id) {
            topic
            version
            attendees
          }
        }
      `,
      {
        id: session.id,
      },
    );
    expect(current.outreachSession).toEqual({
      topic: "Tuyên truyền về biên giới cho học sinh các xã biên giới",
      version: 2,
      attendees: 55,
    });
  });

  it("takes other records' ids as ID in its inputs", async () => {
    const result = await queryData(
      border.url,
      /* GraphQL */ `
        {
          incident: __type(name: "BorderIncidentInput") {
            inputFields {
              name
              type {
                name
              }
            }
          }
          group: __type(name: "SelfManagementGroupInput") {
            inputFields {
              name
              type {
                name
              }
            }
          }
        }
      `,
    );
    const typeOf = (input: any, field: string) => input.inputFields.find((f: any) => f.name === field).type.name;
    expect(typeOf(result.incident, "borderGateId")).toBe("ID");
    expect(typeOf(result.incident, "borderCommuneId")).toBe("ID");
    expect(typeOf(result.group, "borderCommuneId")).toBe("ID");
  });

  it("costs one query per relation however many task representations are asked for", async () => {
    const ask = async (count: number) => {
      const reps = Array.from({ length: count }, (_, i) => ({
        __typename: "Task",
        id: i === 0 ? "VN-30-2019:7" : `VN-30-2019:${(i % 10) + 1}-${i}`,
      }));
      const before = border.database.queries.count;
      const result = await queryData(border.url, entities(`... on Task { outreachSessions { id } informationPoints { id } }`), { reps });
      expect(result._entities).toHaveLength(count);
      return border.database.queries.count - before;
    };
    const one = await ask(1);
    const twenty = await ask(20);
    expect(one).toBe(2);
    expect(twenty).toBe(one);
  });

  it("costs the same few queries for one gate or all five, with their lists", async () => {
    const gates = ["VN-30-le-thanh", "VN-44-tinh-bien", "VN-44-vinh-xuong", "VN-44-khanh-binh", "VN-44-vinh-hoi-dong"];
    const ask = async (gateIds: string[]) => {
      const before = border.database.queries.count;
      const result = await queryData(
        border.url,
        entities(`... on BorderGate { name informationPoints { borderCommune { name } } outreachSessions { id } borderIncidents { id } }`),
        {
          reps: gateIds.map((id) => ({ __typename: "BorderGate", id })),
        },
      );
      expect(result._entities.every((g: any) => g.name)).toBe(true);
      return border.database.queries.count - before;
    };
    const one = await ask(gates.slice(0, 1));
    expect(await ask(gates)).toBe(one);
  });

  describeRecordWrites("borderSecurity", () => border.url, "BDBP", [
    {
      type: "BorderGate",
      one: "borderGate",
      many: "borderGates",
      valid: { provinceCode: "VN-30", name: "Cửa khẩu thử", kind: "AUXILIARY", countryCode: "KH" },
      invalid: { input: { name: "", countryCode: "Cambodia" }, fields: ["name", "countryCode"] },
    },
    {
      type: "BorderCommune",
      one: "borderCommune",
      many: "borderCommunes",
      valid: { provinceCode: "VN-30", name: "Xã thử", countryCode: "KH" },
      invalid: { input: { name: "", countryCode: "Cambodia" }, fields: ["name", "countryCode"] },
    },
    {
      type: "InformationPoint",
      one: "informationPoint",
      many: "informationPoints",
      valid: { provinceCode: "VN-30", name: "Cụm pa nô thử", kind: "PANEL_CLUSTER", status: "PLANNED" },
      invalid: { input: { name: "", languages: ["Vietnamese"] }, fields: ["name", "languages"] },
    },
    {
      type: "OutreachSession",
      one: "outreachSession",
      many: "outreachSessions",
      valid: { provinceCode: "VN-30", topic: "Tuyên truyền thử" },
      invalid: { input: { topic: "", provinceCode: "Gia Lai" }, fields: ["topic", "provinceCode"] },
    },
    {
      type: "SelfManagementGroup",
      one: "selfManagementGroup",
      many: "selfManagementGroups",
      valid: { provinceCode: "VN-30", name: "Tổ tự quản thử" },
      invalid: { input: { name: "", provinceCode: "Gia Lai" }, fields: ["name", "provinceCode"] },
    },
    {
      type: "BorderIncident",
      one: "borderIncident",
      many: "borderIncidents",
      valid: { provinceCode: "VN-30", title: "Sự việc thử" },
      invalid: { input: { title: "", provinceCode: "Gia Lai" }, fields: ["title", "provinceCode"] },
    },
  ]);
});
