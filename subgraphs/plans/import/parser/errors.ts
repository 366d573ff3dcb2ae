/** The input is empty, binary or not a plan; the message is one line, fit for a command line or an API error. */
export class PlanDocumentError extends Error {
  constructor(
    message: string,
    /** A stable code for what was refused (`NOT_A_PLAN`, `TOO_MANY_TASKS`, …), and the figures the message states. */
    readonly code = "NOT_A_PLAN",
    readonly params: Record<string, string | number> = {},
  ) {
    super(message.replace(/\s*\n\s*/g, " "));
    this.name = "PlanDocumentError";
  }
}

/** What the importer reads at most: well beyond any plan (the samples have 28,000 and 50,000 characters, 10 and 26 tasks, 4 levels). */
export const PLAN_LIMITS = {
  /** Characters of the document's text. */
  characters: 300_000,
  /** Tasks, at every level together. */
  tasks: 1_000,
  /** Levels of numbering: "5.1.5.a" is four. */
  depth: 6,
} as const;
