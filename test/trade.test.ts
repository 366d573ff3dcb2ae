import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { tradeSubgraph } from "../subgraphs/trade";
import { postGraphQL, queryData } from "./support/graphql-client";
import { describeRecordWrites } from "./support/record-write-contract";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

describe("trade subgraph on a real database file", () => {
  const data = temporaryDataDirectory("trade");
  let trade: RunningSubgraph;

  beforeAll(async () => {
    trade = await startTestSubgraph(tradeSubgraph, data.directory);
  });
  afterAll(async () => {
    await trade.stop();
    data.cleanup();
  });

  it("loads the demo records on first start, each marked as demo data", async () => {
    const result = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-30") {
            id
            name
            isDemo
            borderGate {
              id
            }
            task {
              id
            }
          }
        }
      `,
    );
    expect(result.tradeEvents.length).toBeGreaterThan(0);
    expect(result.tradeEvents.every((e: any) => e.isDemo)).toBe(true);
    expect(result.tradeEvents.map((e: any) => e.borderGate?.id)).toContain("VN-30-le-thanh");
  });

  it("adds trade events to a plan task through an entity reference", async () => {
    const result = await queryData(
      trade.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Task {
              id
              tradeEvents {
                name
                kind
                startsOn
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Task", id: "VN-30-2019:5" },
          { __typename: "Task", id: "no-such-task" },
        ],
      },
    );
    expect(result._entities[0].tradeEvents.map((e: any) => e.kind)).toEqual(["INVESTMENT_CONFERENCE", "FAIR"]);
    expect(result._entities[1].tradeEvents).toEqual([]);
  });

  it("counts a province's trade records for a year", async () => {
    const result = await queryData(
      trade.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Province {
              code
              tradeSummary(year: 2019) {
                tradeEvents
                investmentProjects
                ftaOutreaches
              }
            }
          }
        }
      `,
      { reps: [{ __typename: "Province", code: "VN-30" }] },
    );
    expect(result._entities[0].tradeSummary).toEqual({ tradeEvents: 2, investmentProjects: 2, ftaOutreaches: 0 });
  });

  it("creates and updates a trade event, refusing a stale version with CONFLICT", async () => {
    const created = await queryData(
      trade.url,
      /* GraphQL */ `
        mutation {
          createTradeEvent(
            input: {
              provinceCode: "VN-30"
              name: "Hội chợ Văn hoá – Thương mại"
              kind: EXHIBITION
              startsOn: "2019-10-01"
              countryCode: "LA"
            }
          ) {
            id
            version
            name
            classification
          }
        }
      `,
    );
    const event = created.createTradeEvent;
    expect(event).toMatchObject({ version: 1, name: "Hội chợ Văn hoá – Thương mại", classification: "INTERNAL" });

    const updated = await queryData(
      trade.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateTradeEvent(
            id: $id
            version: 1
            input: { provinceCode: "VN-30", name: "Hội chợ Văn hóa – Thương mại Việt – Lào", kind: EXHIBITION }
          ) {
            version
            name
            startsOn
          }
        }
      `,
      { id: event.id },
    );
    expect(updated.updateTradeEvent).toEqual({ version: 2, name: "Hội chợ Văn hóa – Thương mại Việt – Lào", startsOn: "2019-10-01" });

    const stale = await postGraphQL(
      trade.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateTradeEvent(id: $id, version: 1, input: { provinceCode: "VN-30", name: "lost update", kind: FAIR }) {
            version
          }
        }
      `,
      { id: event.id },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const current = await queryData(
      trade.url,
      /* GraphQL */ `
        query ($id: ID!) {
          tradeEvent(id: $id) {
            name
            version
            kind
          }
        }
      `,
      { id: event.id },
    );
    expect(current.tradeEvent).toEqual({ name: "Hội chợ Văn hóa – Thương mại Việt – Lào", version: 2, kind: "EXHIBITION" });
  });

  it("refuses a date that does not exist", async () => {
    const result = await postGraphQL(
      trade.url,
      /* GraphQL */ `
        mutation ($input: TradeEventInput!) {
          createTradeEvent(input: $input) {
            id
          }
        }
      `,
      {
        input: { provinceCode: "VN-30", name: "x", kind: "FAIR", startsOn: "2019-11-31" },
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  describeRecordWrites("trade", () => trade.url, "SCT", [
    {
      type: "TradeEvent",
      one: "tradeEvent",
      many: "tradeEvents",
      valid: { provinceCode: "VN-30", name: "Hội chợ thử", kind: "FAIR" },
      invalid: { input: { provinceCode: "Gia Lai", name: "", countryCode: "Cambodia" }, fields: ["provinceCode", "name", "countryCode"] },
    },
    {
      type: "Product",
      one: "product",
      many: "products",
      valid: { provinceCode: "VN-30", name: "Gạo thơm thử" },
      invalid: { input: { name: "", exportMarketCodes: ["Cambodia"] }, fields: ["name", "exportMarketCodes"] },
    },
    {
      type: "InvestmentProject",
      one: "investmentProject",
      many: "investmentProjects",
      valid: { provinceCode: "VN-30", name: "Dự án thử", sector: "Logistics", status: "LICENSED" },
      invalid: { input: { name: "", investorCountryCode: "Cambodia" }, fields: ["name", "investorCountryCode"] },
    },
    {
      type: "FtaOutreach",
      one: "ftaOutreach",
      many: "ftaOutreaches",
      valid: { provinceCode: "VN-30", title: "Phổ biến EVFTA thử", agreement: "EVFTA" },
      invalid: { input: { title: "", provinceCode: "Gia Lai" }, fields: ["title", "provinceCode"] },
    },
  ]);
});
