import { imageKind } from "./images";
import { unreadableFile } from "./limits";

/** The kinds of file the importer reads. */
export type PlanFileFormat = "docx" | "pdf" | "html" | "text" | "png" | "jpeg" | "tiff";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * What a file is, from its content — never from its name alone: a Word file
 * named `.txt` is read as Word, a photo of a page named `.pdf` as a picture. A legacy `.doc` is refused with what to do,
 * as is anything else the importer cannot read.
 */
export function detectFormat(bytes: Uint8Array): PlanFileFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  const image = imageKind(bytes); // a scan: PNG, JPEG or TIFF, read by OCR
  if (image) return image;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw unreadableFile(
      "LEGACY_DOC",
      "this is a legacy Word .doc file, which the hub does not read: open it in Word and save it as .docx",
    );
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: a Word document names its main part in the archive's directory.
    if (Buffer.from(bytes).includes("word/document.xml")) return "docx";
    throw unreadableFile("NOT_DOCX", "this is a zip archive, not a Word .docx document");
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    throw unreadableFile("RTF", "this is an RTF file: open it in Word and save it as .docx");
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html|<body[\s>]|<\/p>|<\/div>/.test(head)) return "html";
  return "text";
}
