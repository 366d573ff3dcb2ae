import { detectFormat, type PlanFileFormat } from "./detect";
import { docxToPlanText } from "./docx";
import { htmlToPlanText } from "./html";
import { FILE_LIMITS, unreadableFile } from "./limits";
import { pdfToPlanText } from "./pdf";

export type { PlanFileFormat } from "./detect";

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadableFile("NOT_TEXT", "the file is not UTF-8 text, Word (.docx), PDF or HTML");
  }
}

/**
 * The text of a plan file in any format the importer reads — Word (.docx),
 * PDF with a text layer, HTML, Markdown or plain text — found from its
 * content. The plan parser then reads the text the same way whatever the file was.
 */
export async function planFileText(bytes: Uint8Array): Promise<{ format: PlanFileFormat; text: string }> {
  if (bytes.length === 0) throw unreadableFile("EMPTY", "the file is empty");
  if (bytes.length > FILE_LIMITS.bytes)
    throw unreadableFile("TOO_LARGE", `the file is larger than ${FILE_LIMITS.bytes / 1024 / 1024} MB`, { limit: FILE_LIMITS.bytes });
  const format = detectFormat(bytes);
  switch (format) {
    case "docx":
      return { format, text: await docxToPlanText(bytes) };
    case "pdf":
      return { format, text: await pdfToPlanText(bytes) };
    case "html":
      return { format, text: htmlToPlanText(utf8(bytes)) };
    default:
      return { format, text: utf8(bytes) };
  }
}
