import { docxBomb } from "../scripts/hostile-plans";
import { describeWithoutDatabase } from "./support/database-free";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const PREVIEW = /* GraphQL */ `
  query ($file: String, $text: String) {
    previewPlanImport(file: $file, text: $text) {
      planId
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation ($file: String, $text: String) {
    importPlan(file: $file, text: $text) {
      id
    }
  }
`;

const TRADE_EDITOR = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const VIEWER = official({ provinceCode: "VN-30", agencyCode: "UBND", role: "viewer" });
const INFORMATION_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("importing a plan: who may import is decided before a byte of the document is read", () => {
  let hub: RunningHub;
  let bomb: string;
  beforeAll(async () => {
    hub = await startHub();
    bomb = (await docxBomb(300)).toString("base64");
  });
  afterAll(async () => {
    await hub?.stop();
  });

  // Each document would be refused as BAD_USER_INPUT once read: a refusal of the caller instead shows nothing was read.
  const documents = () => [
    { name: "a Word file inflating to 300 MB", variables: { file: bomb } },
    { name: "bytes that are not base64", variables: { file: "¿no es base64?" } },
    { name: "both text and file", variables: { file: "AAAA", text: "x" } },
  ];

  it("answers a signed-out preview UNAUTHENTICATED, at the gateway and at the plans department itself", async () => {
    for (const { variables } of documents()) {
      for (const url of [hub.gateway.url, hub.subgraphs.plans.url]) {
        const answer = await postGraphQL(url, PREVIEW, variables, { as: "anonymous" });
        expect(answer.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      }
    }
  });

  it("answers a signed-out import UNAUTHENTICATED at the plans department, not only at the gateway", async () => {
    for (const { variables } of documents()) {
      const answer = await postGraphQL(hub.subgraphs.plans.url, IMPORT, variables, { as: "anonymous" });
      expect(answer.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers FORBIDDEN to a trade editor and a viewer, for a preview and an import, and audits the refused imports", async () => {
    for (const as of [TRADE_EDITOR, VIEWER]) {
      for (const { variables } of documents()) {
        for (const operation of [PREVIEW, IMPORT]) {
          const answer = await postGraphQL(hub.gateway.url, operation, variables, { as });
          expect(answer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
        }
      }
    }
    const audit = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        {
          auditLog {
            plans(operation: "importPlan", userId: "${TRADE_EDITOR.userId}") {
              outcome
              reason
            }
          }
        }
      `,
      {},
      { as: INFORMATION_COORDINATOR },
    );
    expect(audit.auditLog.plans).toHaveLength(3);
    expect(
      audit.auditLog.plans.every((e: { outcome: string; reason: string }) => e.outcome === "REFUSED" && /^FORBIDDEN/.test(e.reason)),
    ).toBe(true);
  });

  it("reads the document of one who may import, and then refuses what it finds in it", async () => {
    const answer = await postGraphQL(hub.gateway.url, PREVIEW, { file: bomb }, { as: INFORMATION_COORDINATOR });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: ["file"], reason: "FILE_INFLATES_TOO_MUCH" });
    expect(answer.errors?.[0].message).toMatch(/^The file cannot be read: the Word document's part word\/document\.xml inflates to 300 MB/);
  });
});
