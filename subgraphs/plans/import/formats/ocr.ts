import { execFile, type ExecFileException } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readingLimits } from "../../../../shared/core/reading-limits";
import { imageInfo, type ImageKind } from "./images";
import { FILE_LIMITS, unreadableFile } from "./limits";
import { ocrTextFromTsv, type OcrReading } from "./ocr-text";

/** What the server needs to read a scan, as Debian packages it: `apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils`. */
export const OCR_PACKAGES = "tesseract-ocr tesseract-ocr-vie poppler-utils";

/**
 * How Tesseract reads a plan's page: its Vietnamese model, the page as one
 * column of text of varying sizes (`--psm 4`: on noisy scans it reads better
 * and faster than one uniform block, `--psm 6`, and as well as full layout
 * analysis; the header's two columns, found as blocks apart, are put back
 * side by side on their rows by `ocr-text.ts`), one thread (the machine's
 * other cores answer requests), TSV for each word's box and confidence.
 */
const TESSERACT_ARGUMENTS = ["-l", "vie", "--psm", "4", "tsv"];

/** Hooks of the one who reads: told before OCR starts, so a worker's time limit can make room for it. */
export interface OcrHooks {
  beforeOcr?: (limitMs: number) => void;
}

interface Run {
  stdout: string;
  stderr: string;
}

/** A child process of OCR, with its time limit (killed with SIGKILL), its output bounded, and its failure kept apart from a timeout. */
function runTool(command: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        timeout: Math.max(1, Math.round(timeoutMs)),
        killSignal: "SIGKILL",
        maxBuffer: 32 * 1024 * 1024,
        encoding: "utf8",
        // the environment as it is now (PATH, TESSDATA_PREFIX), Tesseract on one thread
        env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      },
      (error, stdout, stderr) => (error ? reject(Object.assign(error, { stdout, stderr })) : resolve({ stdout, stderr })),
    );
  });
}

const missingCommand = (error: unknown) => (error as ExecFileException)?.code === "ENOENT";

/**
 * Refuses a scan, saying what to install, when this server lacks Tesseract,
 * its Vietnamese data or (for a PDF) poppler's pdftoppm.
 */
async function checkTools(forPdf: boolean): Promise<void> {
  const missing: string[] = [];
  try {
    const { stdout } = await runTool("tesseract", ["--list-langs"], 10_000);
    if (!/^vie$/m.test(stdout)) missing.push("tesseract-ocr-vie");
  } catch (error) {
    missing.push(missingCommand(error) ? "tesseract-ocr" : "tesseract-ocr-vie");
  }
  if (forPdf) {
    try {
      await runTool("pdftoppm", ["-v"], 10_000);
    } catch (error) {
      if (missingCommand(error)) missing.push("poppler-utils");
    }
  }
  if (missing.length)
    throw unreadableFile(
      "OCR_UNAVAILABLE",
      `the file is a scan, read by OCR, but this server lacks ${missing.join(", ")}: install ${OCR_PACKAGES} (Debian: apt-get install ${OCR_PACKAGES})`,
      { missing: missing.join(", "), packages: OCR_PACKAGES },
    );
}

/** The time left of the scan's limit, for the next child: its page's limit, or what is left of the whole. */
function clock() {
  const limits = readingLimits();
  const deadline = Date.now() + limits.ocrTimeMs;
  return {
    limits,
    next(pages = 1): { timeoutMs: number; whole: boolean } {
      const left = deadline - Date.now();
      const page = limits.ocrPageTimeMs * pages;
      return { timeoutMs: Math.max(1, Math.min(left, page)), whole: left < page };
    },
  };
}

function timedOut(error: unknown, what: string, seconds: number, page: number | null) {
  if ((error as ExecFileException)?.killed)
    return unreadableFile(
      "OCR_TIME_LIMIT",
      `${what} took longer than ${seconds} s to read by OCR${page === null ? "" : ` (page ${page})`}: the scan may be damaged, or too large`,
      { seconds, ...(page === null ? {} : { page }) },
    );
  return null;
}

