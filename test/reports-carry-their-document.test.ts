import { createHash } from "node:crypto";
import { credentialsFor, official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { reportFile, reportPdf } from "./support/report-file";

const SNV_OFFICER = official({ provinceCode: "VN-30", agencyCode: "SNV", role: "editor", userId: "snv.officer" });
const SCT_OFFICER = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const AN_GIANG_COORDINATOR = official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "coordinator" });
const DEADLINE = "VN-30-2019:deadline:1";

const SUBMIT = /* GraphQL */ `
  mutation ($input: ReportInput!) {
    createReport(input: $input) {
      id
      version
      documentNumber
      submittedOn
      fileName
      fileType
      fileBytes
      fileSha256
    }
  }
`;
const CORRECT = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!, $input: ReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      version
      fileName
      fileSha256
    }
  }
`;

const input = (overrides: Record<string, unknown> = {}) => ({
  agencyId: "VN-30-SNV",
  deadlineId: DEADLINE,
  submittedOn: "2019-06-12",
  documentNumber: "18/BC-SNV",
  summary: "Kết quả 6 tháng đầu năm 2019.",
  file: reportFile("bao-cao-6-thang.pdf"),
  ...overrides,
});

describe("a report is recorded with its document: number, date and file, kept by the plans department and read like the report", () => {
  let hub: RunningHub;
  const plans = () => hub.subgraphs.plans.database.dataSource;
  const download = async (id: string, as: ReturnType<typeof official> | "anonymous") =>
    fetch(new URL(`/reports/${encodeURIComponent(id)}/file`, hub.gateway.url), { headers: await credentialsFor(hub.gateway.url, as) });
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it.each([
    ["without a number", { documentNumber: undefined }, "documentNumber"],
    ["with an empty number", { documentNumber: "" }, "documentNumber"],
    ["without a date", { submittedOn: undefined }, "submittedOn"],
  ])("refuses a report %s, saying which field", async (_, overrides, field) => {
    const result = await postGraphQL(hub.gateway.url, SUBMIT, { input: input(overrides) }, { as: SNV_OFFICER });
    expect(result.data).toBeFalsy();
    expect(JSON.stringify(result.errors)).toContain(field);
  });

  it.each([
    ["no file", { file: undefined }, "send the report file"],
    [
      "a plain text file named .pdf",
      { file: { fileName: "bao-cao.pdf", content: Buffer.from("Báo cáo").toString("base64") } },
      "PDF or a Word",
    ],
    [
      "a legacy Word .doc",
      {
        file: { fileName: "bao-cao.doc", content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString("base64") },
      },
      "legacy Word .doc",
    ],
    ["a file over 700 KB", { file: reportFile("lon.pdf", Buffer.concat([reportPdf(), Buffer.alloc(720 * 1024, 0x20)])) }, "700 KB"],
    ["content that is not base64", { file: { fileName: "a.pdf", content: "%PDF-1.4 not base64!" } }, "base64"],
  ])("refuses a report with %s, keeping nothing", async (_, overrides, message) => {
    const result = await postGraphQL(hub.gateway.url, SUBMIT, { input: input(overrides) }, { as: SNV_OFFICER });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toContain(message);
    expect(await plans().query(`SELECT id FROM report WHERE agencyId = 'VN-30-SNV' AND deadlineId = ?`, [DEADLINE])).toEqual([]);
  });

  it("refuses an anonymous caller and another agency's officer before reading the file", async () => {
    const garbage = { file: { fileName: "x.pdf", content: "not base64 at all!" } };
    const anonymous = await postGraphQL(hub.gateway.url, SUBMIT, { input: input(garbage) }, { as: "anonymous" });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const other = await postGraphQL(hub.gateway.url, SUBMIT, { input: input(garbage) }, { as: SCT_OFFICER });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps the file with the report, audits its name and hash but not its bytes, and hands it back unchanged to those who may read the report", async () => {
    const bytes = reportPdf("Bao cao 6 thang dau nam 2019 cua So Noi vu");
    const { createReport: report } = await queryData(
      hub.gateway.url,
      SUBMIT,
      { input: input({ file: reportFile("Báo cáo 6 tháng.pdf", bytes) }) },
      { as: SNV_OFFICER },
    );
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(report).toMatchObject({
      documentNumber: "18/BC-SNV",
      submittedOn: "2019-06-12",
      fileName: "Báo cáo 6 tháng.pdf",
      fileType: "application/pdf",
      fileBytes: bytes.length,
      fileSha256: sha256,
    });

    const [entry] = await plans().query(`SELECT * FROM audit_entry WHERE recordId = ? AND operation = 'createReport'`, [report.id]);
    expect(JSON.stringify(entry)).toContain(sha256);
    expect(JSON.stringify(entry)).not.toContain(bytes.toString("base64").slice(0, 40));

    for (const reader of [COORDINATOR, SNV_OFFICER]) {
      const response = await download(report.id, reader);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(decodeURIComponent(response.headers.get("content-disposition")!)).toContain("Báo cáo 6 tháng.pdf");
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
    // another province's official reads no Gia Lai report: the file is as absent as the report
    expect((await download(report.id, AN_GIANG_COORDINATOR)).status).toBe(404);
    expect((await download(report.id, "anonymous")).status).toBe(401);

    // a correction with a new file replaces it; one without keeps it
    const signed = reportPdf("Ban da ky");
    const corrected = await queryData(
      hub.gateway.url,
      CORRECT,
      { id: report.id, version: report.version, input: input({ file: reportFile("da-ky.pdf", signed) }) },
      { as: SNV_OFFICER },
    );
    expect(corrected.updateReport.fileName).toBe("da-ky.pdf");
    expect(Buffer.from(await (await download(report.id, COORDINATOR)).arrayBuffer()).equals(signed)).toBe(true);
    const kept = await queryData(
      hub.gateway.url,
      CORRECT,
      { id: report.id, version: corrected.updateReport.version, input: input({ file: null, summary: "Đã bổ sung." }) },
      { as: SNV_OFFICER },
    );
    expect(kept.updateReport.fileName).toBe("da-ky.pdf");
    expect(Buffer.from(await (await download(report.id, COORDINATOR)).arrayBuffer()).equals(signed)).toBe(true);
  });

  it("says a report recorded before files were required has no file, rather than serving an empty one", async () => {
    const [demo] = await plans().query(`SELECT id FROM report WHERE fileName IS NULL LIMIT 1`);
    const response = await download(demo.id, COORDINATOR);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain("without its file");
  });
});
