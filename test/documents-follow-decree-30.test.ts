import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import yauzl from "yauzl";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { official, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

/**
 * Golden test of the layout of the province's documents against Decree
 * 30/2020/NĐ-CP, Appendix I, read from the .docx the hub's endpoints return:
 * real demo data (Gia Lai's 2026 plan, given the number and date of its head),
 * a real hub, and the XML Word reads.
 */
const run = promisify(execFile);
const CULTURE_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
// Decree 30/2020/NĐ-CP, Appendix I, in Word's units: twips (1/1440 inch), half-points for sizes.
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const pt = (points: number) => points * 2;
const PAGE = { width: 11906, height: 16838, top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = "Times New Roman";
const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const upper = (text: string) => text.toLocaleUpperCase("vi");

// ---- reading a .docx ----

interface Docx {
  document: string;
  styles: string;
  /** Header parts by relationship id. */
  headers: Map<string, string>;
}

async function unzip(file: Buffer): Promise<Docx> {
  const zip = await yauzl.fromBufferPromise(file, { lazyEntries: true });
  const parts = new Map<string, string>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    parts.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
  }
  zip.close();
  const part = (name: string) => parts.get(name) ?? "";
  const headers = new Map<string, string>();
  for (const relationship of all(part("word/_rels/document.xml.rels"), "Relationship"))
    if (attr(relationship, "Relationship", "Type")!.endsWith("/header"))
      headers.set(attr(relationship, "Relationship", "Id")!, part(`word/${attr(relationship, "Relationship", "Target")}`));
  return { document: part("word/document.xml"), styles: part("word/styles.xml"), headers };
}

/** Every `tag` element in `xml`, whole (w:p, w:r, w:tc and w:tbl do not nest in these documents). */
function all(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}(?:\\s[^>]*)?/>|<${tag}(?:\\s[^>]*)?>[^]*?</${tag}>`, "g")) ?? [];
}

/** An attribute of the first `tag` element in `xml`. */
function attr(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}(?:\\s[^>]*)?/?>`).exec(xml)?.[0] ?? "";
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

const number = (xml: string, tag: string, name: string) => Number(attr(xml, tag, name) ?? 0);
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const text = (xml: string) =>
  all(xml, "w:t")
    .map((t) => t.replace(/<[^>]+>/g, "").replace(/&\w+;/g, (e) => ENTITIES[e] ?? e))
    .join("");

/** A toggle (w:b, w:i) is on when present without a false value. */
const on = (properties: string, tag: string) => all(properties, tag).some((t) => !/w:val="(false|0|off)"/.test(t));

interface Look {
  font?: string;
  size: number;
  bold: boolean;
  italics: boolean;
  underline: boolean;
}

/** How a run is set: its own properties, else the document's defaults (no paragraph or character style is used). */
function look(run: string, defaults: string): Look {
  const own = all(run, "w:rPr")[0] ?? "";
  const either = (tag: string) => (all(own, tag).length ? own : defaults);
  return {
    font: attr(either("w:rFonts"), "w:rFonts", "w:ascii"),
    size: number(either("w:sz"), "w:sz", "w:val"),
    bold: on(own, "w:b"),
    italics: on(own, "w:i"),
    underline: all(own, "w:u").some((u) => attr(u, "w:u", "w:val") !== "none"),
  };
}

/** The run properties every run starts from (styles.xml, w:docDefaults). */
const defaults = (docx: Docx) => all(all(docx.styles, "w:rPrDefault")[0] ?? "", "w:rPr")[0] ?? "";

/** One paragraph's text and setting. */
interface Para {
  xml: string;
  text: string;
  runs: Look[];
  align?: string;
  firstLine: number;
  left: number;
  right: number;
  after: number;
}

function paragraphs(xml: string, docx: Docx): Para[] {
  return all(xml, "w:p").map((p) => {
    const properties = all(p, "w:pPr")[0] ?? "";
    return {
      xml: p,
      text: text(p),
      runs: all(p, "w:r")
        .filter((r) => all(r, "w:t").length)
        .map((r) => look(r, defaults(docx))),
      align: attr(properties, "w:jc", "w:val"),
      firstLine: number(properties, "w:ind", "w:firstLine"),
      left: number(properties, "w:ind", "w:left"),
      right: number(properties, "w:ind", "w:right"),
      after: number(properties, "w:spacing", "w:after"),
    };
  });
}

