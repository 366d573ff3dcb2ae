import { foldVietnamese } from "../../../../shared/core/text";
import type { PlanDocument } from "../plan-document";
import { AgencyResolver } from "./agencies";
import { parseAssignments } from "./assignments";
import { PLAN_LIMITS, PlanDocumentError } from "./errors";
import { readHeader } from "./header";
import { readColumns, readWrapping } from "./layout";
import { parseLegalBases, warnOfLaterBasis } from "./legal-bases";
import { looksBinary, normalizeDocument, tidy } from "./normalize";
import { parseObjectives } from "./objectives";
import { readFocalPointDeadline, readReportingDeadlines, type Located } from "./reporting";
import { sectionHeading, sectionPlace, splitSections, toParagraphs } from "./sections";
import { readSignatory } from "./signatory";
import { parseTasks } from "./tasks";
import { Warnings } from "./warnings";

export { PLAN_LIMITS, PlanDocumentError } from "./errors";

/** Where the body ends: the closing "Trên đây là …", the recipients, or the signature. */
function bodyEnd(lines: string[]): number {
  let seenSection = false;
  for (let i = 0; i < lines.length; i++) {
    const line = tidy(lines[i]);
    if (!line) continue;
    if (sectionHeading(line)) seenSection = true;
    if (!seenSection) continue;
    const folded = foldVietnamese(line);
    if (/^(tren day la|tren day)\b/.test(folded) || /^noi nhan\b/.test(folded) || /^(KT|TM|TL|TUQ)\.\s/u.test(line)) return i;
  }
  return lines.length;
}

/** The header, any approving decision and the title, their two-column blocks read column by column. */
function frontMatterInColumns(lines: string[]): string[] {
  const first = lines.findIndex((line) => sectionHeading(tidy(line)) !== null);
  const end = first < 0 ? lines.length : first;
  return [...readColumns(lines.slice(0, end)), ...lines.slice(end)];
}

/**
 * Reads a provincial foreign-information plan (plain text or Markdown, NFC or
 * NFD, either tone-mark placement, any line endings) into a `PlanDocument`.
 * Throws `PlanDocumentError` for empty, binary or non-plan input.
 */
export function parsePlanDocument(text: string): PlanDocument {
  if (typeof text !== "string" || text.trim() === "") throw new PlanDocumentError("empty document", "EMPTY");
  if (looksBinary(text)) throw new PlanDocumentError("not a text document (binary data)", "BINARY");
  // blanks are not counted: a run of them costs the parser little, and copies are full of them
  const characters = text.replace(/\s+/g, "").length;
  if (characters > PLAN_LIMITS.characters) {
    const limit = PLAN_LIMITS.characters.toLocaleString("en");
    throw new PlanDocumentError(
      `the document is too long (${characters.toLocaleString("en")} characters besides blanks; the importer reads at most ${limit})`,
      "TOO_LONG",
      { characters, limit: PLAN_LIMITS.characters },
    );
  }

  const lines = frontMatterInColumns(normalizeDocument(text));
  const wrapping = readWrapping(lines);
  const warnings = new Warnings();
  const header = readHeader(lines, warnings);
  const bodyLines = lines.slice(header.bodyStart);
  const end = bodyEnd(bodyLines);
  const { preamble, sections } = splitSections(toParagraphs(bodyLines.slice(0, end), wrapping));
  const closing = toParagraphs(readColumns(bodyLines.slice(end)), wrapping);

  const taskSections = sections.filter((s) => s.kind === "tasks");
  if (taskSections.length === 0) throw new PlanDocumentError("not a plan: no task section (NỘI DUNG / NHIỆM VỤ)", "NO_TASK_SECTION");

  const agencies = new AgencyResolver(header.province.name || null, warnings);
  const legalBases = parseLegalBases(preamble, warnings);
  warnOfLaterBasis(header.issuedOn, legalBases, warnings);

  const objectives: string[] = [];
  const requirements: string[] = [];
  for (const section of sections.filter((s) => s.kind === "objectives")) {
    const read = parseObjectives(section.heading, section.paragraphs);
    objectives.push(...read.objectives);
    requirements.push(...read.requirements);
  }

  const tally = { tasks: 0 };
  const tasks = taskSections.flatMap((s) =>
    parseTasks(s.paragraphs, { where: sectionPlace(s.heading), year: header.year, agencies, warnings, tally }),
  );
  if (tasks.length === 0) throw new PlanDocumentError("not a plan: the task section lists no tasks", "NO_TASKS");

  const budgetParagraphs = sections.filter((s) => s.kind === "budget").flatMap((s) => s.paragraphs);
  const assignments = sections
    .filter((s) => s.kind === "assignments")
    .flatMap((s) => parseAssignments(s.paragraphs, agencies, sectionPlace(s.heading)));

  const everything: Located[] = [
    ...sections.flatMap((s) => s.paragraphs.map((text) => ({ where: sectionPlace(s.heading), text, kind: s.kind }))),
    ...closing.map((text) => ({ where: { part: "closing" } as const, text, kind: "closing" })),
  ];
  const reportingDeadlines = readReportingDeadlines(everything, header.year, warnings);
  const focalPointDeadline = readFocalPointDeadline(everything, header.year, warnings);

  return {
    province: header.province,
    year: header.year,
    title: header.title,
    documentNumber: header.documentNumber,
    issuedOn: header.issuedOn,
    approvedBy: header.approvedBy,
    // the plan's own signature, or else the approving decision's
    signatory: readSignatory(bodyLines.slice(end)) ?? header.decisionSignatory,
    legalBases,
    objectives,
    requirements,
    tasks,
    budget: budgetParagraphs.length > 0 ? budgetParagraphs.join("\n") : null,
    assignments,
    reportingDeadlines,
    focalPointDeadline,
    warnings: warnings.messages(),
    warningDetails: warnings.list,
  };
}
