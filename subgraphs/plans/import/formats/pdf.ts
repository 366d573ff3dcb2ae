import { execFile } from "node:child_process";
import path from "node:path";
import { numberFromEnv, REPOSITORY_ROOT } from "../../../../shared/core/config";
import { FILE_LIMITS, unreadableFile } from "./limits";
import { ocrPdf, type OcrHooks } from "./ocr";
import type { OcrReading } from "./ocr-text";

/**
 * How long reading one PDF may take: a crafted file must not hold the import.
 * Three quarters of the document's own limit, so the reader's process is
 * always stopped here, by the worker that started it.
 */
const pdfTimeLimitMs = () => Math.round(numberFromEnv("HUB_IMPORT_TIME_LIMIT_MS", 20_000) * 0.75);

/** The reader's heap: pdf.js keeps a page's objects, never the whole file's text twice. */
const PDF_MEMORY_MB = 256;

/** Fewer visible characters a page than this: the PDF is a scan, with no text layer to read; it is read by OCR. */
const TEXT_PER_PAGE = 40;

/** pdf-text.mjs, an ES module run as it is (not compiled): in the sources, as the image keeps it. */
const READER = path.join(REPOSITORY_ROOT, "subgraphs", "plans", "import", "formats", "pdf-text.mjs");

/**
 * A PDF's text layer, read with pdf.js in a child process (pdf.js is an ES
 * module, and an untrusted file is better parsed apart, with a time limit).
 * A PDF without one — a scan — is read by OCR (`ocr.ts`), page by page, and
 * says how sure OCR is of what it read.
 */
export async function pdfToPlanText(bytes: Uint8Array, hooks: OcrHooks = {}): Promise<{ text: string; ocr?: OcrReading }> {
  checkObjects(bytes);
  const output = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [`--max-old-space-size=${PDF_MEMORY_MB}`, READER, String(FILE_LIMITS.pdfPages), String(FILE_LIMITS.pdfCharacters)],
      { timeout: pdfTimeLimitMs(), killSignal: "SIGKILL", maxBuffer: 4 * FILE_LIMITS.pdfCharacters, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const lines = stderr.split("\n");
        const said = (
          lines.find((line) => /^(LIMIT|ERROR) /.test(line)) ??
          lines.find((line) => /(Error|memory)/i.test(line)) ??
          error.message
        ).replace(/^ERROR /, "");
        const limit = /^LIMIT (\w+): (.*)$/.exec(said);
        if (limit) return reject(unreadableFile(limit[1], limit[2]));
        const reason = error.killed
          ? `reading it took longer than ${Math.round(pdfTimeLimitMs() / 1000)} s`
          : /heap out of memory|allocation failed/i.test(said)
            ? `it needs more than ${PDF_MEMORY_MB} MB of memory to read`
            : said;
        reject(unreadableFile("PDF_UNREADABLE", `the PDF cannot be read (${reason.slice(0, 200)})`));
      },
    );
    child.stdin!.on("error", () => undefined); // the reader may stop before reading everything
    child.stdin!.end(Buffer.from(bytes));
  });
  const { pages, text } = JSON.parse(output) as { pages: number; text: string };
  const visible = text.replace(/\s/g, "").length;
  if (visible < TEXT_PER_PAGE * Math.max(1, pages)) {
    const ocr = await ocrPdf(bytes, pages, hooks);
    return { text: ocr.text, ocr };
  }
  return { text };
}

/**
 * Counts the PDF's objects as written ("12 0 obj") before pdf.js reads any:
 * a file of a few MB with hundreds of thousands of tiny objects is refused,
 * saying so. Linear, over the bytes as Latin-1.
 */
function checkObjects(bytes: Uint8Array): void {
  const objects =
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\d\s+\d+\s+obj\b/g)?.length ?? 0;
  if (objects > FILE_LIMITS.pdfObjects)
    throw unreadableFile(
      "TOO_MANY_OBJECTS",
      `the PDF has ${objects.toLocaleString("en")} objects; the importer reads at most ${FILE_LIMITS.pdfObjects.toLocaleString("en")}`,
      {
        objects,
        limit: FILE_LIMITS.pdfObjects,
      },
    );
}