/** The document's body without its tables: the paragraphs set as running text. */
const outsideTables = (docx: Docx) => docx.document.replace(/<w:tbl>[^]*?<\/w:tbl>/g, "");
const isRule = (p: Para) => /<w:pBdr>[^]*?<w:bottom [^>]*w:val="single"/.test(p.xml) && p.text === "";

/** A table cell, and the width it leaves its text: its width (as cell and as grid column) less its margins. */
interface Cell {
  xml: string;
  width: number;
}

function cells(table: string, styles: string): Cell[] {
  const grid = all(table, "w:gridCol").map((c) => number(c, "w:gridCol", "w:w"));
  const tableMargins = all(all(table, "w:tblPr")[0] ?? "", "w:tblCellMar")[0];
  const normalTable = all(styles, "w:style").find((s) => /w:type="table"/.test(s) && /w:default="(1|true)"/.test(s)) ?? "";
  return all(table, "w:tc").map((tc, column) => {
    const margins = all(tc, "w:tcMar")[0] ?? tableMargins ?? all(normalTable, "w:tblCellMar")[0];
    // Word's default cell margins are 0.19 cm each side
    const side = (a: string, b: string) => (margins ? number(margins, `w:${a}`, "w:w") || number(margins, `w:${b}`, "w:w") : 108);
    return { xml: tc, width: Math.min(number(tc, "w:tcW", "w:w"), grid[column]) - side("left", "start") - side("right", "end") };
  });
}

// ---- measuring text as Word sets it ----

/**
 * Times New Roman's advance widths are Times's (Adobe's core font metrics,
 * which Liberation Serif, its metric twin, shares): pdf-lib carries them. A
 * Vietnamese letter is as wide as its base letter, its marks above or below;
 * a horn (ơ, ư) sticks out to the right, counted as a quarter of an em more.
 */
let TIMES: { regular: PDFFont; bold: PDFFont; italic: PDFFont };
const styleOf = (run: Look): keyof typeof TIMES => (run.bold ? "bold" : run.italics ? "italic" : "regular");
function width(line: string, size: number, style: keyof typeof TIMES = "regular"): number {
  const horns = (line.match(/[ƠơƯư]/g) ?? []).length;
  const base = line.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  return TIMES[style].widthOfTextAtSize(base, size / 2) * 20 + horns * (size / 2) * 20 * 0.25;
}

/** The lines Word makes of `line` in `available` twips, breaking at spaces. */
function wrap(line: string, available: number, size: number, style: keyof typeof TIMES): string[] {
  const lines: string[] = [];
  for (const word of line.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && width(`${last} ${word}`, size, style) <= available) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// ---- what every page of these documents shows ----

/** The cells of the head of the file's `index`th document: the issuer's on the left, the nation's on the right (boxes 1 to 5b). */
function headCells(docx: Docx, index = 0): { issuer: Cell; nation: Cell } {
  const [issuer, nation] = cells(all(docx.document, "w:tbl").filter((t) => text(t).includes(NATIONAL_TITLE))[index], docx.styles);
  return { issuer, nation };
}

/** A paragraph alone on one line in its cell: no break or tab, and no wider than the cell's text width. */
function expectOneLine(paragraph: Para, cell: Cell, size: number) {
  expect(paragraph.xml).not.toMatch(/<w:(br|cr|tab)\b/);
  const needed = width(paragraph.text, size, styleOf(paragraph.runs[0]));
  expect(Math.ceil(needed)).toBeLessThanOrEqual(cell.width - paragraph.left - paragraph.right);
}

/** The rule under a line: centred, 1/3 to 1/2 as long as the longest line above it. */
function expectShortRule(rule: Para, over: string[], available: number, size: number) {
  expect(isRule(rule)).toBe(true);
  expect(rule.left).toBe(rule.right);
  const length = available - rule.left - rule.right;
  const line = Math.max(...over.map((l) => width(l, size, "bold")));
  expect(length).toBeGreaterThanOrEqual(line / 3);
  expect(length).toBeLessThanOrEqual(line / 2);
}

/** A4 portrait, the decree's margins, pages numbered in the top margin from the second page of each document. */
function expectPages(docx: Docx, documents: number) {
  const sections = all(docx.document, "w:sectPr");
  expect(sections).toHaveLength(documents);
  sections.forEach((section, index) => {
    expect({
      width: number(section, "w:pgSz", "w:w"),
      height: number(section, "w:pgSz", "w:h"),
      portrait: (attr(section, "w:pgSz", "w:orient") ?? "portrait") === "portrait",
      top: number(section, "w:pgMar", "w:top"),
      bottom: number(section, "w:pgMar", "w:bottom"),
      left: number(section, "w:pgMar", "w:left"),
      right: number(section, "w:pgMar", "w:right"),
    }).toEqual({
      width: PAGE.width,
      height: PAGE.height,
      portrait: true,
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: PAGE.left,
      right: PAGE.right,
    });
    // the first page shows no number: a first-page header of its own, without the PAGE field
    expect(section).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1|on)"\/>/);
    const header = (type: string) =>
      docx.headers.get(
        attr(
          all(section, "w:headerReference").find((h) => attr(h, "w:headerReference", "w:type") === type) ?? "",
          "w:headerReference",
          "r:id",
        ) ?? "",
      );
    const [numbered, first] = [header("default"), header("first")];
    expect(numbered).toBeDefined();
    expect(first).toBeDefined();
    const field = /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|<w:fldSimple [^>]*w:instr="\s*PAGE\s*"/;
    expect(numbered).toMatch(field);
    expect(first).not.toMatch(field);
    expect(text(first!)).toBe("");
    const [pageNumber] = paragraphs(numbered!, docx).filter((p) => field.test(p.xml));
    expect(pageNumber.align).toBe("center");
    for (const run of all(pageNumber.xml, "w:r")) expect([pt(13), pt(14)]).toContain(look(run, defaults(docx)).size);
    // each document in the file counts its own pages from 1
    if (index > 0) expect(attr(section, "w:pgNumType", "w:start")).toBe("1");
  });
}

