import { detectFormat, type PlanFileFormat } from "./detect";
import { docxToPlanText } from "./docx";
import { htmlToPlanText } from "./html";
import { FILE_LIMITS, unreadableFile } from "./limits";
import { ocrImage, type OcrHooks } from "./ocr";
import type { OcrReading } from "./ocr-text";
import { pdfToPlanText } from "./pdf";

export type { PlanFileFormat } from "./detect";

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadableFile("NOT_TEXT", "the file is not UTF-8 text, Word (.docx), PDF, HTML or a scan (PNG, JPEG, TIFF)");
  }
}

/**
 * The text of a plan file in any format the importer reads — Word (.docx),
 * PDF, HTML, Markdown or plain text, a scan (a PDF without a text layer, a
 * PNG, JPEG or TIFF picture) by OCR — found from its content. The plan
 * parser then reads the text the same way whatever the file was; a scan's
 * reading says how sure OCR is of each line (`ocr`).
 */
export async function planFileText(
  bytes: Uint8Array,
  hooks: OcrHooks = {},
): Promise<{ format: PlanFileFormat; text: string; ocr?: OcrReading }> {
  if (bytes.length === 0) throw unreadableFile("EMPTY", "the file is empty");
  if (bytes.length > FILE_LIMITS.bytes)
    throw unreadableFile("TOO_LARGE", `the file is larger than ${FILE_LIMITS.bytes / 1024 / 1024} MB`, { limit: FILE_LIMITS.bytes });
  const format = detectFormat(bytes);
  switch (format) {
    case "docx":
      return { format, text: await docxToPlanText(bytes) };
    case "pdf":
      return { format, ...(await pdfToPlanText(bytes, hooks)) };
    case "png":
    case "jpeg":
    case "tiff": {
      const ocr = await ocrImage(bytes, format, hooks);
      return { format, text: ocr.text, ocr };
    }
    case "html":
      return { format, text: htmlToPlanText(utf8(bytes)) };
    default:
      return { format, text: utf8(bytes) };
  }
}
