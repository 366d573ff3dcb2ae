import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PDFDocument } from "pdf-lib";
import type { Browser } from "playwright-core";
import type { PlanDocument } from "../subgraphs/plans/import/plan-document";

/*
 * Scans of plans made on the spot, for the OCR tests and the benchmark: a
 * plan printed to PDF by Chromium as a province prints it (Times-metric
 * Liberation Serif, 13 pt, the header block as a two-column table), each
 * page rasterised by pdftoppm in grey, then given what a scanner and paper
 * give — a slight skew, dust specks, JPEG's blur — and wrapped again into a
 * PDF of pictures only (pdf-lib), without any text layer.
 */

const run = promisify(execFile);
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The plan's text as an administrative document prints: its lines in columns ("a | b": the header, the signature block) borderless two-column tables, the rest paragraphs. */
export function planAsPrintedHtml(plan: string): string {
  const parts: string[] = [];
  let rows: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) parts.push(`<p>${paragraph.map(escape).join("<br>")}</p>`);
    if (rows.length) parts.push(`<table>${rows.join("")}</table>`);
    paragraph = [];
    rows = [];
  };
  for (const line of plan.split("\n")) {
    if (line.includes("|")) {
      if (paragraph.length) flush();
      rows.push(
        `<tr>${line
          .split("|")
          .map((cell) => `<td>${escape(cell.trim())}</td>`)
          .join("")}</tr>`,
      );
    } else if (line.trim() === "" || rows.length) {
      flush();
      if (line.trim()) paragraph.push(line);
    } else paragraph.push(line);
  }
  flush();
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
    body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; line-height: 1.2; }
    table { width: 100%; border-collapse: collapse; font-size: 12pt; margin-bottom: 12pt; }
    td { text-align: center; vertical-align: top; padding: 0; }
    td:first-child { width: 42%; } td:last-child { width: 58%; }
    p { margin: 0 0 8pt; }
  </style></head><body>${parts.join("")}</body></html>`;
}

/** The plan printed to an A4 PDF with a text layer, as Chromium prints it. */
export async function printPlan(browser: Browser, plan: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(planAsPrintedHtml(plan));
    await page.evaluate("document.fonts.ready");
    return await page.pdf({ format: "A4", margin: { top: "20mm", bottom: "20mm", left: "30mm", right: "15mm" } });
  } finally {
    await page.close();
  }
}

/** Each page of a PDF as a grey PNG at `dpi`, rendered by pdftoppm. */
export async function rasterise(pdf: Uint8Array, dpi: number): Promise<Buffer[]> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "hub-scan-"));
  try {
    await fs.writeFile(path.join(directory, "plan.pdf"), pdf);
    await run("pdftoppm", ["-r", String(dpi), "-gray", "-png", path.join(directory, "plan.pdf"), path.join(directory, "page")]);
    const pages = (await fs.readdir(directory)).filter((file) => file.endsWith(".png")).sort();
    return Promise.all(pages.map((file) => fs.readFile(path.join(directory, file))));
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
}

export interface ScanNoise {
  /** Degrees the page sits askew on the scanner's glass. */
  angle: number;
  /** Dust specks per page, of one to three pixels. */
  specks: number;
  /** JPEG quality, 0–1. */
  quality: number;
  /** The noise's seed: the same seed, the same scan. */
  seed: number;
}

/** A dusty page laid a little askew on a 200 dpi scanner, saved as JPEG. */
export const SCANNER: ScanNoise = { angle: 0.4, specks: 400, quality: 0.8, seed: 2020 };

/**
 * Pages as a scanner gives them, drawn in the browser's canvas: turned by
 * `angle`, dusted with specks from a seeded generator, as PNG and as JPEG.
 */
export async function scanPages(browser: Browser, pages: Buffer[], noise: ScanNoise = SCANNER): Promise<{ png: Buffer[]; jpeg: Buffer[] }> {
  const page = await browser.newPage();
  try {
    const png: Buffer[] = [];
    const jpeg: Buffer[] = [];
    for (const [index, picture] of pages.entries()) {
      const [asPng, asJpeg] = await page.evaluate(
        async ({ source, noise, seed }) => {
          const image = new Image();
          image.src = source;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext("2d")!;
          context.fillStyle = "#fff";
          context.fillRect(0, 0, canvas.width, canvas.height);
          context.translate(canvas.width / 2, canvas.height / 2);
          context.rotate((noise.angle * Math.PI) / 180);
          context.drawImage(image, -image.width / 2, -image.height / 2);
          context.setTransform(1, 0, 0, 1, 0, 0);
          // mulberry32: a small seeded generator, so a scan is the same at every run
          let state = seed >>> 0;
          const random = () => {
            state = (state + 0x6d2b79f5) >>> 0;
            let t = state;
            t = Math.imul(t ^ (t >>> 15), t | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
          };
          for (let i = 0; i < noise.specks; i++) {
            const grey = Math.floor(random() * 120);
            context.fillStyle = `rgb(${grey},${grey},${grey})`;
            context.fillRect(random() * canvas.width, random() * canvas.height, 1 + random() * 2, 1 + random() * 2);
          }
          return [canvas.toDataURL("image/png"), canvas.toDataURL("image/jpeg", noise.quality)];
        },
        { source: `data:image/png;base64,${picture.toString("base64")}`, noise, seed: noise.seed + index },
      );
      png.push(Buffer.from(asPng.split(",")[1], "base64"));
      jpeg.push(Buffer.from(asJpeg.split(",")[1], "base64"));
    }
    return { png, jpeg };
  } finally {
    await page.close();
  }
}

/** JPEG pages wrapped into an A4 PDF of pictures only: no font, no text layer, as a scanner's PDF. */
export async function pdfOfPictures(jpegPages: Buffer[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (const jpeg of jpegPages) {
    const image = await pdf.embedJpg(jpeg);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return Buffer.from(await pdf.save());
}

/** A PDF's pages as one multi-page TIFF (pdftoppm's, LZW-compressed), as a scanner may save them. */
export async function tiffOf(pdf: Uint8Array, dpi: number): Promise<Buffer> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "hub-scan-"));
  try {
    await fs.writeFile(path.join(directory, "scan.pdf"), pdf);
    await run("pdftoppm", [
      "-r",
      String(dpi),
      "-gray",
      "-tiff",
      "-tiffcompression",
      "lzw",
      "-singlefile",
      "-f",
      "1",
      "-l",
      "1",
      path.join(directory, "scan.pdf"),
      path.join(directory, "scan"),
    ]);
    return await fs.readFile(path.join(directory, "scan.tif"));
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
}

/** A scanned plan in every form the importer reads: the PDF of pictures, and its first page as PNG, JPEG and TIFF. */
export interface ScannedPlan {
  pdf: Buffer;
  pages: number;
  png: Buffer;
  jpeg: Buffer;
  tiff: Buffer;
}

export async function scanPlan(browser: Browser, plan: string, { dpi = 200, noise = SCANNER } = {}): Promise<ScannedPlan> {
  const printed = await printPlan(browser, plan);
  const pages = await rasterise(printed, dpi);
  const scanned = await scanPages(browser, pages, noise);
  const pdf = await pdfOfPictures(scanned.jpeg);
  return { pdf, pages: pages.length, png: scanned.png[0], jpeg: scanned.jpeg[0], tiff: await tiffOf(pdf, dpi) };
}

/**
 * The fields a person reads in a plan, each as text, to compare a plan read
 * from a scan with the same plan read from its text: number, date, province,
 * year, title, each legal basis's number, each task's number, title, leads,
 * partners and timeframe, each report deadline, the signer.
 */
export function planFields(plan: PlanDocument): Record<string, string> {
  const fields: Record<string, string> = {
    documentNumber: plan.documentNumber ?? "",
    issuedOn: plan.issuedOn ?? "",
    province: plan.province.code ?? plan.province.name,
    year: String(plan.year),
    title: plan.title,
    signatory: plan.signatory?.name ?? "",
  };
  plan.legalBases.forEach((basis, i) => (fields[`legalBasis ${i + 1}`] = `${basis.number ?? ""} ${basis.issuedOn ?? ""}`));
  const tasks = (list: PlanDocument["tasks"]): void =>
    list.forEach((task) => {
      fields[`task ${task.ordinal}`] = task.title;
      fields[`task ${task.ordinal} leads`] = task.leads.map((a) => a.code ?? a.name).join(", ");
      fields[`task ${task.ordinal} partners`] = task.coordinators.map((a) => a.code ?? a.name).join(", ");
      fields[`task ${task.ordinal} timeframe`] = `${task.timeframe?.startsOn ?? ""}–${task.timeframe?.endsOn ?? ""}`;
      tasks(task.children ?? []);
    });
  tasks(plan.tasks);
  plan.reportingDeadlines.forEach((deadline) => (fields[`deadline ${deadline.period}`] = deadline.dueOn ?? deadline.rawText));
  return fields;
}

/** The share of `expected`'s fields `read` has exactly (a field missing counts as wrong), and those it has wrong. */
export function fieldsReadRight(
  read: PlanDocument,
  expected: PlanDocument,
): { share: number; right: number; total: number; wrong: string[] } {
  const want = planFields(expected);
  const got = planFields(read);
  const wrong = Object.keys(want).filter((name) => got[name] !== want[name]);
  const total = Object.keys(want).length;
  return { share: (total - wrong.length) / total, right: total - wrong.length, total, wrong };
}
