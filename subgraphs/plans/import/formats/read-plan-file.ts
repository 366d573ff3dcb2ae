import { PlanDocumentError } from "../parser/errors";
import { detectFormat, type PlanFileFormat } from "./detect";
import { docxToPlanText } from "./docx";
import { htmlToPlanText } from "./html";
import { pdfToPlanText } from "./pdf";

export type { PlanFileFormat } from "./detect";

/** The largest plan file the importer reads (a Word plan with its tables is a few hundred KB). */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PlanDocumentError("the file is not UTF-8 text, Word (.docx), PDF or HTML");
  }
}

/**
 * The text of a plan file in any format the importer reads — Word (.docx),
 * PDF with a text layer, HTML, Markdown or plain text — found from its
 * content. The plan parser then reads the text the same way whatever the file was.
 */
export async function planFileText(bytes: Uint8Array): Promise<{ format: PlanFileFormat; text: string }> {
  if (bytes.length === 0) throw new PlanDocumentError("the file is empty");
  if (bytes.length > MAX_PLAN_FILE_BYTES) throw new PlanDocumentError(`the file is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`);
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