/** Times New Roman in every run, body and headers. */
function expectTimesNewRoman(docx: Docx) {
  const runs = [docx.document, ...docx.headers.values()].flatMap((xml) => all(xml, "w:r"));
  expect(runs.length).toBeGreaterThan(20);
  const fonts = new Set(runs.map((r) => look(r, defaults(docx)).font));
  expect([...fonts]).toEqual([FONT]);
  for (const run of runs) {
    const fonts = all(run, "w:rFonts")[0];
    if (fonts) for (const script of ["w:hAnsi", "w:cs"]) expect(attr(fonts, "w:rFonts", script) ?? FONT).toBe(FONT);
  }
  expect(docx.document).not.toMatch(/<w:pStyle |<w:rStyle /);
}

/** Running text: 14 pt, justified, first line indented 1 cm, at least 6 pt after each paragraph, single line spacing or more. */
function expectBody(docx: Docx) {
  const running = paragraphs(outsideTables(docx), docx).filter((p) => p.text.trim() && p.align !== "center");
  expect(running.length).toBeGreaterThan(3);
  for (const p of running) {
    expect({
      text: p.text,
      align: p.align,
      firstLine: p.firstLine,
      after: p.after >= 120,
      sizes: [...new Set(p.runs.map((r) => r.size))],
    }).toEqual({
      text: p.text,
      align: "both",
      firstLine: mm(10),
      after: true,
      sizes: [pt(14)],
    });
    expect(p.xml).not.toMatch(/<w:contextualSpacing/);
    const line = number(p.xml, "w:spacing", "w:line");
    if (line) expect(line).toBeGreaterThanOrEqual(240);
  }
}

/**
 * The head (boxes 1 to 4): the body above the issuer in capitals, the issuer
 * in bold capitals over a short rule, the number; the national title (12 pt
 * bold) and motto (13 pt bold, underlined the length of the line) each on
 * one line; the place and date in italics under them.
 */
