import { planFileText, type PlanFileFormat } from "./formats/read-plan-file";
import { parsePlanDocument } from "./parser/parse-plan";
import type { PlanDocument } from "./plan-document";

/** A plan as sent: its text, or its file's bytes (Word, PDF, HTML, Markdown or text, told apart by content). */
export type PlanSource = { text: string; file?: undefined } | { file: Uint8Array; text?: undefined };

/**
 * Reads a plan document: the file's text in whatever format it came, then
 * the plan in it. Throws `PlanDocumentError` saying why a file cannot be read
 * or is not a plan. Untrusted input: the subgraph runs this in a worker
 * (`plan-reader.ts`), never on its event loop.
 */
export async function readPlan(source: PlanSource): Promise<{ format: PlanFileFormat; document: PlanDocument }> {
  const { format, text } = source.file ? await planFileText(source.file) : { format: "text" as const, text: source.text };
  return { format, document: parsePlanDocument(text) };
}
