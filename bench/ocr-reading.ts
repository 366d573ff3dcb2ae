import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { median } from "simple-statistics";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { planFileText } from "../subgraphs/plans/import/formats/read-plan-file";
import { parsePlanDocument } from "../subgraphs/plans/import/parser/parse-plan";
import { fieldsReadRight, scanPlan } from "./scanned-plans";

export interface OcrScanResult {
  /** What was scanned, and as what (the PDF of pictures). */
  plan: string;
  format: string;
  pages: number;
  kilobytes: number;
  /** Seconds to read the scan by OCR and parse it, for the whole and a page, one per run. */
  seconds: number[];
  secondsPerPage: number;
  /** Tesseract's confidence over the scan, 0–100, and the lines it doubts. */
  confidence: number;
  doubtedLines: number;
  lines: number;
  /** Fields a person reads (number, date, title, bases, each task's title, leads, partners and dates, deadlines, signer) read as from the text. */
  fields: number;
  fieldsRight: number;
  shareRight: number;
  wrongFields: string[];
}

export interface OcrReadingResult {
  scans: OcrScanResult[];
  skipped: { format: string; reason: string }[];
}

const CHROMIUM = process.env.HUB_CHROMIUM ?? "/usr/bin/chromium";

/** The demo's plans whose scans are read: short ones, as scans come one or two pages at a time. */
const PLANS = ["gia-lai-2026.txt"];

/**
 * OCR of a scanned plan: the demo's Gia Lai 2026 plan printed by Chromium,
 * rasterised at 200 dpi, askew and dusty, as a PDF of pictures without a
 * text layer; read `runs` times by the importer (pdftoppm and Tesseract, a
 * page at a time) and parsed, then its fields compared with those of the
 * same plan read from its text.
 */
export async function measureOcrReading(runs = 1): Promise<OcrReadingResult> {
  if (runs === 0) return { scans: [], skipped: [{ format: "scan", reason: "not asked for (BENCH_OCR_RUNS=0)" }] };
  if (!fs.existsSync(CHROMIUM)) return { scans: [], skipped: [{ format: "scan", reason: `no Chromium at ${CHROMIUM} to print one` }] };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const scans: OcrScanResult[] = [];
  const skipped: OcrReadingResult["skipped"] = [];
  try {
    for (const name of PLANS) {
      const text = fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents", name), "utf8");
      const expected = parsePlanDocument(text);
      const scan = await scanPlan(browser, text);
      for (const [format, bytes, pages] of [["pdf", scan.pdf, scan.pages]] as const) {
        const seconds: number[] = [];
        let last: Awaited<ReturnType<typeof planFileText>> | null = null;
        let plan: ReturnType<typeof parsePlanDocument> | null = null;
        try {
          for (let run = 0; run < runs; run++) {
            const started = process.hrtime.bigint();
            last = await planFileText(bytes);
            plan = parsePlanDocument(last.text);
            seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
          }
        } catch (error) {
          skipped.push({ format: `${name} ${format}`, reason: (error as Error).message });
          continue;
        }
        const score = fieldsReadRight(plan!, expected);
        scans.push({
          plan: name,
          format,
          pages,
          kilobytes: Math.round(bytes.length / 1024),
          seconds,
          secondsPerPage: median(seconds) / pages,
          confidence: last!.ocr?.confidence ?? 0,
          doubtedLines: last!.ocr?.lines.filter((line) => line.doubted).length ?? 0,
          lines: last!.ocr?.lines.length ?? 0,
          fields: score.total,
          fieldsRight: score.right,
          shareRight: score.share,
          wrongFields: score.wrong,
        });
      }
    }
  } finally {
    await browser.close();
  }
  return { scans, skipped };
}