function expectHead(docx: Docx, issuerName: string, date: string, index = 0): { issuer: Para[]; cell: Cell } {
  const { issuer: left, nation: right } = headCells(docx, index);
  const issuer = paragraphs(left.xml, docx);
  const nation = paragraphs(right.xml, docx);

  const title = nation.find((p) => p.text.includes(NATIONAL_TITLE))!;
  expect(title.text).toBe(NATIONAL_TITLE);
  expect(title.runs.map((r) => [r.bold, r.size])).toEqual(title.runs.map(() => [true, pt(12)]));
  expect(title.align).toBe("center");
  expectOneLine(title, right, pt(12));

  const motto = nation[nation.indexOf(title) + 1];
  expect(motto.text).toBe(MOTTO);
  expect(motto.runs.map((r) => [r.bold, r.size, r.underline])).toEqual(motto.runs.map(() => [true, pt(13), true]));
  expect(motto.align).toBe("center");
  expectOneLine(motto, right, pt(13));

  const dated = nation.slice(nation.indexOf(motto) + 1).find((p) => p.text)!;
  expect(dated.text).toBe(`Gia Lai, ${date}`);
  expect(dated.runs.every((r) => r.italics && !r.bold && [pt(13), pt(14)].includes(r.size))).toBe(true);
  expect(dated.align).toBe("center");
  expectOneLine(dated, right, pt(14));

  const [superior, name, rule, numbered] = issuer;
  expect(superior.text).toBe("ỦY BAN NHÂN DÂN TỈNH GIA LAI");
  expect(superior.runs.every((r) => !r.bold && [pt(12), pt(13)].includes(r.size))).toBe(true);
  expectOneLine(superior, left, superior.runs[0].size);
  expect(name.text).toBe(upper(issuerName));
  expect(name.runs.every((r) => r.bold && [pt(12), pt(13)].includes(r.size))).toBe(true);
  expect(name.align).toBe("center");
  expectShortRule(rule, wrap(name.text, left.width, name.runs[0].size, "bold"), left.width, name.runs[0].size);
  expect(numbered.text).toMatch(/^Số: .+\/.+$/);
  expect(numbered.runs.every((r) => r.size === pt(13) && !r.bold)).toBe(true);
  return { issuer, cell: left };
}

/** Recipients bottom left ("Nơi nhận:" 12 pt bold italic, each 11 pt), the signing authority and signer bottom right, bold. */
function expectClosing(docx: Docx, recipients: string[], signature: string[], index = 0) {
  const [left, right] = cells(all(docx.document, "w:tbl").filter((t) => text(t).includes("Nơi nhận:"))[index], docx.styles);
  const [heading, ...listed] = paragraphs(left.xml, docx);
  expect(heading.text).toBe("Nơi nhận:");
  expect(heading.runs.every((r) => r.bold && r.italics && r.size === pt(12))).toBe(true);
  expect(listed.map((p) => p.text)).toEqual(recipients);
  expect(listed.every((p) => p.runs.every((r) => !r.bold && !r.italics && r.size === pt(11)))).toBe(true);
  const lines = paragraphs(right.xml, docx);
  const signing = lines.filter((p) => p.text.trim());
  expect(signing.map((p) => p.text)).toEqual(signature);
  expect(signing.every((p) => p.align === "center" && p.runs.every((r) => r.bold && !r.italics && [pt(13), pt(14)].includes(r.size)))).toBe(
    true,
  );
  // room to sign between the authority and the name
  expect(lines.indexOf(signing[signing.length - 1]) - lines.indexOf(signing[signing.length - 2])).toBeGreaterThanOrEqual(4);
}

// ---- the hub ----

interface Signatory {
  id: string;
  fullName: string;
  title: string;
  isHead: boolean;
}

