import { Field, Int, ObjectType } from "type-graphql";
import { In } from "typeorm";
import { canRead } from "../../../shared/auth/access";
import { DateScalar } from "../../../shared/core/domain";
import type { HubContext } from "../../../shared/records/context";
import { rehearseWrite } from "../../../shared/records/writes";
import { Agency } from "../directory/agency";
import { Province } from "../directory/province";
import { agencyId } from "../directory/reference-directory";
import { ReportPeriod, TaskStatus } from "../enums";
import { Plan } from "../plan/plan";
import { Task } from "../plan/task";
import { ReportingDeadline } from "../reporting/reporting";
import { AppliedCorrection } from "./plan-corrections";
import type { DocumentAgency } from "./plan-document";
import { authorizeImport, importPlanDocument, planId, planTasks, readPlanDocument, type ImportOptions } from "./plan-import";
import type { PlanSource } from "./read-plan";

/**
 * What importing a document would do, shown before anything is stored: the
 * plan as read, every agency the directory lacks, what changes against the
 * stored plan, and — rehearsed in a transaction that is rolled back — the
 * import's own refusal, if it would refuse.
 */
@ObjectType({ description: "One figure a message states, by name, for a reader's own wording of it." })
export class MessageParam {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

/**
 * A message's figures as name and text; lists joined. A refusal's own
 * plumbing (code, fields, reason) is left out; a warning's figures are all
 * its own (an agency warning's `code` is the agency's).
 */
function messageParams(values: Record<string, unknown>, plumbing = ["code", "fields", "reason", "http"]): MessageParam[] {
  return Object.entries(values)
    .filter(([name, value]) => !plumbing.includes(name) && value !== null && value !== undefined)
    .filter(([, value]) => ["string", "number", "boolean"].includes(typeof value) || Array.isArray(value))
    .map(([name, value]) => ({ name, value: Array.isArray(value) ? value.join(", ") : String(value) }));
}

@ObjectType({ description: "An agency as the document names it, and whether the directory knows it." })
export class PreviewAgency {
  @Field({ description: "The name as written." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The directory code read from the name; null when the name is not one agency's." })
  code!: string | null;

  @Field({ description: "Whether the province's directory has this agency (false also when `code` is null)." })
  known!: boolean;
}

@ObjectType()
export class PreviewTask {
  @Field()
  outline!: string;

  @Field(() => Int)
  depth!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  timeframe!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The timeframe's first day, as read from it." })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The timeframe's last day, as read from it." })
  endsOn!: string | null;

  @Field(() => [PreviewAgency])
  leads!: PreviewAgency[];

  @Field(() => [PreviewAgency])
  coordinators!: PreviewAgency[];

  @Field({ description: "NEW, RETITLED or KEPT, against the stored plan." })
  change!: string;

  @Field(() => String, { nullable: true, description: "The stored title, when the document retitles the task." })
  previousTitle!: string | null;

  @Field(() => TaskStatus, {
    nullable: true,
    description: "The status the task keeps (a task stated again keeps its status and progress).",
  })
  status!: TaskStatus | null;
}

@ObjectType({ description: "A stored task the document no longer states: importing removes it." })
export class RemovedTask {
  @Field()
  outline!: string;

  @Field()
  title!: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;
}

@ObjectType()
export class PreviewDeadline {
  @Field(() => ReportPeriod)
  period!: ReportPeriod;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: string | null;

  @Field()
  rawText!: string;

  @Field({ description: "NEW, MOVED or KEPT, against the stored plan." })
  change!: string;

  @Field(() => DateScalar, { nullable: true, description: "The stored date, when the deadline moves." })
  previousDueOn!: string | null;
}

@ObjectType()
export class PreviewAssignment {
  @Field(() => PreviewAgency)
  agency!: PreviewAgency;

  @Field(() => [String])
  duties!: string[];
}

@ObjectType({ description: "Why the import would be refused, exactly as `importPlan` would say it." })
export class ImportRefusal {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true, description: "What exactly is refused, as a stable code (docs/importing.md lists them)." })
  reason!: string | null;

  @Field(() => [MessageParam], { description: "The figures the message states, for a reader's own wording." })
  params!: MessageParam[];

  @Field({ description: "In English." })
  message!: string;
}

@ObjectType({ description: "Where in the document a warning points." })
export class WarningPlace {
  @Field({ description: "header, legalBasis, section, task or closing." })
  part!: string;

  @Field(() => String, { nullable: true, description: "The basis's place in the list, the section's Roman numeral, the task's number." })
  number?: string;

