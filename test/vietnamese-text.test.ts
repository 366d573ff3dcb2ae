import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { borderSecuritySubgraph } from "../subgraphs/border-security";
import { tradeSubgraph } from "../subgraphs/trade";
import { postGraphQL, queryData } from "./support/graphql-client";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

const CREATE = /* GraphQL */ `
  mutation ($input: TradeEventInput!) {
    createTradeEvent(input: $input) {
      id
      name
    }
  }
`;
const names = (list: { name: string }[]) => list.map((item) => item.name).sort();

describe("Vietnamese text, the same on every database", () => {
  const data = temporaryDataDirectory("vietnamese");
  let trade: RunningSubgraph;
  let border: RunningSubgraph;

  beforeAll(async () => {
    [trade, border] = await Promise.all([
      startTestSubgraph(tradeSubgraph, data.directory),
      startTestSubgraph(borderSecuritySubgraph, data.directory),
    ]);
    for (const name of [
      "Liên hoan Văn hoá Tây Nguyên",
      "Ngày hội Văn hóa các dân tộc",
      "Hội chợ nông sản Đức Cơ",
      "Triển lãm ảnh biên giới 😀",
    ]) {
      await queryData(trade.url, CREATE, { input: { provinceCode: "VN-49", name, kind: "EXHIBITION" } });
    }
  });
  afterAll(async () => {
    await Promise.all([trade.stop(), border.stop()]);
    data.cleanup();
  });

  it('finds "Lệ Thanh" from "le thanh"', async () => {
    const result = await queryData(
      border.url,
      /* GraphQL */ `
        {
          borderGates(search: "le thanh") {
            id
            name
          }
        }
      `,
    );
    expect(result.borderGates).toEqual([{ id: "VN-30-le-thanh", name: "Lệ Thanh" }]);
  });

  it("finds a record when every word appears, in any order", async () => {
    const result = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49", search: "tay nguyen LIEN HOAN") {
            name
          }
        }
      `,
    );
    expect(names(result.tradeEvents)).toEqual(["Liên hoan Văn hoá Tây Nguyên"]);
  });

  it('finds both tone-mark placements, "Văn hoá" and "Văn hóa", from "van hoa" in any case', async () => {
    const expected = ["Liên hoan Văn hoá Tây Nguyên", "Ngày hội Văn hóa các dân tộc"];
    for (const search of ["van hoa", "VĂN HOÁ", "văn hóa", "Van  Hoa"]) {
      const result = await queryData(
        trade.url,
        /* GraphQL */ `
          query ($s: String) {
            tradeEvents(provinceCode: "VN-49", search: $s) {
              name
            }
          }
        `,
        {
          s: search,
        },
      );
      expect({ search, found: names(result.tradeEvents) }).toEqual({ search, found: expected });
    }
  });

  it('matches đ with d ("duc co" finds "Đức Cơ") and treats % and _ as plain characters', async () => {
    const duc = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49", search: "duc co") {
            name
          }
        }
      `,
    );
    expect(names(duc.tradeEvents)).toEqual(["Hội chợ nông sản Đức Cơ"]);
    const wildcard = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49", search: "%") {
            name
          }
        }
      `,
    );
    expect(wildcard.tradeEvents).toHaveLength(4); // nothing to match on: no filter, not "match everything by accident"
    const none = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49", search: "xyz%") {
            name
          }
        }
      `,
    );
    expect(none.tradeEvents).toEqual([]);
    const separated = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49", search: "Đức_Cơ") {
            name
          }
        }
      `,
    );
    expect(names(separated.tradeEvents)).toEqual(["Hội chợ nông sản Đức Cơ"]);
  });

  it("stores names exactly as written, in NFC, whatever normalisation the client sent", async () => {
    const decomposed = "Hội nghị Xúc tiến Đầu tư Lệ Thanh".normalize("NFD");
    const created = await queryData(trade.url, CREATE, { input: { provinceCode: "VN-37", name: decomposed, kind: "FAIR" } });
    expect(created.createTradeEvent.name).toBe("Hội nghị Xúc tiến Đầu tư Lệ Thanh".normalize("NFC"));
    const emoji = await queryData(
      trade.url,
      /* GraphQL */ `
        {
          tradeEvents(provinceCode: "VN-49", search: "bien gioi") {
            name
          }
        }
      `,
    );
    expect(Buffer.from(emoji.tradeEvents[0].name)).toEqual(Buffer.from("Triển lãm ảnh biên giới 😀"));
  });

  it("keeps the search key in step when a record is renamed", async () => {
    const created = await queryData(trade.url, CREATE, { input: { provinceCode: "VN-37", name: "Hội chợ Tịnh Biên", kind: "FAIR" } });
    await queryData(
      trade.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateTradeEvent(id: $id, version: 1, input: { provinceCode: "VN-37", name: "Hội chợ Vĩnh Xương", kind: FAIR }) {
            version
          }
        }
      `,
      {
        id: created.createTradeEvent.id,
      },
    );
    expect(
      (
        await queryData(
          trade.url,
          /* GraphQL */ `
            {
              tradeEvents(provinceCode: "VN-37", search: "tinh bien") {
                id
              }
            }
          `,
        )
      ).tradeEvents,
    ).toEqual([]);
    expect(
      (
        await queryData(
          trade.url,
          /* GraphQL */ `
            {
              tradeEvents(provinceCode: "VN-37", search: "vinh xuong") {
                id
              }
            }
          `,
        )
      ).tradeEvents,
    ).toHaveLength(1);
  });

  it("refuses an overlong search with BAD_USER_INPUT", async () => {
    const result = await postGraphQL(
      trade.url,
      /* GraphQL */ `
        query ($s: String) {
          tradeEvents(search: $s) {
            id
          }
        }
      `,
      { s: "a".repeat(201) },
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
