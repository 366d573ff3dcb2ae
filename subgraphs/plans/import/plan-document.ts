import type { PlanWarning } from "./parser/warnings";

/**
 * A plan as read from its document: the shape of
 * `contract/plan-document.schema.json`, which the importer loads.
 */
export interface DocumentAgency {
  name: string;
  code: string | null;
}

export interface DocumentTask {
  ordinal: string;
  title: string;
  text?: string;
  leads: DocumentAgency[];
  coordinators: DocumentAgency[];
  timeframe: { label: string; startsOn: string | null; endsOn: string | null } | null;
  children?: DocumentTask[];
}

export interface PlanDocument {
  province: { code: string | null; name: string };
  year: number;
  title: string;
  documentNumber?: string | null;
  /** The plan's own date, from its header. */
  issuedOn?: string | null;
  /** The approving decision, and who signed it (kept apart from the plan's own signatory). */
  approvedBy?: { number: string | null; issuedOn: string | null; signatory?: { name: string | null; title: string | null } } | null;
  signatory?: { name: string | null; title: string | null } | null;
  legalBases: { kind: string; number: string | null; issuedOn: string | null; issuer: string | null; text: string }[];
  objectives?: string[];
  requirements?: string[];
  tasks: DocumentTask[];
  budget?: string | null;
  /** `role`: what the heading adds in parentheses or after "là", e.g. "cơ quan thường trực". */
  assignments: { agency: DocumentAgency; role?: string; duties: string[] }[];
  reportingDeadlines: { period: "SEMI_ANNUAL" | "ANNUAL" | "AD_HOC"; dueOn: string | null; rawText: string }[];
  /** The deadline for naming focal points, when the plan sets one. */
  focalPointDeadline?: { dueOn: string | null; rawText: string } | null;
  /** In English, each beginning with where it is: for scripts and the contract's JSON. */
  warnings: string[];
  /** The same warnings with their codes, places and figures, for a reader in any language. */
  warningDetails?: PlanWarning[];
  /** A scan's reading by OCR: how sure it is, and the lines to check against the paper. Absent for a document with text. */
  ocr?: DocumentOcr | null;
}

/** How a scanned document was read: pages, confidence (0–100) and the lines OCR doubts, each where it is on the page. */
export interface DocumentOcr {
  pages: number;
  confidence: number;
  /** Lines read with less confidence than `threshold`, or holding a word OCR doubts, in page order (at most 200). */
  threshold: number;
  doubtedLines: { page: number; line: number; text: string; confidence: number; doubtedWords: string[] }[];
  /** Doubted lines in all, those shown included. */
  doubtedLineCount: number;
  /** Lines read in all. */
  lineCount: number;
}

/** A task's number in the plan: "5.1" under "5" is already a full number; "a" under "5.1.5" becomes "5.1.5.a". */
export function outlineOf(parentOutline: string | null, ordinal: string): string {
  return parentOutline !== null && !ordinal.startsWith(`${parentOutline}.`) ? `${parentOutline}.${ordinal}` : ordinal;
}