  @Field(() => String, { nullable: true, description: "A section without a number: its heading." })
  heading?: string;

  @Field(() => String, { nullable: true, description: "An item inside: a task's lettered item, a section's numbered item." })
  item?: string;
}

@ObjectType({ description: "One warning of the parser: its code, where it points, its figures, and the English sentence." })
export class ImportWarning {
  @Field({ description: "A stable code (docs/importing.md lists them)." })
  code!: string;

  @Field(() => WarningPlace)
  place!: WarningPlace;

  @Field(() => [MessageParam])
  params!: MessageParam[];

  @Field({ description: "In English, beginning with where it is." })
  message!: string;
}

@ObjectType({ description: "A line of a scan that OCR doubts, to check against the paper." })
export class OcrDoubtedLine {
  @Field(() => Int, { description: "The page, from 1." })
  page!: number;

  @Field(() => Int, { description: "The line's number on its page, counting lines of text from the top." })
  line!: number;

  @Field({ description: "The line as OCR read it." })
  text!: string;

  @Field({ description: "OCR's confidence in the line, 0–100." })
  confidence!: number;

  @Field(() => [String], { description: "The words in it OCR doubts most, as read." })
  doubtedWords!: string[];
}

@ObjectType({ description: "How a scanned document was read by OCR (Tesseract, Vietnamese): how sure it is, and the lines to check." })
export class OcrReadingSummary {
  @Field(() => Int)
  pages!: number;

  @Field({ description: "Confidence over the whole scan, 0–100, each word weighted by its length." })
  confidence!: number;

  @Field({ description: "A line read with less confidence than this, or holding a doubted word, is doubted." })
  threshold!: number;

  @Field(() => Int, { description: "Lines read in all." })
  lineCount!: number;

  @Field(() => Int, { description: "Doubted lines in all (at most 200 are listed)." })
  doubtedLineCount!: number;

  @Field(() => [OcrDoubtedLine])
  doubtedLines!: OcrDoubtedLine[];
}

@ObjectType({ description: "A plan document as the importer reads it, and what importing it would change; nothing is stored." })
export class PlanImportPreview {
  @Field({ description: "The id the plan has, or would have." })
  planId!: string;

  @Field({ description: "Whether the province already has this plan (importing updates it)." })
  exists!: boolean;

  @Field()
  title!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true })
  provinceCode!: string | null;

  @Field()
  provinceName!: string;

  @Field({ description: "Whether the directory has the province." })
  provinceKnown!: boolean;

  @Field(() => [String])
  legalBases!: string[];

  @Field(() => [String])
  objectives!: string[];

  @Field(() => [PreviewTask])
  tasks!: PreviewTask[];

  @Field(() => [RemovedTask])
  removedTasks!: RemovedTask[];

  @Field(() => [PreviewAssignment])
  assignments!: PreviewAssignment[];

  @Field(() => [PreviewDeadline])
  deadlines!: PreviewDeadline[];

  @Field(() => [PreviewDeadline], { description: "Stored deadlines the document no longer states." })
  removedDeadlines!: PreviewDeadline[];

  @Field(() => [String], { description: "The parser's warnings in English, each saying where and what was kept." })
  warnings!: string[];

  @Field(() => [ImportWarning], { description: "The same warnings with their codes, places and figures." })
  warningDetails!: ImportWarning[];

  @Field(() => [AppliedCorrection], {
    description: "The corrections applied to the document before it was previewed, as importing with them records them in the audit trail.",
  })
  corrections!: AppliedCorrection[];

  @Field(() => [PreviewAgency], { description: "Agencies the directory lacks: import with addUnknown to add them." })
  unknownAgencies!: PreviewAgency[];

  @Field(() => ImportRefusal, {
    nullable: true,
    description: "Why importing (with the addUnknown given) would be refused; null when it would go through.",
  })
  refusal!: ImportRefusal | null;

  @Field(() => OcrReadingSummary, {
    nullable: true,
    description:
      "For a scan (a PDF without a text layer, a PNG, JPEG or TIFF picture), read by OCR: its confidence and doubted lines; null for a document with text.",
  })
  ocr!: OcrReadingSummary | null;
}

