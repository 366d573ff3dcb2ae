import type { Viewer } from "../shared/auth/identity";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

type Level = "PUBLIC" | "INTERNAL" | "SECRET";

/** Who asks, and which of one province's PUBLIC / INTERNAL / SECRET records (the SECRET one naming SNGV) they may read. */
const MATRIX: [string, Viewer | "anonymous", Level[]][] = [
  ["anyone without a token", "anonymous", ["PUBLIC"]],
  ["a viewer of the province", official({ provinceCode: "VN-30", agencyCode: "STTTT" }), ["PUBLIC", "INTERNAL"]],
  ["a coordinator of the province", official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" }), ["PUBLIC", "INTERNAL"]],
  ["a viewer of another province", official({ provinceCode: "VN-44", agencyCode: "STTTT" }), ["PUBLIC"]],
  [
    "a SECRET-cleared trade editor (the operating agency)",
    official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", clearance: "SECRET" }),
    ["PUBLIC", "INTERNAL", "SECRET"],
  ],
  ["an uncleared trade editor", official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" }), ["PUBLIC", "INTERNAL"]],
  [
    "a SECRET-cleared official of the agency the record names",
    official({ provinceCode: "VN-30", agencyCode: "SNGV", clearance: "SECRET" }),
    ["PUBLIC", "INTERNAL", "SECRET"],
  ],
  [
    "a SECRET-cleared official of an agency not named",
    official({ provinceCode: "VN-30", agencyCode: "CA", clearance: "SECRET" }),
    ["PUBLIC", "INTERNAL"],
  ],
  [
    "a SECRET-cleared trade editor of another province",
    official({ provinceCode: "VN-44", agencyCode: "SCT", role: "editor", clearance: "SECRET" }),
    ["PUBLIC"],
  ],
  [
    "a SECRET-cleared admin of another agency and province",
    official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "admin", clearance: "SECRET" }),
    ["PUBLIC", "INTERNAL"],
  ],
];

const LEVELS: Level[] = ["PUBLIC", "INTERNAL", "SECRET"];
const NAMES: Record<Level, string> = {
  PUBLIC: "Phiên giao thương công khai",
  INTERNAL: "Phiên giao thương nội bộ",
  SECRET: "Phiên giao thương mật",
};

describe("reads: every role × classification × province, through the real gateway", () => {
  let hub: RunningHub;
  const ids: Partial<Record<Level, string>> = {};
  const demoEvents2019 = { PUBLIC: 1, INTERNAL: 1 }; // Gia Lai's demo trade events of 2019

  beforeAll(async () => {
    hub = await startHub();
    for (const level of LEVELS) {
      const created = await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          mutation ($input: TradeEventInput!) {
            createTradeEvent(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            provinceCode: "VN-30",
            name: NAMES[level],
            kind: "BUSINESS_MATCHING",
            startsOn: "2019-10-10",
            countryCode: "LA",
            taskId: "VN-30-2019:5",
            classification: level,
            agencyIds: level === "SECRET" ? ["VN-30-SNGV"] : [],
          },
        },
        // written by a cleared editor of the operating agency: a writer sets only a classification they may read
        { as: official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor", clearance: "SECRET" }) },
      );
      ids[level] = created.createTradeEvent.id;
    }
  });
  afterAll(async () => {
    await hub.stop();
  });

  it.each(MATRIX)("%s reads exactly what the rules allow, by every path", async (_who, as, readable) => {
    const result = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        query ($public: ID!, $internal: ID!, $secret: ID!) {
          public: tradeEvent(id: $public) {
            name
          }
          internal: tradeEvent(id: $internal) {
            name
          }
          secret: tradeEvent(id: $secret) {
            name
          }
          list: tradeEvents(provinceCode: "VN-30", search: "phien giao thuong") {
            name
          }
          country(code: "LA") {
            tradeEvents {
              name
            }
          }
          province(code: "VN-30") {
            tradeSummary(year: 2019) {
              tradeEvents
            }
          }
        }
      `,
      { public: ids.PUBLIC, internal: ids.INTERNAL, secret: ids.SECRET },
      { as },
    );
    const expected = LEVELS.filter((level) => readable.includes(level)).map((level) => NAMES[level]);
    // By id (and through aliases): a record one may not read is null, exactly as one that does not exist.
    expect(LEVELS.flatMap((level) => (result[level.toLowerCase()] ? [result[level.toLowerCase()].name] : []))).toEqual(expected);
    // In a list found by search.
    expect(result.list.map((e: any) => e.name).sort()).toEqual([...expected].sort());
    // Nested under an entity another subgraph owns (an entity reference to trade).
    expect(
      result.country.tradeEvents
        .map((e: any) => e.name)
        .filter((n: string) => n.startsWith("Phiên"))
        .sort(),
    ).toEqual([...expected].sort());
    // In a count.
    const demoVisible = demoEvents2019.PUBLIC + (readable.includes("INTERNAL") ? demoEvents2019.INTERNAL : 0);
    expect(result.province.tradeSummary.tradeEvents).toBe(demoVisible + expected.length);
  });

  describe("the demo's SECRET border incidents at Lệ Thanh", () => {
    const CLEARED_GUARD = official({ provinceCode: "VN-30", agencyCode: "BDBP", clearance: "SECRET" });
    const seekers: [string, Viewer | "anonymous"][] = [
      ["anyone without a token", "anonymous"],
      ["an uncleared official of the border guard", official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor" })],
      [
        "a cleared official of another agency",
        official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "SECRET" }),
      ],
      ["a cleared border guard of another province", official({ provinceCode: "VN-44", agencyCode: "BDBP", clearance: "SECRET" })],
      ["an admin without clearance", official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "admin" })],
    ];
    const SEEK = /* GraphQL */ `
      query ($id: ID!) {
        list: borderIncidents(limit: 500) {
          id
        }
        byId: borderIncident(id: $id) {
          id
          title
        }
        alias: borderIncident(id: $id) {
          description
        }
        borderGates(provinceCode: "VN-30") {
          borderIncidents {
            id
          }
        }
        country(code: "KH") {
          borderGates {
            borderIncidents {
              id
            }
          }
        }
      }
    `;
    const INCIDENT = "demo-border-security-incident-le-thanh-1";

    it("are visible to a cleared official of the border guard", async () => {
      const result = await queryData(hub.gateway.url, SEEK, { id: INCIDENT }, { as: CLEARED_GUARD });
      expect(result.list.map((i: any) => i.id)).toContain(INCIDENT);
      expect(result.byId.id).toBe(INCIDENT);
      expect(result.borderGates[0].borderIncidents).toHaveLength(2);
    });

    it.each(seekers)("stay hidden from %s: list, id, alias, nested field and entity reference", async (_who, as) => {
      const result = await postGraphQL(hub.gateway.url, SEEK, { id: INCIDENT }, { as });
      expect(result.errors).toBeUndefined();
      expect(result.data.list.filter((i: any) => i.id.includes("incident-le-thanh"))).toEqual([]);
      expect(result.data.byId).toBeNull();
      expect(result.data.alias).toBeNull();
      expect(result.data.borderGates.flatMap((g: any) => g.borderIncidents)).toEqual([]);
      expect(result.data.country.borderGates.flatMap((g: any) => g.borderIncidents).filter((i: any) => i.id.includes("le-thanh"))).toEqual(
        [],
      );
      expect(JSON.stringify(result)).not.toContain("Sự việc mẫu");
    });
  });
});
