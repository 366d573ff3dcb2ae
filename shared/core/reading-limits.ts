import { numberFromEnv } from "./config";

/**
 * How long the plans department may spend reading one uploaded document,
 * from the environment (docs/operations.md lists the variables). The
 * gateway reads them too: it waits for a document being read as long as the
 * department may take, not the few seconds it gives a read.
 */
export function readingLimits() {
  return {
    /** Reading a document's text and parsing it (`HUB_IMPORT_TIME_LIMIT_MS`, 20 s). */
    timeMs: numberFromEnv("HUB_IMPORT_TIME_LIMIT_MS", 20_000),
    /** Pages of a scan read by OCR (`HUB_OCR_PAGE_LIMIT`, 20): a plan is tens of pages, its scan no more. */
    ocrPages: numberFromEnv("HUB_OCR_PAGE_LIMIT", 20),
    /** One page's rendering and recognition (`HUB_OCR_PAGE_TIME_LIMIT_MS`, 60 s). */
    ocrPageTimeMs: numberFromEnv("HUB_OCR_PAGE_TIME_LIMIT_MS", 60_000),
    /** A whole scan's OCR, every page together (`HUB_OCR_TIME_LIMIT_MS`, 3 minutes). */
    ocrTimeMs: numberFromEnv("HUB_OCR_TIME_LIMIT_MS", 180_000),
  };
}

/** The longest one document may take to read: its text and parse, and the OCR of a scan. */
export function longestReadingMs(): number {
  const limits = readingLimits();
  return limits.timeMs + limits.ocrTimeMs;
}