export async function previewPlanImport(ctx: HubContext, source: () => PlanSource, options: ImportOptions): Promise<PlanImportPreview> {
  // Only those who may import may preview, and nobody else's document is read.
  await authorizeImport(ctx, { audit: false });
  const { document, corrections } = await readPlanDocument(ctx.db, source, options);
  const id = planId(document);
  const provinceCode = document.province.code;
  const tasks = planTasks(document);
  const stored = await ctx.db.getRepository(Plan).findOneBy({ id });
  const existing = stored && canRead(ctx, stored) ? stored : null;

  const named = [...tasks.flatMap(({ task }) => [...task.leads, ...task.coordinators]), ...document.assignments.map((a) => a.agency)];
  const wanted = provinceCode ? [...new Set(named.filter((a) => a.code).map((a) => agencyId(provinceCode, a.code!)))] : [];
  const known = new Set(wanted.length ? (await ctx.db.getRepository(Agency).findBy({ id: In(wanted) })).map((a) => a.id) : []);
  const agency = (a: DocumentAgency): PreviewAgency => ({
    name: a.name,
    code: a.code,
    known: Boolean(provinceCode && a.code && known.has(agencyId(provinceCode, a.code))),
  });
  const unknownAgencies = [...new Map(named.filter((a) => a.code && !agency(a).known).map((a) => [a.code, agency(a)])).values()];

  const storedTasks = existing ? await ctx.db.getRepository(Task).find({ where: { planId: id }, order: { position: "ASC" } }) : [];
  const storedByOutline = new Map(storedTasks.map((t) => [t.outline, t]));
  const stated = new Set(tasks.map((t) => t.outline));
  const storedDeadlines = existing
    ? await ctx.db.getRepository(ReportingDeadline).find({ where: { planId: id }, order: { id: "ASC" } })
    : [];
  const unclaimed = [...storedDeadlines];

  const refusal = (await rehearseWrite(
    ctx,
    {
      action: existing ? "update" : "create",
      operation: "importPlan",
      entity: "Plan",
      after: { id, provinceCode, classification: "INTERNAL", year: document.year, issuedOn: document.issuedOn ?? null },
    },
    (manager) => importPlanDocument(manager, document, options),
  )) as { message?: string; extensions?: { code?: string; reason?: unknown } } | null;

  return {
    planId: id,
    exists: existing !== null,
    title: document.title,
    year: document.year,
    documentNumber: document.documentNumber ?? null,
    provinceCode,
    provinceName: document.province.name,
    provinceKnown: provinceCode ? await ctx.db.getRepository(Province).existsBy({ code: provinceCode }) : false,
    legalBases: document.legalBases.map((basis) => basis.text),
    objectives: document.objectives ?? [],
    tasks: tasks.map(({ task, outline, depth }) => {
      const before = storedByOutline.get(outline);
      return {
        outline,
        depth,
        title: task.title,
        timeframe: task.timeframe?.label ?? null,
        startsOn: task.timeframe?.startsOn ?? null,
        endsOn: task.timeframe?.endsOn ?? null,
        leads: task.leads.map(agency),
        coordinators: task.coordinators.map(agency),
        change: !before ? "NEW" : before.title !== task.title ? "RETITLED" : "KEPT",
        previousTitle: before && before.title !== task.title ? before.title : null,
        status: before?.status ?? null,
      };
    }),
    removedTasks: storedTasks.filter((t) => !stated.has(t.outline)).map((t) => ({ outline: t.outline, title: t.title, status: t.status })),
    assignments: document.assignments.map((a) => ({ agency: agency(a.agency), duties: a.duties })),
    deadlines: document.reportingDeadlines.map((d) => {
      // Matched by period, as the importer keeps a deadline's id (and the reports filed against it).
      const index = unclaimed.findIndex((s) => s.period === d.period);
      const before = index >= 0 ? unclaimed.splice(index, 1)[0] : null;
      return {
        period: d.period as ReportPeriod,
        dueOn: d.dueOn,
        rawText: d.rawText,
        change: !before ? "NEW" : before.dueOn !== d.dueOn ? "MOVED" : "KEPT",
        previousDueOn: before && before.dueOn !== d.dueOn ? before.dueOn : null,
      };
    }),
    removedDeadlines: unclaimed.map((d) => ({
      period: d.period,
      dueOn: d.dueOn,
      rawText: d.rawText,
      change: "REMOVED",
      previousDueOn: null,
    })),
    warnings: document.warnings,
    warningDetails: (document.warningDetails ?? []).map((w) => ({ ...w, params: messageParams(w.params, []) })),
    corrections,
    unknownAgencies,
    ocr: document.ocr ?? null,
    refusal: refusal
      ? {
          code: String(refusal.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
          reason: typeof refusal.extensions?.reason === "string" ? refusal.extensions.reason : null,
          params: messageParams(refusal.extensions ?? {}),
          message: String(refusal.message ?? refusal),
        }
      : null,
  };
}
