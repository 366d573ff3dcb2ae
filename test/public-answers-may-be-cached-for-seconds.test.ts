import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import type { Viewer } from "../shared/auth/identity";
import type { RunningServer } from "../shared/service/http";
import { describeWithoutDatabase } from "./support/database-free";
import { official, postGraphQL } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const GATES = `query Gates($province: String!) { borderGates(provinceCode: $province) { id name classification } }`;
const EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase(
  "answers to anonymous callers may be cached for seconds (HUB_PUBLIC_CACHE_SECONDS), never a signed-in caller's",
  () => {
    let hub: RunningHub;
    let cached: RunningServer;

    beforeAll(async () => {
      hub = await startHub();
      const saved = process.env.HUB_PUBLIC_CACHE_SECONDS;
      process.env.HUB_PUBLIC_CACHE_SECONDS = "2";
      cached = await startGateway({
        port: 0,
        supergraphSdl: readSupergraph(),
        subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])),
      });
      if (saved === undefined) delete process.env.HUB_PUBLIC_CACHE_SECONDS;
      else process.env.HUB_PUBLIC_CACHE_SECONDS = saved;
    });
    afterAll(async () => {
      await cached?.stop();
      await hub?.stop();
    });

    /** The answer, and how many requests the departments received for it. */
    const asked = async (url: string, variables: Record<string, unknown>, as: Viewer | "anonymous" = "anonymous") => {
      const before = hub.subgraphRequests();
      const answer = await postGraphQL(url, GATES, variables, { as });
      return { answer, departmentRequests: hub.subgraphRequests() - before };
    };

    it("answers the same anonymous question again from the cache until the seconds pass, then asks the departments again", async () => {
      const first = await asked(cached.url, { province: "VN-30" });
      expect(first.departmentRequests).toBeGreaterThan(0);
      expect(first.answer.data.borderGates).toEqual([{ id: "VN-30-le-thanh", name: "Lệ Thanh", classification: "PUBLIC" }]);
      const again = await asked(cached.url, { province: "VN-30" });
      expect(again).toEqual({ answer: first.answer, departmentRequests: 0 });
      // other variables are another question
      expect((await asked(cached.url, { province: "VN-44" })).departmentRequests).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect((await asked(cached.url, { province: "VN-30" })).departmentRequests).toBeGreaterThan(0);
    });

    it("never answers a signed-in caller from it, nor keeps their answer", async () => {
      await asked(cached.url, { province: "VN-30" });
      const signedIn = await asked(cached.url, { province: "VN-30" }, EDITOR);
      expect(signedIn.departmentRequests).toBeGreaterThan(0);
      expect((await asked(cached.url, { province: "VN-30" }, EDITOR)).departmentRequests).toBeGreaterThan(0);
    });

    it("is off by default", async () => {
      await asked(hub.gateway.url, { province: "VN-30" });
      expect((await asked(hub.gateway.url, { province: "VN-30" })).departmentRequests).toBeGreaterThan(0);
    });
  },
);
