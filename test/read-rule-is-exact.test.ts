import fc from "fast-check";
import { SignJWT } from "jose";
import type { DataSource } from "typeorm";
import { canRead, readableOnly } from "../shared/auth/access";
import { isAgencyCode, viewerFromClaims, type Viewer } from "../shared/auth/identity";
import { developmentKey } from "../shared/auth/keys";
import { tokenSettings } from "../shared/auth/user-tokens";
import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { createContext } from "../shared/records/context";
import { tradeSubgraph } from "../subgraphs/trade";
import { TradeEvent } from "../subgraphs/trade/trade-event";
import { postGraphQL } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

describe("identity claims are read strictly", () => {
  it.each([
    "UBND-H:%",
    "UBND-H:_",
    "SCT%",
    "SC_T",
    "UBND-H:Đức Cơ,VN-30-BDBP",
    "UBND-H:a\\b",
    "sct",
    "UBND-H:",
    "UBND-H:Đức Cơ".normalize("NFD"),
    "A".repeat(81),
  ])("refuses the agency claim %j", (agency) => {
    expect(isAgencyCode(agency)).toBe(false);
    expect(viewerFromClaims({ sub: "x", province: "VN-30", agency, role: "viewer" })).toBeNull();
  });

  it.each(["STTTT", "UBND", "UBND-H:Đức Cơ", "UBND-H:Ia Grai", "UBND-H:Krông Pa", "UBND-H:H'Drai"])(
    "accepts the agency code %j",
    (agency) => {
      expect(isAgencyCode(agency)).toBe(true);
    },
  );

  describe("at the gateway", () => {
    let hub: RunningHub;
    beforeAll(async () => {
      hub = await startHub();
    });
    afterAll(async () => {
      await hub.stop();
    });

    it("refuses a token whose agency claim is a SQL pattern, and reads no SECRET incident with it", async () => {
      const key = await developmentKey("user-tokens");
      const { issuer, audience } = tokenSettings();
      const token = await new SignJWT({ sub: "intruder", province: "VN-30", agency: "UBND-H:%", role: "viewer", clearance: "SECRET" })
        .setProtectedHeader({ alg: "ES256", kid: key.kid })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(key.privateKey);
      const result = await postGraphQL(
        hub.gateway.url,
        /* GraphQL */ `
          {
            borderIncidents {
              id
              title
            }
          }
        `,
        {},
        { as: "anonymous", headers: { authorization: `Bearer ${token}` } },
      );
      expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.data ?? null).toBeNull();
    });
  });
});

const PROVINCES = ["VN-30", "VN-44"];
/** Agency ids as records name them, with look-alikes: accents dropped, case changed, SQL pattern characters. */
const AGENCY_IDS = [
  "VN-30-BDBP",
  "VN-30-SNGV",
  "VN-30-UBND-H-duc-co",
  "VN-44-BDBP",
  "VN-30-UBND-H-Đức-Cơ",
  "VN-30-UBND-H-Duc-Co",
  "VN-30-%",
  "VN-30-_DBP",
  "VN-30-bdbp",
];
const AGENCY_CODES = [
  "BDBP",
  "SNGV",
  "SCT",
  "STTTT",
  "UBND-H:Đức Cơ",
  "UBND-H:Duc Co",
  "%",
  "_DBP",
  "bdbp",
  "UBND-H-Đức-Cơ",
  "UBND-H-Duc-Co",
];

const viewers: fc.Arbitrary<Viewer> = fc.oneof(
  fc.constant<Viewer>({ anonymous: true }),
  fc.record({
    anonymous: fc.constant(false as const),
    userId: fc.constant("generated"),
    provinceCode: fc.constantFrom(...PROVINCES),
    agencyCode: fc.constantFrom(...AGENCY_CODES),
    role: fc.constantFrom("viewer" as const, "editor" as const, "coordinator" as const, "admin" as const),
    clearance: fc.constantFrom("INTERNAL" as const, "SECRET" as const),
  }),
);

describe("the SQL read rule and canRead agree on every generated case", () => {
  const data = temporaryDataDirectory("read-rule");
  let trade: RunningSubgraph;
  let db: DataSource;
  const records: TradeEvent[] = [];

  beforeAll(async () => {
    trade = await startTestSubgraph(tradeSubgraph, data.directory, { seedDemoData: false });
    db = trade.database.dataSource;
    // Every combination of classification, province and a few agency lists, on the suite's real database.
    const lists = [
      [],
      ["VN-30-BDBP"],
      ["VN-30-UBND-H-duc-co"],
      ["VN-30-UBND-H-Đức-Cơ"],
      ["VN-30-SNGV", "VN-30-%"],
      ["VN-30-_DBP"],
      ["VN-44-BDBP", "VN-30-bdbp"],
      AGENCY_IDS,
    ];
    let n = 0;
    for (const classification of ["PUBLIC", "INTERNAL", "SECRET"]) {
      for (const provinceCode of PROVINCES) {
        for (const agencyIds of lists) {
          records.push(
            db.manager.create(TradeEvent, { id: `r${n++}`, name: "x", kind: "FAIR", provinceCode, classification, agencyIds } as never),
          );
        }
      }
    }
    await db.manager.save(records);
  });
  afterAll(async () => {
    await trade.stop();
    data.cleanup();
  });

  it("reads exactly the records the in-memory rule allows, for every generated viewer and subgraph", async () => {
    await fc.assert(
      fc.asyncProperty(
        viewers,
        fc.constantFrom("trade" as const, "borderSecurity" as const, "foreignAffairs" as const),
        async (viewer, subgraph) => {
          const ctx = { ...createContext({ db, policy: tradeSubgraph.policy, subgraph, viewer }) };
          const sql = (await readableOnly(ctx, db.getRepository(TradeEvent).createQueryBuilder("r"), "r").getMany())
            .map((r) => r.id)
            .sort();
          const memory = records
            .filter((r) => canRead(ctx, r))
            .map((r) => r.id)
            .sort();
          expect(sql).toEqual(memory);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("matches an agency only exactly: no pattern, no folded accents, no other case", async () => {
    const viewer: Viewer = {
      anonymous: false,
      userId: "u",
      provinceCode: "VN-30",
      agencyCode: "UBND-H:Đức Cơ",
      role: "viewer",
      clearance: "SECRET",
    };
    const ctx = createContext({ db, policy: tradeSubgraph.policy, subgraph: "trade", viewer });
    const secret = await readableOnly(ctx, db.getRepository(TradeEvent).createQueryBuilder("r"), "r")
      .andWhere("r.classification = 'SECRET'")
      .getMany();
    // The directory names the committee VN-30-UBND-H-duc-co; lists holding only look-alikes stay closed.
    for (const record of secret) expect(record.agencyIds).toContain("VN-30-UBND-H-duc-co");
    expect(secret.length).toBeGreaterThan(0);
  });
});
