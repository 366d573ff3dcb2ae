import { UPLOAD_FILE_BYTES } from "../../../../shared/service/http-safety";
import { PlanDocumentError } from "../parser/errors";

/**
 * What the importer reads of a file at most, before and while decoding it:
 * beyond any plan (a Word plan with its tables inflates to a few MB; a plan
 * is tens of pages), and small enough that a crafted file costs little.
 */
export const FILE_LIMITS = {
  /** Bytes of the file as sent: as many as a request may carry. */
  bytes: UPLOAD_FILE_BYTES,
  /** Parts of a Word archive. */
  archiveEntries: 1_000,
  /** Bytes one part of a Word archive may inflate to, and all of them together. */
  entryBytes: 32 * 1024 * 1024,
  archiveBytes: 64 * 1024 * 1024,
  /** How much more a part may inflate to than it takes compressed (checked from 1 MB inflated: XML compresses about 10:1). */
  ratio: 100,
  /** Elements of an HTML page (Word's included), and how deep they nest. */
  htmlElements: 50_000,
  htmlDepth: 256,
  /** Pages and objects of a PDF, and the characters of its text. */
  pdfPages: 500,
  pdfObjects: 50_000,
  pdfCharacters: 2_000_000,
  /** Pixels of a picture read by OCR, a page's and its longer side's: A4 at 600 dpi is 35 million, 7,016 on a side. */
  imagePixels: 40_000_000,
  imageSide: 16_384,
  /** The longer side, in pixels, a scanned PDF's page is rendered at for OCR: A4 at 300 dpi, whatever size the page claims. */
  renderSide: 3_508,
} as const;

/** A file the importer cannot or will not read: `FILE_…` codes, so the message says "The file cannot be read". */
export function unreadableFile(code: string, message: string, params: Record<string, string | number> = {}): PlanDocumentError {
  return new PlanDocumentError(message, `FILE_${code}`, params);
}
