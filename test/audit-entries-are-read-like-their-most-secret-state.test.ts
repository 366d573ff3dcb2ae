import { entryAccess } from "../shared/records/audit";
import { official, postGraphQL, queryData, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const CLEARED_BORDER_EDITOR = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const GIA_LAI_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const UNCLEARED_ADMIN = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "admin" });

const SECRET_TEXT = "Toạ độ chốt trinh sát bí mật số 7";
const AUDIT = /* GraphQL */ `
  query ($id: ID!) {
    auditLog {
      borderSecurity(recordId: $id) {
        operation
        outcome
        before
        after
      }
    }
  }
`;

describe("an audit entry is read only by those who may read every state of the record it records", () => {
  let hub: RunningHub;
  let incident: string;
  const entriesAs = async (as: typeof TEST_ADMIN) =>
    (await queryData(hub.gateway.url, AUDIT, { id: incident }, { as })).auditLog.borderSecurity as {
      operation: string;
      before: string | null;
      after: string | null;
      outcome: string;
    }[];

  beforeAll(async () => {
    hub = await startHub();
    const created = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($d: String!) {
          createBorderIncident(input: { provinceCode: "VN-30", title: "Sự việc ở Lệ Thanh", description: $d, classification: SECRET }) {
            id
            version
          }
        }
      `,
      { d: SECRET_TEXT },
      { as: CLEARED_BORDER_EDITOR },
    );
    incident = created.createBorderIncident.id;
    // Declassified with a sanitised text: the record is PUBLIC now, but its first state was SECRET.
    await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateBorderIncident(
            id: $id
            version: 1
            input: { provinceCode: "VN-30", title: "Sự việc ở Lệ Thanh", description: "Đã xử lý.", classification: PUBLIC }
          ) {
            version
          }
        }
      `,
      { id: incident },
      { as: CLEARED_BORDER_EDITOR },
    );
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("keeps the SECRET text of a declassified record out of the audit log of a coordinator without clearance", async () => {
    const entries = await entriesAs(GIA_LAI_COORDINATOR);
    expect(JSON.stringify(entries)).not.toContain(SECRET_TEXT);
    expect(entries).toEqual([]);
  });

  it("keeps it from an admin without SECRET clearance too", async () => {
    expect(JSON.stringify(await entriesAs(UNCLEARED_ADMIN))).not.toContain(SECRET_TEXT);
  });

  it("shows both entries, SECRET text included, to an admin cleared in the province", async () => {
    const entries = await entriesAs(TEST_ADMIN);
    expect(entries.map((e) => e.operation)).toEqual(["updateBorderIncident", "createBorderIncident"]);
    expect(JSON.parse(entries[0].before!).description).toBe(SECRET_TEXT);
  });

  it("classifies a refused write by what it tried to store: a SECRET attempt on a PUBLIC record stays SECRET", async () => {
    const stale = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($id: ID!, $d: String!) {
          updateBorderIncident(id: $id, version: 1, input: { provinceCode: "VN-30", title: "x", description: $d, classification: SECRET }) {
            version
          }
        }
      `,
      { id: incident, d: `${SECRET_TEXT} (bản sửa)` },
      { as: CLEARED_BORDER_EDITOR },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(JSON.stringify(await entriesAs(GIA_LAI_COORDINATOR))).not.toContain("bản sửa");
    const cleared = await entriesAs(TEST_ADMIN);
    expect(cleared[0]).toMatchObject({ outcome: "REFUSED" });
    expect(JSON.parse(cleared[0].after!).description).toBe(`${SECRET_TEXT} (bản sửa)`);
  });
});

describe("entryAccess: who may read an entry, from the states it records", () => {
  it.each([
    [
      "takes the highest classification",
      [
        { classification: "SECRET", provinceCode: "VN-30", agencyIds: ["A"] },
        { classification: "PUBLIC", provinceCode: "VN-30", agencyIds: [] },
      ],
      { classification: "SECRET", provinceCode: "VN-30", agencyIds: ["A"] },
    ],
    [
      "names only the agencies every SECRET state names",
      [
        { classification: "SECRET", provinceCode: "VN-30", agencyIds: ["A", "B"] },
        { classification: "SECRET", provinceCode: "VN-30", agencyIds: ["B", "C"] },
      ],
      { classification: "SECRET", provinceCode: "VN-30", agencyIds: ["B"] },
    ],
    [
      "belongs to no province when the states lie in two",
      [
        { classification: "INTERNAL", provinceCode: "VN-30" },
        { classification: "INTERNAL", provinceCode: "VN-44" },
      ],
      { classification: "INTERNAL", provinceCode: null, agencyIds: [] },
    ],
    [
      "is at least INTERNAL: the audit log is officials' business",
      [{ classification: "PUBLIC", provinceCode: "VN-30" }],
      { classification: "INTERNAL", provinceCode: "VN-30", agencyIds: [] },
    ],
  ])("%s", (_rule, states, expected) => {
    expect(entryAccess(states, "VN-30")).toEqual(expected);
  });

  it("is the writer's province's INTERNAL business when no state could be read", () => {
    expect(entryAccess([null, null], "VN-44")).toEqual({ classification: "INTERNAL", provinceCode: "VN-44", agencyIds: [] });
  });
});
