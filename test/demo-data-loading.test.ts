import { tradeSubgraph } from "../subgraphs/trade";
import { queryData } from "./support/graphql-client";
import { startTestSubgraph, temporaryDataDirectory } from "./support/running-subgraph";

describe("demo data", () => {
  it("is loaded on the first start of an empty database and never again into one that holds data", async () => {
    const data = temporaryDataDirectory("reseed");
    try {
      const first = await startTestSubgraph(tradeSubgraph, data.directory);
      expect(first.seeded).toBe(true);
      await queryData(first.url, `mutation { createProduct(input: { provinceCode: "VN-49", name: "Bưởi Năm Roi" }) { id } }`);
      const countFirst = (await queryData(first.url, `{ products(limit: 500) { id } }`)).products.length;
      await first.stop();

      const second = await startTestSubgraph(tradeSubgraph, data.directory);
      expect(second.seeded).toBe(false);
      const afterRestart = await queryData(second.url, `{ products(limit: 500) { id name } }`);
      expect(afterRestart.products).toHaveLength(countFirst);
      expect(afterRestart.products.map((p: any) => p.name)).toContain("Bưởi Năm Roi");
      await second.stop();
    } finally {
      data.cleanup();
    }
  });

  it("is not loaded into an empty database when the caller opts out", async () => {
    const data = temporaryDataDirectory("noseed");
    try {
      const running = await startTestSubgraph(tradeSubgraph, data.directory, { seedDemoData: false });
      expect(running.seeded).toBe(false);
      expect((await queryData(running.url, `{ tradeEvents { id } }`)).tradeEvents).toEqual([]);
      await running.stop();
    } finally {
      data.cleanup();
    }
  });
});