describe("the six-month report and reminder letters follow Decree 30/2020/NĐ-CP, Appendix I", () => {
  let hub: RunningHub;
  let token: string;
  let authority: { agencyName: string; ministry: string; ministryOffice: string; signatories: Signatory[] };
  let head: Signatory;
  let deputy: Signatory;
  const made = new Map<string, Promise<{ status: number; headers: Headers; file: Buffer }>>();

  /** The document the hub's endpoint makes for this request (each asked once). */
  function post(kind: "province-report" | "reminder-letters", request: Record<string, unknown>) {
    const key = JSON.stringify([kind, request]);
    if (!made.has(key))
      made.set(
        key,
        fetch(new URL(`/documents/${kind}`, hub.gateway.url), {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ provinceCode: "VN-30", year: 2026, ...request }),
        }).then(async (r) => ({ status: r.status, headers: r.headers, file: Buffer.from(await r.arrayBuffer()) })),
      );
    return made.get(key)!;
  }
  async function docx(kind: "province-report" | "reminder-letters", request: Record<string, unknown>): Promise<Docx> {
    const answer = await post(kind, request);
    expect({ status: answer.status, error: answer.status === 200 ? "" : answer.file.toString() }).toEqual({ status: 200, error: "" });
    return unzip(answer.file);
  }
  /** The agencies a reminder goes to for the six months of 2026: their report missing. */
  async function owing(): Promise<string[]> {
    const { agencies } = await queryData(
      hub.gateway.url,
      `{ agencies(provinceCode: "VN-30") { name reports(year: 2026) { period state submittedOn } } }`,
      {},
      { as: CULTURE_COORDINATOR },
    );
    return agencies
      .filter((a: any) =>
        a.reports.some(
          (r: any) => r.period === "SEMI_ANNUAL" && (r.state === "MISSING" || (r.state === "DEADLINE_UNKNOWN" && !r.submittedOn)),
        ),
      )
      .map((a: any) => a.name);
  }

  beforeAll(async () => {
    const pdf = await PDFDocument.create();
    TIMES = {
      regular: await pdf.embedFont(StandardFonts.TimesRoman),
      bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
      italic: await pdf.embedFont(StandardFonts.TimesRomanItalic),
    };
    hub = await startHub();
    token = await signDevelopmentToken(CULTURE_COORDINATOR);
    // the demo plan as issued: the demo document leaves out the number and date its head carries
    await hub.subgraphs.plans.database.dataSource.query(`UPDATE plan SET documentNumber = ?, issuedOn = ? WHERE id = ?`, [
      "15/KH-UBND",
      "2026-01-20",
      "VN-30-2026",
    ]);
    authority = (
      await queryData(
        hub.gateway.url,
        `{ province(code: "VN-30") { foreignInformationAuthority(on: "2027-01-04") { agencyName ministry ministryOffice signatories { id fullName title isHead } } } }`,
        {},
        { as: CULTURE_COORDINATOR },
      )
    ).province.foreignInformationAuthority;
    head = authority.signatories.find((s) => s.isHead)!;
    deputy = authority.signatories.find((s) => !s.isHead)!;
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it.each([
    ["SEMI_ANNUAL", "2026-06-15", "ngày 15 tháng 6 năm 2026", "6 tháng đầu năm 2026"],
    ["ANNUAL", "2026-12-15", "ngày 15 tháng 12 năm 2026", "năm 2026"],
  ])(
    "sets the %s report on A4 with the decree's margins, in Times New Roman, 14 pt justified body, pages numbered from the second",
    async (period, date, written, subject) => {
      const report = await docx("province-report", { period, date });
      expectPages(report, 1);
      expectTimesNewRoman(report);
      expectBody(report);
      expectHead(report, authority.agencyName, written);

      // the kind in bold capitals, the subject in bold under it, a short rule centred under the subject
      const running = paragraphs(outsideTables(report), report);
      const kind = running.findIndex((p) => p.text === "BÁO CÁO");
      const [, title, rule] = running.slice(kind);
      expect(running[kind].runs.every((r) => r.bold && [pt(13), pt(14)].includes(r.size))).toBe(true);
      expect(title.text).toBe(`Kết quả thực hiện công tác thông tin đối ngoại ${subject}`);
      expect(title.runs.every((r) => r.bold && [pt(13), pt(14)].includes(r.size))).toBe(true);
      expect([running[kind].align, title.align]).toEqual(["center", "center"]);
      expectShortRule(rule, wrap(title.text, TEXT_WIDTH, pt(14), "bold"), TEXT_WIDTH, pt(14));
    },
  );

  it.each([
    ["2027-01-04", "ngày 04 tháng 01 năm 2027"],
    ["2027-02-09", "ngày 09 tháng 02 năm 2027"],
    ["2027-03-05", "ngày 05 tháng 3 năm 2027"],
    ["2026-12-15", "ngày 15 tháng 12 năm 2026"],
  ])(
    "dates a document of %s in italics as “Gia Lai, %s”: days below 10 and January and February with a leading zero",
    async (date, written) => {
      expectHead(await docx("province-report", { period: "ANNUAL", date }), authority.agencyName, written);
    },
  );

  it("cites the plan by its number and date, and writes the province with its capitals", async () => {
    const report = await docx("province-report", { period: "SEMI_ANNUAL", date: "2026-06-15" });
    const body = paragraphs(report.document, report)
      .map((p) => p.text)
      .join("\n");
    expect(body).toContain(
      "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Gia Lai về hoạt động thông tin đối ngoại",
    );
    expect(body).toContain("Gia Lai");
    expect(body).not.toMatch(/gia lai|Gia lai|gia Lai/);
    expect(body).toContain("Số liệu trong báo cáo tính từ ngày 15/12/2025 đến ngày 14/06/2026");
  });

  it("is signed by the head, or by a deputy for the head in the KT. form, with the names and titles the directory holds", async () => {
    expect([head.title, deputy.title]).toEqual(["Giám đốc", "Phó Giám đốc"]);
    const recipients = [`- UBND tỉnh Gia Lai (b/c);`, `- ${authority.ministry} (${authority.ministryOffice}) (b/c);`, "- Lưu: VT."];
    const byHead = await docx("province-report", { period: "ANNUAL", date: "2027-01-04" });
    expectClosing(byHead, recipients, [upper(head.title), head.fullName]);
    const byDeputy = await docx("province-report", { period: "ANNUAL", date: "2027-01-04", signatoryId: deputy.id });
    expectClosing(byDeputy, recipients, [`KT. ${upper(head.title)}`, upper(deputy.title), deputy.fullName]);
    expect(text(byDeputy.document)).not.toContain(head.fullName);
  });

  it("sends each reminder letter on pages of its own, its V/v subject under its number, setting a new deadline", async () => {
    const agencies = await owing();
    expect(agencies.length).toBeGreaterThan(1);
    const letters = await docx("reminder-letters", {
      period: "SEMI_ANNUAL",
      date: "2026-07-06",
      respondBy: "2026-07-13",
      signatoryId: deputy.id,
    });
    expectPages(letters, agencies.length);
    expectTimesNewRoman(letters);
    expectBody(letters);
    const body = paragraphs(outsideTables(letters), letters).map((p) => p.text);
    agencies.forEach((agency, index) => {
      const { issuer, cell } = expectHead(letters, authority.agencyName, "ngày 06 tháng 7 năm 2026", index);
      const numbered = issuer.findIndex((p) => p.text.startsWith("Số: "));
      const subject = issuer[numbered + 1];
      expect(subject.text).toBe("V/v đôn đốc gửi báo cáo kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2026");
      expect(subject.align).toBe("center");
      expect(subject.runs.every((r) => !r.bold && [pt(12), pt(13)].includes(r.size))).toBe(true);
      expect(wrap(subject.text, cell.width, subject.runs[0].size, "regular").length).toBeLessThanOrEqual(4);
      expect(body).toContain(`Kính gửi: ${agency}.`);
      expect(body).toContainEqual(expect.stringContaining(`đề nghị ${agency} gửi báo cáo trước ngày 13/07/2026.`));
      expectClosing(letters, ["- Như trên;", "- Lưu: VT."], [`KT. ${upper(head.title)}`, upper(deputy.title), deputy.fullName], index);
    });
    expect(body.join("\n")).toContain("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Gia Lai");
  });

  it("makes the same files from the command line (npm run document), and says why when the hub makes none", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hub-document-"));
    const cli = (command: string, ...more: string[]) =>
      run(
        process.execPath,
        [path.join(REPOSITORY_ROOT, "dist/scripts/document.js"), ...command.split(" "), ...more, "--hub", hub.gateway.url],
        {
          env: { ...process.env, HUB_TOKEN: token },
        },
      );
    const [report, letters, refused] = ["report.docx", "letters.docx", "refused.docx"].map((name) => path.join(folder, name));
    try {
      const printed = await cli(
        "report --province VN-30 --year 2026 --period SEMI_ANNUAL --date 2026-06-15 --out",
        report,
        "--signatory",
        deputy.id,
      );
      expect(printed.stdout).toBe(`${report}\nmarking: none (prints no state secret)\n`);
      const reportOverHttp = await post("province-report", { period: "SEMI_ANNUAL", date: "2026-06-15", signatoryId: deputy.id });
      expect((await unzip(fs.readFileSync(report))).document).toBe((await unzip(reportOverHttp.file)).document);

      const written = await cli(
        "letters --province VN-30 --year 2026 --period SEMI_ANNUAL --date 2026-07-06 --respond-by 2026-07-13 --out",
        letters,
        "--signatory",
        deputy.id,
      );
      expect(written.stdout).toBe(`${letters}\nmarking: none (prints no state secret)\n`);
      const lettersOverHttp = await post("reminder-letters", {
        period: "SEMI_ANNUAL",
        date: "2026-07-06",
        respondBy: "2026-07-13",
        signatoryId: deputy.id,
      });
      expect((await unzip(fs.readFileSync(letters))).document).toBe((await unzip(lettersOverHttp.file)).document);

      const failed = await cli("report --province VN-30 --year 2026 --period QUARTERLY --out", refused).catch((error) => error);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toBe("The hub made no document (HTTP 400): period must be SEMI_ANNUAL or ANNUAL (BAD_USER_INPUT)\n");
      expect(fs.existsSync(refused)).toBe(false);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
