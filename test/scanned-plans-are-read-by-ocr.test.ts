import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { fieldsReadRight, scanPlan, type ScannedPlan } from "../bench/scanned-plans";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { detectFormat } from "../subgraphs/plans/import/formats/detect";
import { imageInfo } from "../subgraphs/plans/import/formats/images";
import { ocrTextFromTsv } from "../subgraphs/plans/import/formats/ocr-text";
import { planFileText } from "../subgraphs/plans/import/formats/read-plan-file";
import { parsePlanDocument } from "../subgraphs/plans/import/parser/parse-plan";
import { closePlanReading, readPlanOffThread } from "../subgraphs/plans/import/plan-reader";
import { readPlan } from "../subgraphs/plans/import/read-plan";
import { describeInBrowserOnce, launchBrowser } from "./support/browser";
import { QUANG_NINH_2020 } from "./support/composed-plans";
import { describeWithoutDatabase } from "./support/database-free";

/** A PNG of `width` × `height` that says so in its header, with a few bytes of picture: what a decompression bomb declares. */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(64 * 1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A little-endian TIFF whose chain holds `pages` image directories of 100 × 100 pixels (no pixels: the header is what is read first). */
function tiffOfPages(pages: number): Buffer {
  const directory = 2 + 2 * 12 + 4;
  const bytes = Buffer.alloc(8 + pages * directory);
  bytes.write("II*\0", 0, "latin1");
  bytes.writeUInt32LE(8, 4);
  for (let page = 0; page < pages; page++) {
    const at = 8 + page * directory;
    bytes.writeUInt16LE(2, at);
    [256, 257].forEach((tag, i) => {
      bytes.writeUInt16LE(tag, at + 2 + i * 12);
      bytes.writeUInt16LE(3, at + 4 + i * 12);
      bytes.writeUInt32LE(1, at + 6 + i * 12);
      bytes.writeUInt16LE(100, at + 10 + i * 12);
    });
    bytes.writeUInt32LE(page + 1 < pages ? at + directory : 0, at + 2 + 24);
  }
  return bytes;
}

const withEnvironment = async <T>(values: Record<string, string>, work: () => Promise<T>): Promise<T> => {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return await work();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
};

const SCREENSHOT = fs.readFileSync(path.join(REPOSITORY_ROOT, "docs/screenshots/plan-gia-lai-2019.png"));

describeWithoutDatabase("scans are told apart by their bytes and checked by their headers before anything decodes them", () => {
  it("tells PNG, JPEG and TIFF (either byte order) from their magic bytes, whatever the file's name", () => {
    expect(detectFormat(SCREENSHOT)).toBe("png");
    expect(detectFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("jpeg");
    expect(detectFormat(Buffer.from("II*\0\u0008\0\0\0", "latin1"))).toBe("tiff");
    expect(detectFormat(Buffer.from("MM\0*\0\0\0\u0008", "latin1"))).toBe("tiff");
    expect(imageInfo(tiffOfPages(3), "tiff").pages).toEqual([
      { width: 100, height: 100 },
      { width: 100, height: 100 },
      { width: 100, height: 100 },
    ]);
  });

  it("refuses a PNG that declares 100,000 × 100,000 pixels (a decompression bomb) from its header, at once", async () => {
    const bomb = pngDeclaring(100_000, 100_000);
    expect(bomb.length).toBeLessThan(1024);
    const started = Date.now();
    await expect(planFileText(bomb)).rejects.toMatchObject({ code: "FILE_IMAGE_TOO_LARGE", params: { width: 100_000, height: 100_000 } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses a TIFF of more pages than HUB_OCR_PAGE_LIMIT, and a damaged picture, with their codes", async () => {
    await withEnvironment({ HUB_OCR_PAGE_LIMIT: "3" }, async () => {
      await expect(planFileText(tiffOfPages(4))).rejects.toMatchObject({ code: "FILE_OCR_TOO_MANY_PAGES", params: { pages: 4, limit: 3 } });
    });
    await expect(planFileText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).rejects.toMatchObject({
      code: "FILE_IMAGE_UNREADABLE",
    });
  });

  it("says what to install where Tesseract, its Vietnamese data or pdftoppm are missing", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-ocr-"));
    try {
      await withEnvironment({ PATH: empty }, async () => {
        await expect(planFileText(SCREENSHOT)).rejects.toMatchObject({
          code: "FILE_OCR_UNAVAILABLE",
          params: { missing: "tesseract-ocr", packages: "tesseract-ocr tesseract-ocr-vie poppler-utils" },
          message: expect.stringContaining("install tesseract-ocr tesseract-ocr-vie poppler-utils"),
        });
      });
      // Tesseract without its Vietnamese data (TESSDATA_PREFIX names where it looks for it)
      await withEnvironment({ TESSDATA_PREFIX: empty }, async () => {
        await expect(planFileText(SCREENSHOT)).rejects.toMatchObject({
          code: "FILE_OCR_UNAVAILABLE",
          params: { missing: "tesseract-ocr-vie" },
        });
      });
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("puts the header's two columns, read as two blocks, side by side; drops dust; mends case slips; keeps NFC", () => {
    const word = (block: number, line: number, n: number, left: number, top: number, conf: number, text: string) =>
      `5\t1\t${block}\t1\t${line}\t${n}\t${left}\t${top}\t${text.length * 20}\t40\t${conf}\t${text}`;
    const tsv = [
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
      word(1, 1, 1, 1400, 300, 96, "CỘNG"),
      word(1, 1, 2, 1500, 300, 95, "HÒA"),
      word(2, 1, 1, 600, 302, 97, "ỦY"),
      word(2, 1, 2, 660, 302, 96, "BAN"),
      word(2, 2, 1, 600, 400, 92, "1,"),
      word(2, 2, 2, 650, 400, 91, "Cơ"),
      word(2, 2, 3, 700, 400, 90, "quan"),
      word(2, 2, 4, 800, 400, 30, "'"),
      word(2, 2, 5, 830, 400, 96, "thường"),
      word(2, 2, 6, 980, 400, 40, "trỰc"),
      word(2, 3, 1, 600, 460, 95, "BỘ"),
      word(2, 3, 2, 660, 460, 95, "Chỉ"),
      word(2, 3, 3, 760, 460, 95, "huy"),
      word(2, 3, 4, 860, 460, 20, "¬"),
      word(3, 1, 1, 1900, 470, 20, "mm"),
      word(2, 4, 1, 600, 520, 95, "Kế hoa\u0323ch"),
    ].join("\n");
    const reading = ocrTextFromTsv([tsv]);
    // the header apart from the body by a gap wider than the lines' own: a blank line, as a paragraph ends
    expect(reading.text.split("\n")).toEqual(["ỦY BAN\tCỘNG HÒA", "", "1. Cơ quan thường trực", "Bộ Chỉ huy", "Kế hoạch"]);
    expect(reading.text).toBe(reading.text.normalize("NFC"));
    expect(reading.lines[1]).toMatchObject({ page: 1, line: 2, doubted: true, doubtedWords: ["trực"] });
    expect(reading.lines[0]).toMatchObject({ doubted: false });
  });
});

describeWithoutDatabase("the parser takes what OCR leaves of a plan's marks", () => {
  it("reads a Roman section number whose stop was lost, and a ';' read as ':' between agencies", () => {
    const scanned = QUANG_NINH_2020.replace("II. NỘI DUNG", "II NỘI DUNG").replace(
      "Cơ quan phối hợp: Sở Ngoại vụ; Sở Thông tin và Truyền thông.",
      "Cơ quan phối hợp: Sở Ngoại vụ: Sở Thông tin và Truyền thông.",
    );
    expect(scanned).toContain("II NỘI DUNG");
    const plan = parsePlanDocument(scanned);
    expect(plan.tasks.map((task) => task.ordinal)).toEqual(["1", "2"]);
    expect(plan.tasks[0].coordinators.map((agency) => agency.code)).toEqual(["SNGV", "STTTT"]);
    // a line in capitals after a Roman numeral is a section only when its words name one
    expect(() => parsePlanDocument(QUANG_NINH_2020.replace("II. NỘI DUNG", "II VĂN BẢN"))).toThrow(/no task section/);
  });
});

/** The scan of a plan made here: printed by Chromium, rasterised at 200 dpi, askew, dusty, saved as JPEG and wrapped in a PDF of pictures. */
// reading a scan asks no database: once, in the first pass
describeInBrowserOnce("scanned plans are read by OCR, with their confidence and the lines OCR doubts", () => {
  let browser: Browser;
  let scan: ScannedPlan;
  const FROM_TEXT = parsePlanDocument(QUANG_NINH_2020);
  beforeAll(async () => {
    browser = await launchBrowser();
    scan = await scanPlan(browser, QUANG_NINH_2020);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await closePlanReading();
  });

  /** What a person reads first on the plan's first page, as they read it on the paper. */
  const FIRST_PAGE = {
    documentNumber: "12/KH-UBND",
    issuedOn: "2020-01-15",
    province: "VN-13",
    title: "THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020",
    legalBases: ["72/NĐ-CP", "05-QC/TU", "15/2017/QĐ-UBND", "4110/BTTTT-TTĐN"],
    leads: [["SVHTTDL"], ["BDBP"]],
    timeframes: [
      ["2019-12-01", "2020-01-31"],
      ["2020-04-01", "2020-06-30"],
    ],
  };
  const firstPage = (plan: ReturnType<typeof parsePlanDocument>) => ({
    documentNumber: plan.documentNumber,
    issuedOn: plan.issuedOn,
    province: plan.province.code,
    title: plan.title,
    legalBases: plan.legalBases.map((basis) => basis.number),
    leads: plan.tasks.map((task) => task.leads.map((lead) => lead.code)),
    timeframes: plan.tasks.map((task) => [task.timeframe?.startsOn, task.timeframe?.endsOn]),
  });

  it("made a scan with no text layer: a PDF of pictures, no font in it", () => {
    expect(scan.pages).toBe(2);
    expect(scan.pdf.toString("latin1")).not.toMatch(/\/Font\b/);
    expect(scan.pdf.toString("latin1")).toMatch(/\/DCTDecode/);
  });

  it("reads the scanned PDF page by page into the plan a person reads on paper, saying how sure it is", async () => {
    const { format, text, ocr } = await planFileText(scan.pdf);
    expect(format).toBe("pdf");
    const plan = parsePlanDocument(text);
    expect(firstPage(FROM_TEXT)).toEqual(FIRST_PAGE);
    expect(firstPage(plan)).toEqual(FIRST_PAGE);
    expect(plan.tasks.map((task) => task.ordinal)).toEqual(["1", "2"]);
    expect(plan.signatory?.name).toBe("ĐẶNG HUY HẬU");
    expect(plan.reportingDeadlines.map((d) => [d.period, d.dueOn])).toEqual(FROM_TEXT.reportingDeadlines.map((d) => [d.period, d.dueOn]));
    // the fields a person reads, one by one against the plan read from its text
    const score = fieldsReadRight(plan, FROM_TEXT);
    expect(score.total).toBeGreaterThanOrEqual(18);
    expect(score.share).toBeGreaterThanOrEqual(0.85);
    // how sure OCR is: a confidence over the scan, and every line's, the doubted ones among them
    expect(ocr!.pages).toBe(2);
    expect(ocr!.confidence).toBeGreaterThan(80);
    expect(ocr!.confidence).toBeLessThan(100);
    expect(new Set(ocr!.lines.map((line) => line.page))).toEqual(new Set([1, 2]));
    for (const line of ocr!.lines) expect(text).toContain(line.text);
    const doubted = ocr!.lines.filter((line) => line.doubted);
    expect(doubted.length).toBeGreaterThan(0);
    expect(doubted.length).toBeLessThan(ocr!.lines.length / 2);
    expect(text).toBe(text.normalize("NFC"));
  }, 240_000);

  it.each(["png", "jpeg", "tiff"] as const)(
    "reads the first page from a %s picture",
    async (kind) => {
      const { format, text, ocr } = await planFileText(scan[kind]);
      expect(format).toBe(kind);
      expect(ocr!.pages).toBe(1);
      expect(firstPage(parsePlanDocument(text))).toEqual(FIRST_PAGE);
    },
    120_000,
  );

  it("gives the plan its OCR description: pages, confidence and the doubted lines with their page, line and words", async () => {
    const { document } = await readPlan({ file: scan.jpeg });
    expect(document.ocr).toMatchObject({ pages: 1, threshold: 85, lineCount: expect.any(Number) });
    expect(document.ocr!.doubtedLineCount).toBe(document.ocr!.doubtedLines.length);
    for (const line of document.ocr!.doubtedLines) {
      expect(line.page).toBe(1);
      expect(line.line).toBeGreaterThan(0);
      expect(line.confidence < 85 || line.doubtedWords.length > 0).toBe(true);
      for (const word of line.doubtedWords) expect(line.text).toContain(word);
    }
  }, 120_000);

  it("says to install poppler-utils where pdftoppm is missing to render a scanned PDF", async () => {
    const tools = fs.mkdtempSync(path.join(os.tmpdir(), "tesseract-only-"));
    try {
      const tesseract = (process.env.PATH ?? "")
        .split(path.delimiter)
        .map((dir) => path.join(dir, "tesseract"))
        .find((file) => fs.existsSync(file))!;
      fs.symlinkSync(tesseract, path.join(tools, "tesseract"));
      await withEnvironment({ PATH: tools }, async () => {
        await expect(planFileText(scan.pdf)).rejects.toMatchObject({ code: "FILE_OCR_UNAVAILABLE", params: { missing: "poppler-utils" } });
      });
    } finally {
      fs.rmSync(tools, { recursive: true, force: true });
    }
  });

  it("stops a page's OCR at HUB_OCR_PAGE_TIME_LIMIT_MS, saying so", async () => {
    await withEnvironment({ HUB_OCR_PAGE_TIME_LIMIT_MS: "50" }, async () => {
      await expect(planFileText(scan.png)).rejects.toMatchObject({ code: "FILE_OCR_TIME_LIMIT" });
    });
  }, 60_000);

  it("reads a scan in the worker pool past the document time limit: OCR has its own", async () => {
    await closePlanReading();
    await withEnvironment({ HUB_IMPORT_TIME_LIMIT_MS: "1500" }, async () => {
      const document = await readPlanOffThread({ file: scan.pdf });
      expect(document.documentNumber).toBe("12/KH-UBND");
      expect(document.ocr?.pages).toBe(2);
    });
    await closePlanReading();
  }, 240_000);
});
