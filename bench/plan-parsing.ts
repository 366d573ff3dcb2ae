import fs from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { chromium } from "playwright-core";
import { median } from "simple-statistics";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { planFileText } from "../subgraphs/plans/import/formats/read-plan-file";
import { parsePlanDocument } from "../subgraphs/plans/import/parser/parse-plan";

export interface ParseTiming {
  format: string;
  /** Bytes of the file read. */
  bytes: number;
  tasks: number;
  /** Milliseconds to read the file's text and parse it into a plan, one per run. */
  runs: number[];
  medianMs: number;
  maxMs: number;
}

export interface PlanParsingResult {
  tasks: number;
  timings: ParseTiming[];
  /** Why a format was not timed (PDF needs Chromium to print one). */
  skipped: { format: string; reason: string }[];
}

const CHROMIUM = process.env.HUB_CHROMIUM ?? "/usr/bin/chromium";

/** The Gia Lai sample's header and closing around `count` generated tasks, each with its lead, partners and timeframe. */
function planWithTasks(count: number): string {
  const sample = fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents/gia-lai-2019.txt"), "utf8");
  const start = sample.indexOf("II. NỘI DUNG");
  const end = sample.indexOf("III. TỔ CHỨC THỰC HIỆN");
  const leads = ["Sở Thông tin và Truyền thông", "Sở Ngoại vụ", "Sở Văn hóa, Thể thao và Du lịch", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"];
  const tasks = Array.from({ length: count }, (_, i) =>
    [
      `${i + 1}. Tuyên truyền, quảng bá hình ảnh tỉnh Gia Lai tới bạn bè quốc tế, đợt ${i + 1}`,
      "",
      `Cơ quan chủ trì: ${leads[i % leads.length]}.`,
      "",
      `Cơ quan phối hợp: ${leads[(i + 1) % leads.length]}; các cơ quan, đơn vị có liên quan.`,
      "",
      `Thời gian thực hiện: Quý ${["I", "II", "III", "IV"][i % 4]}/2019.`,
      "",
    ].join("\n"),
  );
  return `${sample.slice(0, start)}II. NỘI DUNG\n\n${tasks.join("\n")}\n${sample.slice(end)}`;
}

function asHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = text.split(/\n\s*\n/).map((block) => `<p>${block.split("\n").map(escape).join("<br>")}</p>`);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>${paragraphs.join("\n")}</body></html>`;
}

async function asDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

function asMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^[IVX]+\.\s/.test(line) ? `## ${line}` : /^\d+\.\s/.test(line) ? `**${line}**` : line))
    .join("\n");
}

/** Printed by Chromium in the bundled Vietnamese font, so the PDF has a real text layer. */
async function asPdf(text: string): Promise<Buffer> {
  const directory = path.join(REPOSITORY_ROOT, "node_modules/@fontsource/be-vietnam-pro");
  const css = fs
    .readFileSync(path.join(directory, "400.css"), "utf8")
    .replace(
      /url\(\.\/files\/([^)]+)\)/g,
      (_m, file: string) =>
        `url(data:font/${file.endsWith(".woff2") ? "woff2" : "woff"};base64,${fs.readFileSync(path.join(directory, "files", file)).toString("base64")})`,
    );
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.setContent(
      asHtml(text).replace("<head>", `<head><style>${css} body { font-family: 'Be Vietnam Pro'; font-size: 10pt; }</style>`),
    );
    await page.evaluate("document.fonts.ready");
    return await page.pdf({ format: "A4", margin: { top: "20mm", bottom: "20mm", left: "30mm", right: "15mm" } });
  } finally {
    await browser.close();
  }
}

/**
 * Parse time of a plan of `count` tasks in each format the importer reads:
 * the file's bytes to its text (Word through mammoth, PDF through pdf.js in
 * its child process, HTML through html-to-text) and the text to a plan.
 */
export async function measurePlanParsing(count = 100, runs = 5): Promise<PlanParsingResult> {
  const text = planWithTasks(count);
  const files: { format: string; bytes: () => Promise<Buffer> }[] = [
    { format: "text", bytes: async () => Buffer.from(text) },
    { format: "markdown", bytes: async () => Buffer.from(asMarkdown(text)) },
    { format: "html", bytes: async () => Buffer.from(asHtml(text)) },
    { format: "docx", bytes: () => asDocx(text) },
  ];
  const skipped: PlanParsingResult["skipped"] = [];
  if (fs.existsSync(CHROMIUM)) files.push({ format: "pdf", bytes: () => asPdf(text) });
  else skipped.push({ format: "pdf", reason: `no Chromium at ${CHROMIUM} to print one` });

  const timings: ParseTiming[] = [];
  for (const file of files) {
    const bytes = await file.bytes();
    let tasks = 0;
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const started = process.hrtime.bigint();
      const plan = parsePlanDocument((await planFileText(bytes)).text);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      tasks = plan.tasks.length;
      if (run > 0) times.push(elapsed); // the first run warms up
    }
    if (tasks !== count) throw new Error(`the ${file.format} plan parsed into ${tasks} tasks, not ${count}`);
    timings.push({ format: file.format, bytes: bytes.length, tasks, runs: times, medianMs: median(times), maxMs: Math.max(...times) });
  }
  return { tasks: count, timings, skipped };
}
