import { readingLimits } from "../../../../shared/core/reading-limits";
import { FILE_LIMITS, unreadableFile } from "./limits";

/** The pictures of a scanned plan the importer reads by OCR. */
export type ImageKind = "png" | "jpeg" | "tiff";

export interface ImageInfo {
  kind: ImageKind;
  /** Each page's size in pixels (a TIFF may hold several pages; PNG and JPEG one). */
  pages: { width: number; height: number }[];
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** The picture formats, by their magic bytes: PNG, JPEG, TIFF in either byte order. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return "tiff";
  return null;
}

const broken = (kind: ImageKind) =>
  unreadableFile("IMAGE_UNREADABLE", `the ${kind.toUpperCase()} image is damaged: its header cannot be read`);

/**
 * A picture's pages and their sizes, read from its header alone — never by
 * decoding it — and checked against the limits before anything decodes it:
 * a 50 KB PNG that declares 100,000 × 100,000 pixels (a decompression bomb)
 * is refused here, costing nothing.
 */
export function imageInfo(bytes: Uint8Array, kind: ImageKind): ImageInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pages = kind === "png" ? [pngSize(view)] : kind === "jpeg" ? [jpegSize(view)] : tiffPages(view);
  if (!pages.length || pages.some((page) => !page || page.width < 1 || page.height < 1)) throw broken(kind);
  const info = { kind, pages: pages as ImageInfo["pages"] };
  checkImageLimits(info);
  return info;
}

function checkImageLimits({ kind, pages }: ImageInfo): void {
  const limit = readingLimits().ocrPages;
  if (pages.length > limit)
    throw unreadableFile(
      "OCR_TOO_MANY_PAGES",
      `the ${kind.toUpperCase()} image has ${pages.length} pages; the importer reads at most ${limit} by OCR`,
      { pages: pages.length, limit },
    );
  for (const [index, { width, height }] of pages.entries()) {
    if (width * height > FILE_LIMITS.imagePixels || Math.max(width, height) > FILE_LIMITS.imageSide)
      throw unreadableFile(
        "IMAGE_TOO_LARGE",
        `page ${index + 1} of the image is ${width} × ${height} pixels; the importer reads pictures of at most ${FILE_LIMITS.imagePixels / 1_000_000} million pixels (${FILE_LIMITS.imageSide} on a side)`,
        { width, height, limit: FILE_LIMITS.imagePixels },
      );
  }
}

/** PNG: the IHDR chunk, first after the signature. */
function pngSize(view: DataView): { width: number; height: number } | null {
  if (view.byteLength < 24 || view.getUint32(12) !== 0x49484452) return null; // "IHDR"
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC), walking the segments by their lengths. */
function jpegSize(view: DataView): { width: number; height: number } | null {
  let at = 2;
  // A crafted file may hold many segments; the walk is linear and bounded by the file's length.
  while (at + 4 <= view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or start of scan before any frame
    const length = view.getUint16(at + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > view.byteLength) return null;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** TIFF: every image file directory in the chain, its ImageWidth (256) and ImageLength (257); a loop in the chain ends it. */
function tiffPages(view: DataView): ({ width: number; height: number } | null)[] {
  if (view.byteLength < 8) return [];
  const little = view.getUint8(0) === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const pages: ({ width: number; height: number } | null)[] = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd !== 0) {
    if (seen.has(ifd) || ifd + 2 > view.byteLength) return [null];
    seen.add(ifd);
    // more pages than the limit are counted no further: the limit refuses them anyway
    if (pages.length > readingLimits().ocrPages) break;
    const entries = u16(ifd);
    if (ifd + 2 + entries * 12 + 4 > view.byteLength) return [null];
    let width = 0;
    let height = 0;
    for (let i = 0; i < entries; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      if (tag !== 256 && tag !== 257) continue;
      const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8); // SHORT or LONG
      if (tag === 256) width = value;
      else height = value;
    }
    pages.push(width && height ? { width, height } : null);
    ifd = u32(ifd + 2 + entries * 12);
  }
  return pages;
}
