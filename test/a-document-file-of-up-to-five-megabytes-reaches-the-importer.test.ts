import { DOCUMENT_UPLOAD_FIELDS } from "../gateway/departments";
import { MAX_BODY_BYTES, UPLOAD_BODY_BYTES } from "../shared/service/http-safety";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { describeWithoutDatabase } from "./support/database-free";
import { official, postGraphQLOverHttp } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { GIA_LAI_2019 } from "./support/plan-versions";

const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const PREVIEW = /* GraphQL */ `
  query Preview($file: String!) {
    previewPlanImport(file: $file) {
      title
      year
    }
  }
`;

/** A plan file of about `megabytes` MB: the plan, then blank lines, as a scan's size would be (blanks cost the parser nothing). */
function planFileOf(megabytes: number): string {
  const text = GIA_LAI_2019 + "\n".repeat(Math.round(megabytes * 1024 * 1024) - Buffer.byteLength(GIA_LAI_2019));
  return Buffer.from(text).toString("base64");
}

// the gateway's and the importer's limits, whatever the departments' database: once, in the first pass
describeWithoutDatabase("a document's file of up to 5 MB reaches the importer, and nothing else comes in that large", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("previews a 3 MB plan file sent by a signed-in coordinator through the gateway and the plans department", async () => {
    const file = planFileOf(3);
    expect(file.length).toBeGreaterThan(MAX_BODY_BYTES * 3);
    const answer = await postGraphQLOverHttp(hub.gateway.url, PREVIEW, { file }, { as: COORDINATOR });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.previewPlanImport).toEqual({ title: expect.stringContaining("thông tin đối ngoại"), year: 2019 });
  });

  it("refuses a body as large for any other field, for a document field beside another, and from an anonymous caller", async () => {
    const file = planFileOf(2);
    const cases: [string, string, "anonymous" | typeof COORDINATOR][] = [
      ["another field", `query ($file: String!) { provinces { code } }`, COORDINATOR],
      [
        "a document field beside another",
        `query ($file: String!) { provinces { code } previewPlanImport(file: $file) { warnings } }`,
        COORDINATOR,
      ],
      ["two operations, none named", `${PREVIEW} query Other { provinces { code } }`, COORDINATOR],
      ["an anonymous caller", PREVIEW, "anonymous"],
    ];
    for (const [what, query, as] of cases) {
      const answer = await postGraphQLOverHttp(hub.gateway.url, query, { file }, { as });
      expect({ what, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
        what,
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
      });
    }
  });

  it("takes large requests at the gateway for exactly the fields the departments declare take a document's file", () => {
    expect([...DOCUMENT_UPLOAD_FIELDS].sort()).toEqual(ALL_SUBGRAPHS.flatMap((d) => d.documentUploads ?? []).sort());
  });

  it("refuses a document's file over 5 MB at the door, saying how large a request may be", async () => {
    const file = planFileOf(6);
    expect(file.length).toBeGreaterThan(UPLOAD_BODY_BYTES);
    const answer = await postGraphQLOverHttp(hub.gateway.url, PREVIEW, { file }, { as: COORDINATOR });
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /larger than 1 MB; one that sends a document's file, signed in and alone, may carry a file of up to 5 MB/,
      ),
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    });
  });
});