async function withTemporaryDirectory<T>(work: (directory: string) => Promise<T>): Promise<T> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "hub-ocr-"));
  try {
    return await work(directory);
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
}

function recognised(reading: OcrReading): OcrReading {
  if (!/[\p{L}\p{N}]/u.test(reading.text))
    throw unreadableFile("OCR_NO_TEXT", `OCR recognised no text on the scan's ${reading.pages} page${reading.pages === 1 ? "" : "s"}`, {
      pages: reading.pages,
    });
  return reading;
}

/**
 * A scanned PDF (no text layer) read by OCR: each page rendered by pdftoppm
 * in grey at about 300 dpi (its longer side `renderSide` pixels, whatever
 * size the page claims), then read by Tesseract, one page at a time, each in
 * its own time limit and all within the scan's, in a directory removed
 * afterwards.
 */
export async function ocrPdf(bytes: Uint8Array, pages: number, hooks: OcrHooks = {}): Promise<OcrReading> {
  const time = clock();
  if (pages > time.limits.ocrPages)
    throw unreadableFile(
      "OCR_TOO_MANY_PAGES",
      `the scanned PDF has ${pages} pages; the importer reads at most ${time.limits.ocrPages} by OCR`,
      {
        pages,
        limit: time.limits.ocrPages,
      },
    );
  await checkTools(true);
  hooks.beforeOcr?.(time.limits.ocrTimeMs);
  return withTemporaryDirectory(async (directory) => {
    const input = path.join(directory, "scan.pdf");
    await fs.writeFile(input, bytes);
    const tsv: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const image = path.join(directory, `page-${page}`);
      const render = time.next();
      try {
        await runTool(
          "pdftoppm",
          [
            "-f",
            String(page),
            "-l",
            String(page),
            "-gray",
            "-png",
            "-scale-to",
            String(FILE_LIMITS.renderSide),
            "-singlefile",
            input,
            image,
          ],
          render.timeoutMs,
        );
      } catch (error) {
        throw (
          timedOut(error, render.whole ? "the scan" : "a page", Math.round(render.timeoutMs / 1000), page) ??
          unreadableFile(
            "PDF_UNREADABLE",
            `the scanned PDF's page ${page} cannot be rendered (${String((error as Run).stderr || error).slice(0, 200)})`,
          )
        );
      }
      const read = time.next();
      try {
        tsv.push((await runTool("tesseract", [`${image}.png`, "stdout", ...TESSERACT_ARGUMENTS], read.timeoutMs)).stdout);
      } catch (error) {
        throw (
          timedOut(error, read.whole ? "the scan" : "a page", Math.round(read.timeoutMs / 1000), page) ??
          unreadableFile("IMAGE_UNREADABLE", `OCR could not read the scanned PDF's page ${page}`)
        );
      }
      await fs.rm(`${image}.png`, { force: true });
    }
    return recognised(ocrTextFromTsv(tsv));
  });
}

/** A picture of a plan (PNG, JPEG, TIFF of one or more pages) read by OCR, once its header says it is within the limits. */
export async function ocrImage(bytes: Uint8Array, kind: ImageKind, hooks: OcrHooks = {}): Promise<OcrReading> {
  const info = imageInfo(bytes, kind);
  const time = clock();
  await checkTools(false);
  hooks.beforeOcr?.(time.limits.ocrTimeMs);
  return withTemporaryDirectory(async (directory) => {
    const input = path.join(directory, `scan.${kind === "jpeg" ? "jpg" : kind === "tiff" ? "tif" : "png"}`);
    await fs.writeFile(input, bytes);
    const read = time.next(info.pages.length);
    let tsv: string;
    try {
      tsv = (await runTool("tesseract", [input, "stdout", ...TESSERACT_ARGUMENTS], read.timeoutMs)).stdout;
    } catch (error) {
      throw (
        timedOut(error, read.whole || info.pages.length === 1 ? "the scan" : "its pages", Math.round(read.timeoutMs / 1000), null) ??
        unreadableFile("IMAGE_UNREADABLE", `the ${kind.toUpperCase()} image cannot be read by OCR`)
      );
    }
    return recognised(ocrTextFromTsv([tsv]));
  });
}
