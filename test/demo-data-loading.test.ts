import { checkSeedable, seedDatabase } from "../shared/federation/schema-admin";
import { tradeSubgraph } from "../subgraphs/trade";
import { queryData } from "./support/graphql-client";
import { newTestDatabase, startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { ON_MYSQL } from "./support/test-database";

describe("demo data", () => {
  it("is loaded once into an empty database and never again into one that holds data", async () => {
    const data = temporaryDataDirectory("reseed");
    const database = await newTestDatabase(tradeSubgraph, data.directory);
    try {
      // Embedded: the first start loads it. MySQL: `npm run seed` does.
      if (ON_MYSQL) await seedDatabase(tradeSubgraph, database.location);
      const first = await startTestSubgraph(tradeSubgraph, data.directory, { database });
      expect(first.seeded).toBe(!ON_MYSQL);
      await queryData(
        first.url,
        /* GraphQL */ `
          mutation {
            createProduct(input: { provinceCode: "VN-49", name: "Bưởi Năm Roi" }) {
              id
            }
          }
        `,
      );
      const countFirst = (
        await queryData(
          first.url,
          /* GraphQL */ `
            {
              products(limit: 500) {
                id
              }
            }
          `,
        )
      ).products.length;
      await first.stop();

      const second = await startTestSubgraph(tradeSubgraph, data.directory, { database });
      expect(second.seeded).toBe(false);
      const afterRestart = await queryData(
        second.url,
        /* GraphQL */ `
          {
            products(limit: 500) {
              id
              name
            }
          }
        `,
      );
      expect(afterRestart.products).toHaveLength(countFirst);
      expect(afterRestart.products.map((p: any) => p.name)).toContain("Bưởi Năm Roi");
      await second.stop();

      expect(await checkSeedable(tradeSubgraph, database.location)).toEqual({ ready: false, reason: "it already holds data" });
    } finally {
      await database.drop();
      data.cleanup();
    }
  });

  it("is not loaded when the caller opts out, and an empty database may then be seeded", async () => {
    const data = temporaryDataDirectory("noseed");
    try {
      const running = await startTestSubgraph(tradeSubgraph, data.directory, { seedDemoData: false });
      expect(running.seeded).toBe(false);
      expect(
        (
          await queryData(
            running.url,
            /* GraphQL */ `
              {
                tradeEvents {
                  id
                }
              }
            `,
          )
        ).tradeEvents,
      ).toEqual([]);
      await running.stop();
    } finally {
      data.cleanup();
    }
  });
});
