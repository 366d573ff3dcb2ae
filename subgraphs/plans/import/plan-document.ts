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
}

/** A task's number in the plan: "5.1" under "5" is already a full number; "a" under "5.1.5" becomes "5.1.5.a". */
export function outlineOf(parentOutline: string | null, ordinal: string): string {
  return parentOutline !== null && !ordinal.startsWith(`${parentOutline}.`) ? `${parentOutline}.${ordinal}` : ordinal;
}
