import { composeSupergraph, readSupergraph } from "../gateway/supergraph";
import { SUBGRAPHS } from "../shared/core/config";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("the checked-in supergraph", () => {
  it("is what the subgraphs' current schemas compose to (run `npm run compose` after a schema change)", async () => {
    const defaultUrl = (name: string) => `http://localhost:${SUBGRAPHS.find((s) => s.name === name)?.port}/graphql`;
    expect(readSupergraph()).toBe(await composeSupergraph(ALL_SUBGRAPHS, defaultUrl));
  });
});
