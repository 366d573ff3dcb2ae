import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { planFileText } from "../subgraphs/plans/import/formats/read-plan-file";
import { parsePlanDocument } from "../subgraphs/plans/import/parser/parse-plan";
import { describeInBrowserOnce, launchBrowser } from "./support/browser";
import { DAK_LAK_2026, QUANG_NINH_2020 } from "./support/composed-plans";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { plansDatabaseEnv, startHub, type RunningHub } from "./support/hub";
import { GIA_LAI_2019 } from "./support/plan-versions";
import { asDocx, asNumberedDocx } from "./support/word-files";

const run = promisify(execFile);
const FROM_TEXT = parsePlanDocument(GIA_LAI_2019);
/** Both sample plans, as the demo data holds them. */
const SAMPLES: [string, string][] = [
  ["Gia Lai 2019", GIA_LAI_2019],
  ["An Giang 2018", fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents/an-giang-2018.txt"), "utf8")],
];
const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });

/** A plan as a page saved from a legal-document website: navigation, a script, and the text in paragraphs. */
function asHtml(plan = GIA_LAI_2019): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = plan.split(/\n\s*\n/).map((block) => `<p>${block.split("\n").map(escape).join("<br>")}</p>`);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 2019</title><script>var tracking = 1;</script></head>
<body><nav><a href="/">Trang chủ</a> <a href="/van-ban">Văn bản</a></nav><div class="content">${paragraphs.join("\n")}</div></body></html>`;
}

/** What matters of a parsed plan, to compare one read from a file with the one read from the text. */
function essentials(plan: ReturnType<typeof parsePlanDocument>) {
  const tasks = (list: typeof plan.tasks): string[] =>
    list.flatMap((t) => [`${t.ordinal} ${t.title} ${t.leads.map((l) => l.code).join(",")}`, ...tasks(t.children ?? [])]);
  return {
    title: plan.title,
    year: plan.year,
    province: plan.province.code,
    legalBases: plan.legalBases.map((b) => b.number),
    tasks: tasks(plan.tasks),
    deadlines: plan.reportingDeadlines.map((d) => [d.period, d.dueOn]),
    assignments: plan.assignments.map((a) => `${a.agency.code ?? a.agency.name} ${a.duties.length}`),
    signatory: plan.signatory,
  };
}

describe("the importer reads plans in the files provinces send: Word, HTML, Markdown, text", () => {
  it.each(SAMPLES)("reads %s from a Word .docx into the same plan as its text, header table included", async (_name, plan) => {
    const { format, text } = await planFileText(await asDocx(plan));
    expect(format).toBe("docx");
    expect(essentials(parsePlanDocument(text))).toEqual(essentials(parsePlanDocument(plan)));
  });

  it.each([...SAMPLES, ["Đắk Lắk 2026", DAK_LAK_2026] as [string, string]])(
    "reads %s from a Word .docx numbered by Word's own lists into the same plan as the text typed with its numbers",
    async (_name, plan) => {
      const docx = await asNumberedDocx(plan);
      // the numbers are in numbering.xml only, never in the text Word keeps
      const xml = (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
      expect(await xml).not.toMatch(/<w:t[^>]*>II\. /);
      const { text, format } = await planFileText(docx);
      expect(format).toBe("docx");
      expect(essentials(parsePlanDocument(text))).toEqual(essentials(parsePlanDocument(plan)));
    },
  );

  it("reads a plan saved by LibreOffice Writer with its own list numbering into the same plan as the text typed with its numbers", async () => {
    // test/fixtures/plans/gia-lai-2019.libreoffice.docx: the Word-numbered Gia Lai plan opened in LibreOffice Writer 7.4,
    // saved as .odt, then saved again as .docx: LibreOffice's own numbering.xml, one list split over several numIds
    const docx = fs.readFileSync(path.join(__dirname, "fixtures/plans/gia-lai-2019.libreoffice.docx"));
    const zip = await JSZip.loadAsync(docx);
    expect(await zip.file("docProps/app.xml")!.async("string")).toContain("LibreOffice");
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).not.toMatch(/<w:t[^>]*>II\. /);
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThan(50);
    const { text, format } = await planFileText(docx);
    expect(format).toBe("docx");
    expect(essentials(parsePlanDocument(text))).toEqual(essentials(parsePlanDocument(GIA_LAI_2019)));
  });

  it.each(SAMPLES)("reads %s from a saved web page into the same plan, without its navigation or scripts", async (_name, plan) => {
    const { format, text } = await planFileText(Buffer.from(asHtml(plan)));
    expect(format).toBe("html");
    expect(text).not.toContain("tracking");
    expect(text).not.toContain("Trang chủ");
    expect(essentials(parsePlanDocument(text))).toEqual(essentials(parsePlanDocument(plan)));
  });

  it("tells the format from the content, not the name: plain text stays text", async () => {
    expect((await planFileText(Buffer.from(GIA_LAI_2019))).format).toBe("text");
  });

  it("refuses an empty file and a picture it does not read (GIF), saying what the file is not", async () => {
    await expect(planFileText(new Uint8Array())).rejects.toThrow("the file is empty");
    const gif = Buffer.concat([Buffer.from("GIF89a", "latin1"), Buffer.from([0x10, 0x00, 0x10, 0x00, 0xf0, 0xff, 0xfe, 0x00])]);
    await expect(planFileText(gif)).rejects.toThrow("the file is not UTF-8 text, Word (.docx), PDF, HTML or a scan (PNG, JPEG, TIFF)");
  });

  it("refuses a legacy .doc, saying to save it as .docx, and a zip that is not Word", async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(planFileText(doc)).rejects.toThrow("save it as .docx");
    await expect(planFileText(Buffer.from("PK\u0003\u0004 something.xml"))).rejects.toThrow("not a Word .docx document");
  });

  it("reads a .docx given to plan:parse on the command line", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "plan-file-"));
    try {
      const file = path.join(directory, "ke-hoach.docx");
      fs.writeFileSync(file, await asDocx(GIA_LAI_2019));
      const { stdout } = await run(process.execPath, [path.join(REPOSITORY_ROOT, "scripts/run-built.js"), "plan-parse", file], {
        timeout: 120_000,
      });
      expect(essentials(JSON.parse(stdout))).toEqual(essentials(FROM_TEXT));
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });

  describe("through the API", () => {
    let hub: RunningHub;
    beforeAll(async () => {
      hub = await startHub();
    });
    afterAll(async () => {
      await hub.stop();
    });

    it("`plan:import` loads a Word file of a plan approved by a decision, and PlanDossier shows it with its number, signers and roles", async () => {
      const env = plansDatabaseEnv(hub);
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), "plan-file-"));
      try {
        const file = path.join(directory, "ke-hoach-dak-lak-2026.docx");
        fs.writeFileSync(file, await asDocx(DAK_LAK_2026));
        const { stdout } = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/plan-import.js"), file, "--add-unknown"], {
          env,
          timeout: 120_000,
        });
        expect(stdout).toContain("Imported VN-33-2026-09-kh-ubnd");
      } finally {
        fs.rmSync(directory, { recursive: true, force: true });
      }
      const dak = official({ provinceCode: "VN-33", agencyCode: "SKHCN", role: "viewer" });
      const dossier = await queryData(
        hub.gateway.url,
        fs.readFileSync(path.join(REPOSITORY_ROOT, "test/contract/operations/PlanDossier.graphql"), "utf8"),
        { provinceCode: "VN-33", year: 2026 },
        { as: dak },
      );
      expect(dossier.plans[0].tasks.map((t: { title: string }) => t.title)).toEqual([
        "Quảng bá hình ảnh tỉnh Đắk Lắk mới trên các nền tảng số",
        "Xúc tiến du lịch biển và cà phê Buôn Ma Thuột tại thị trường châu Âu",
      ]);
      const plan = await queryData(
        hub.gateway.url,
        `{ plans(provinceCode: "VN-33", year: 2026) {
            documentNumber approvedByNumber approvedOn approvalSignatoryName approvalSignatoryTitle signatoryName
            assignments { agencyName role }
        } }`,
        {},
        { as: dak },
      );
      expect(plan.plans[0]).toEqual({
        documentNumber: "09/KH-UBND",
        approvedByNumber: "85/QĐ-UBND",
        approvedOn: "2026-01-20",
        approvalSignatoryName: "Ksor H'Lan",
        approvalSignatoryTitle: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        signatoryName: "Ksor H'Lan",
        assignments: [
          { agencyName: "Sở Khoa học và Công nghệ", role: "cơ quan thường trực" },
          { agencyName: "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", role: null },
        ],
      });
    });

    it("previews and imports a Word file sent as base64, and refuses a legacy .doc beside the file argument", async () => {
      const file = (await asDocx(GIA_LAI_2019)).toString("base64");
      const preview = await queryData(
        hub.gateway.url,
        `query ($file: String!) { previewPlanImport(file: $file) { planId tasks { outline } refusal { message } } }`,
        { file },
        { as: COORDINATOR },
      );
      expect(preview.previewPlanImport).toMatchObject({ planId: "VN-30-2019", refusal: null });
      expect(preview.previewPlanImport.tasks).toHaveLength(10);
      const imported = await queryData(
        hub.gateway.url,
        `mutation ($file: String!) { importPlan(file: $file) { id tasks { id } } }`,
        { file },
        { as: COORDINATOR },
      );
      expect(imported.importPlan.tasks).toHaveLength(10);
      const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]).toString("base64");
      const refused = await postGraphQL(
        hub.gateway.url,
        `mutation ($file: String!) { importPlan(file: $file) { id } }`,
        { file: doc },
        { as: COORDINATOR },
      );
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", fields: ["file"] },
        message: expect.stringContaining("save it as .docx"),
      });
      const both = await postGraphQL(
        hub.gateway.url,
        `mutation ($file: String!) { importPlan(file: $file, text: "x") { id } }`,
        { file },
        { as: COORDINATOR },
      );
      expect(both.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: ["text", "file"] });
    });
  });
});

/** A PDF printed by Chromium from HTML in the bundled Vietnamese font, so its text layer is real. */
// reading a file asks no database: once, in the first pass
describeInBrowserOnce("the importer reads PDFs by their text layer, and scans by OCR", () => {
  const fontFaces = () => {
    const directory = path.join(REPOSITORY_ROOT, "node_modules/@fontsource/be-vietnam-pro");
    const css = fs.readFileSync(path.join(directory, "400.css"), "utf8");
    return css.replace(/url\(\.\/files\/([^)]+)\)/g, (_match, file: string) => {
      const type = file.endsWith(".woff2") ? "woff2" : "woff";
      return `url(data:font/${type};base64,${fs.readFileSync(path.join(directory, "files", file)).toString("base64")})`;
    });
  };
  const printed = async (html: string): Promise<Buffer> => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.evaluate("document.fonts.ready");
      return await page.pdf({ format: "A4", margin: { top: "20mm", bottom: "20mm", left: "30mm", right: "15mm" } });
    } finally {
      await browser.close();
    }
  };

  it.each(SAMPLES)("reads %s from a PDF with a text layer into the same plan as its text", async (_name, plan) => {
    const paragraphs = plan
      .split(/\n\s*\n/)
      .map((block) => `<p>${block.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`);
    const pdf = await printed(
      `<html><head><meta charset="utf-8"><style>${fontFaces()} body { font-family: 'Be Vietnam Pro'; font-size: 7pt; } p { margin: 0 0 10pt; }</style></head><body>${paragraphs.join("")}</body></html>`,
    );
    const { format, text } = await planFileText(pdf);
    expect(format).toBe("pdf");
    expect(essentials(parsePlanDocument(text))).toEqual(essentials(parsePlanDocument(plan)));
  });

  it("reads a PDF whose header sets the issuer and the motto side by side on each line, the number and date from their columns", async () => {
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const lines = QUANG_NINH_2020.split("\n");
    // The header block as a word processor prints it: a borderless table, the issuer's cell beside the motto's on each row.
    const header = `<table style="width:100%;border-collapse:collapse;font-size:8pt">${lines
      .slice(0, 3)
      .map(
        (row) =>
          `<tr>${row
            .split("|")
            .map((cell) => `<td style="width:50%;text-align:center">${escape(cell.trim())}</td>`)
            .join("")}</tr>`,
      )
      .join("")}</table>`;
    const body = lines
      .slice(3)
      .join("\n")
      .split(/\n\s*\n/)
      .map((block) => `<p>${escape(block).replace(/\n/g, "<br>")}</p>`);
    const pdf = await printed(
      `<html><head><meta charset="utf-8"><style>${fontFaces()} body { font-family: 'Be Vietnam Pro'; font-size: 9pt; } p { margin: 0 0 10pt; }</style></head><body>${header}${body.join("")}</body></html>`,
    );
    const { text } = await planFileText(pdf);
    // pdf.js stood a space in for the gap between the cells; the reader writes a tab there, a cell boundary
    expect(text).toContain("Số: 12/KH-UBND\tQuảng Ninh, ngày 15 tháng 01 năm 2020");
    const plan = parsePlanDocument(text);
    expect([plan.documentNumber, plan.issuedOn, plan.title, plan.legalBases.length, plan.tasks.length, plan.signatory?.name]).toEqual([
      "12/KH-UBND",
      "2020-01-15",
      "THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020",
      4,
      2,
      "ĐẶNG HUY HẬU",
    ]);
  });

  it("reads a PDF with no text layer (a scan) by OCR rather than refusing it (test/scanned-plans-are-read-by-ocr.test.ts reads plans so)", async () => {
    const picture = fs.readFileSync(path.join(REPOSITORY_ROOT, "docs/screenshots/plan-gia-lai-2019.png")).toString("base64");
    const pdf = await printed(`<html><body style="margin:0"><img src="data:image/png;base64,${picture}" style="width:100%"></body></html>`);
    const { format, text, ocr } = await planFileText(pdf);
    expect(format).toBe("pdf");
    expect(ocr).toMatchObject({ pages: 2, confidence: expect.any(Number) }); // the screenshot runs over two pages
    expect(text).toMatch(/Gia Lai/);
  }, 120_000);
});
