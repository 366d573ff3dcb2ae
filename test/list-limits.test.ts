import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { tradeSubgraph } from "../subgraphs/trade";
import { postGraphQL, queryData } from "./support/graphql-client";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

const COUNTRY_EVENTS = /* GraphQL */ `
  query ($reps: [_Any!]!, $limit: Int, $offset: Int) {
    _entities(representations: $reps) {
      ... on Country {
        code
        tradeEvents(limit: $limit, offset: $offset) {
          name
        }
      }
    }
  }
`;

describe("lists that can grow are paged, per parent, with a default and a maximum", () => {
  const data = temporaryDataDirectory("limits");
  let trade: RunningSubgraph;

  beforeAll(async () => {
    trade = await startTestSubgraph(tradeSubgraph, data.directory, { seedDemoData: false });
    for (let i = 1; i <= 60; i++) {
      const name = `Phiên chợ biên giới số ${String(i).padStart(2, "0")}`;
      await queryData(
        trade.url,
        /* GraphQL */ `
          mutation ($input: TradeEventInput!) {
            createTradeEvent(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            provinceCode: "VN-49",
            name,
            kind: "FAIR",
            countryCode: i % 2 ? "LA" : "KH",
            startsOn: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
          },
        },
      );
    }
  });
  afterAll(async () => {
    await trade.stop();
    data.cleanup();
  });

  const reps = [
    { __typename: "Country", code: "LA" },
    { __typename: "Country", code: "KH" },
  ];

  it("gives each parent its own page, in a stable order, in one query", async () => {
    const before = trade.database.queries.count;
    const first = await queryData(trade.url, COUNTRY_EVENTS, { reps, limit: 10, offset: 0 });
    expect(trade.database.queries.count - before).toBe(1);
    const second = await queryData(trade.url, COUNTRY_EVENTS, { reps, limit: 10, offset: 10 });
    const third = await queryData(trade.url, COUNTRY_EVENTS, { reps, limit: 10, offset: 20 });
    for (const index of [0, 1]) {
      const pages = [first, second, third].map((page) => page._entities[index].tradeEvents.map((e: any) => e.name));
      expect(pages.map((p) => p.length)).toEqual([10, 10, 10]);
      expect(new Set(pages.flat()).size).toBe(30); // no overlap, nothing skipped
    }
    const last = await queryData(trade.url, COUNTRY_EVENTS, { reps, limit: 10, offset: 25 });
    expect(last._entities.map((c: any) => c.tradeEvents.length)).toEqual([5, 5]);
  });

  it("returns 50 by default and refuses more than 500", async () => {
    const all = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49") {
            id
          }
        }
      `,
    );
    expect(all.tradeEvents).toHaveLength(50);
    const tooMany = await postGraphQL(trade.url, COUNTRY_EVENTS, { reps, limit: 501 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await postGraphQL(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(offset: -1) {
            id
          }
        }
      `,
    );
    expect(negative.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a null limit sent through a nullable variable as the caller's BAD_USER_INPUT, not an internal error", async () => {
    const result = await postGraphQL(
      trade.url,
      /* GraphQL */ `
        query ($limit: Int) {
          tradeEvents(limit: $limit) {
            id
          }
        }
      `,
      { limit: null },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/"limit".*must not be null/),
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
