import type { OcrHooks } from "./formats/ocr";
import { DOUBTED_LINE, type OcrReading } from "./formats/ocr-text";
import { planFileText, type PlanFileFormat } from "./formats/read-plan-file";
import { parsePlanDocument } from "./parser/parse-plan";
import type { DocumentOcr, PlanDocument } from "./plan-document";

/** A plan as sent: its text, or its file's bytes (Word, PDF, HTML, Markdown, text or a scan, told apart by content). */
export type PlanSource = { text: string; file?: undefined } | { file: Uint8Array; text?: undefined };

/** Doubted lines a reading carries at most: enough to check a poor scan page by page, bounded for a scan of noise. */
export const DOUBTED_LINES_SHOWN = 200;

/** What the plan says of its scan: confidence and the doubted lines, to show beside the plan read from it. */
export function documentOcr(reading: OcrReading): DocumentOcr {
  const doubted = reading.lines.filter((line) => line.doubted);
  return {
    pages: reading.pages,
    confidence: reading.confidence,
    threshold: DOUBTED_LINE,
    doubtedLines: doubted
      .slice(0, DOUBTED_LINES_SHOWN)
      .map(({ page, line, text, confidence, doubtedWords }) => ({ page, line, text, confidence, doubtedWords })),
    doubtedLineCount: doubted.length,
    lineCount: reading.lines.length,
  };
}

/**
 * Reads a plan document: the file's text in whatever format it came (a scan
 * by OCR), then the plan in it. Throws `PlanDocumentError` saying why a file
 * cannot be read or is not a plan. Untrusted input: the subgraph runs this in
 * a worker (`plan-reader.ts`), never on its event loop.
 */
export async function readPlan(source: PlanSource, hooks: OcrHooks = {}): Promise<{ format: PlanFileFormat; document: PlanDocument }> {
  if (!source.file) return { format: "text", document: parsePlanDocument(source.text) };
  const { format, text, ocr } = await planFileText(source.file, hooks);
  const document = parsePlanDocument(text);
  return { format, document: ocr ? { ...document, ocr: documentOcr(ocr) } : document };
}
