import { official, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const CHAINS = ["plans", "trade", "tourism", "foreignAffairs", "borderSecurity"];

const ADMIN = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "admin", clearance: "SECRET" });
const AN_GIANG = official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "coordinator" });
const BORDER_EDITOR = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });

const chainEntries = (as: typeof ADMIN) =>
  queryData(hub.gateway.url, `{ auditLog { borderSecurityChain { intact entries problem } } }`, {}, { as }).then(
    (data) => data.auditLog.borderSecurityChain,
  );

let hub: RunningHub;

describe("the audit chains' state: counted from what the caller may read, walked at a bounded cost", () => {
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("does not let an An Giang coordinator watch Gia Lai's SECRET writes appear in the count", async () => {
    const before = await chainEntries(AN_GIANG);
    const adminBefore = await chainEntries(ADMIN);
    await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($input: BorderIncidentInput!) {
          createBorderIncident(input: $input) {
            id
          }
        }
      `,
      { input: { provinceCode: "VN-30", title: "Vụ việc thử", occurredOn: "2019-05-02", classification: "SECRET" } },
      { as: BORDER_EDITOR },
    );
    // the admin's figure is the chain's (walked again once the last walk is a minute old); the coordinator's, their own entries
    const walked = Date.now();
    jest.spyOn(Date, "now").mockReturnValue(walked + 61_000);
    try {
      expect((await chainEntries(ADMIN)).entries).toBe(adminBefore.entries + 1);
      expect(await chainEntries(AN_GIANG)).toEqual(before);
    } finally {
      jest.restoreAllMocks();
    }
    const log = await queryData(hub.gateway.url, `{ auditLog { borderSecurity(limit: 1000) { sequence } } }`, {}, { as: AN_GIANG });
    expect(before.entries).toBe(log.auditLog.borderSecurity.length);
  });

  it("walks each chain once for fifteen aliases of its field, and not again within the minute", async () => {
    const fields = CHAINS.flatMap((chain) => Array.from({ length: 3 }, (_, i) => `${chain}${i}: ${chain}Chain { intact entries }`));
    const query = `{ auditLog { ${fields.join(" ")} } }`;
    const walked = Date.now();
    jest.spyOn(Date, "now").mockReturnValue(walked + 3 * 61_000);
    try {
      const before = hub.totalQueries();
      const first = (await queryData(hub.gateway.url, query, {}, { as: ADMIN })).auditLog;
      const walk = hub.totalQueries() - before;
      // one walk per chain: a batch of at most 1,000 entries each (the demo chains are shorter), read once however many aliases ask
      expect(walk).toBeLessThanOrEqual(CHAINS.length * 2);
      for (const chain of CHAINS) expect(first[`${chain}0`]).toEqual(first[`${chain}2`]);
      const again = hub.totalQueries();
      await queryData(hub.gateway.url, query, {}, { as: ADMIN });
      expect(hub.totalQueries() - again).toBe(0);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
