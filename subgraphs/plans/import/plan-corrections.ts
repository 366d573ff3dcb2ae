import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import type { GraphQLError } from "graphql";
import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { badUserInput } from "../../../shared/core/errors";
import { nfc } from "../../../shared/core/text";
import { ReportPeriod } from "../enums";
import { isoDate, parseTimeframe } from "./parser/dates";
import { unifyToneMarks } from "./parser/normalize";
import type { Place } from "./parser/warnings";
import { outlineOf, type DocumentAgency, type DocumentTask, type PlanDocument } from "./plan-document";

/**
 * Correcting a plan before loading it: what the parser could not read
 * cleanly — a date that does not exist, an agency the directory lacks, a
 * task's lead — the coordinator sets right in the preview. The corrections
 * are applied to the document as read, by the one function below, before it
 * is previewed and before it is imported, so what was previewed is what is
 * loaded; each is checked (a task the plan lacks, an agency the province's
 * directory lacks, a day that does not exist are refused, never ignored),
 * the warnings they settle go, and the import's audit entry lists them.
 */
export enum CorrectionKind {
  TASK_TIMEFRAME = "TASK_TIMEFRAME",
  TASK_LEADS = "TASK_LEADS",
  AGENCY = "AGENCY",
  DEADLINE_DATE = "DEADLINE_DATE",
  FOCAL_POINT_DEADLINE_DATE = "FOCAL_POINT_DEADLINE_DATE",
  BASIS_DATE = "BASIS_DATE",
}
registerEnumType(CorrectionKind, {
  name: "PlanImportCorrectionKind",
  description: "What a correction before loading sets right.",
  valuesConfig: {
    TASK_TIMEFRAME: { description: "A task's timeframe, worded again (`task`, `timeframe`); its dates are read from the new wording." },
    TASK_LEADS: { description: "A task's lead agencies (`task`, `agencyCodes`: codes of the province's directory)." },
    AGENCY: {
      description: "An agency name as the document writes it (`name`) is the directory's agency `agencyCode`, wherever the plan names it.",
    },
    DEADLINE_DATE: { description: "The date of a reporting deadline the document wrote as no real date (`period`, `date`)." },
    FOCAL_POINT_DEADLINE_DATE: { description: "The date of the focal-point deadline the document wrote as no real date (`date`)." },
    BASIS_DATE: { description: "The date of issue of a legal basis written as no real date (`basis`, its place from 1; `date`)." },
  },
});

@InputType({
  description:
    "One correction of a plan document before loading: `kind` says what it sets right and which of the other fields it takes. " +
    "Sent alike to previewPlanImport and importPlan; the import's audit entry lists the corrections applied.",
})
export class PlanImportCorrection {
  @Field(() => CorrectionKind)
  kind!: CorrectionKind;

  @Field(() => String, {
    nullable: true,
    description: 'TASK_TIMEFRAME, TASK_LEADS: the task\'s number as the preview shows it ("2.1", "1.a").',
  })
  @IsOptional()
  @MaxLength(40)
  task?: string | null;

  @Field(() => ReportPeriod, { nullable: true, description: "DEADLINE_DATE: the deadline's period." })
  period?: ReportPeriod | null;

  @Field(() => Int, { nullable: true, description: "BASIS_DATE: the legal basis's place in the plan's list, from 1." })
  basis?: number | null;

  @Field(() => String, { nullable: true, description: "AGENCY: the agency's name exactly as the document writes it (the preview's name)." })
  @IsOptional()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'TASK_TIMEFRAME: the timeframe as it should read ("Trước ngày 30/6/2019").' })
  @IsOptional()
  @MaxLength(300)
  timeframe?: string | null;

  @Field(() => String, { nullable: true, description: "DEADLINE_DATE, FOCAL_POINT_DEADLINE_DATE, BASIS_DATE: the date, YYYY-MM-DD." })
  @IsOptional()
  @MaxLength(10)
  date?: string | null;

  @Field(() => String, { nullable: true, description: "AGENCY: the code of an agency of the province's directory." })
  @IsOptional()
  @MaxLength(80)
  agencyCode?: string | null;

  @Field(() => [String], { nullable: true, description: "TASK_LEADS: codes of agencies of the province's directory." })
  @IsOptional()
  @ArrayMaxSize(20)
  agencyCodes?: string[] | null;
}

/** A correction as the importer takes it (the GraphQL input, or a script's object). */
export type Correction = Pick<PlanImportCorrection, "kind"> & Partial<Omit<PlanImportCorrection, "kind">>;

@ObjectType({ description: "A correction applied to the document before loading: what it set right, where, from what to what." })
export class AppliedCorrection {
  @Field(() => CorrectionKind)
  kind!: CorrectionKind;

  @Field({ description: "What it is about: the task's number, the deadline's period, the basis's place, the agency's name as written." })
  target!: string;

  @Field(() => String, {
    nullable: true,
    description: "As the document had it (a date as written, the timeframe, the leads, the code read).",
  })
  from!: string | null;

  @Field({ description: "As corrected (an ISO date, the timeframe's new wording, agency codes)." })
  to!: string;
}

/** At most this many corrections in one request: more than any plan's warnings. */
export const CORRECTION_LIMIT = 500;

/** Looks agencies up in the province's directory by code: their names, for the codes it has. */
export type DirectoryLookup = (provinceCode: string, codes: string[]) => Promise<Map<string, string>>;

/** A correction refused: BAD_USER_INPUT on the argument it came in, with its reason code and figures. */
function refuse(field: string, message: string, details: { reason: string } & Record<string, unknown>): GraphQLError {
  return badUserInput(message, [field], details);
}

interface Flat {
  task: DocumentTask;
  outline: string;
}

function outlined(tasks: DocumentTask[], parent: string | null = null): Flat[] {
  return tasks.flatMap((task) => {
    const outline = outlineOf(parent, task.ordinal);
    return [{ task, outline }, ...outlined(task.children ?? [], outline)];
  });
}

/** The number of the task a warning's place points at: "task 1, item a" is task 1.a. */
function taskOutlineOf(place: Place): string | null {
  if (place.part !== "task" || !place.number) return null;
  return place.item ? outlineOf(place.number, place.item) : place.number;
}

/** Names compare as the parser compares them: NFC, "Uỷ" and "Ủy" alike, spaces and case aside. */
const nameKey = (name: string) => unifyToneMarks(nfc(name)).replace(/\s+/g, " ").trim().toLowerCase();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every agency the document names, where it names it. */
function namedAgencies(document: PlanDocument, tasks: Flat[]): DocumentAgency[] {
  return [...tasks.flatMap(({ task }) => [...task.leads, ...task.coordinators]), ...document.assignments.map((a) => a.agency)];
}

const ORDER: CorrectionKind[] = [
  CorrectionKind.DEADLINE_DATE,
  CorrectionKind.FOCAL_POINT_DEADLINE_DATE,
  CorrectionKind.BASIS_DATE,
  // a name is mapped where the document writes it before leads are replaced
  CorrectionKind.AGENCY,
  CorrectionKind.TASK_LEADS,
  CorrectionKind.TASK_TIMEFRAME,
];

/**
 * Applies the corrections to the document as read and returns the corrected
 * document, with the warnings they settle gone, and what was corrected.
 * `field` names the argument they came in (`corrections`, or the older
 * `deadlineDates`) for the refusals.
 */
export async function correctPlanDocument(
  read: PlanDocument,
  corrections: (Correction & { field?: string })[],
  directory: DirectoryLookup,
): Promise<{ document: PlanDocument; applied: AppliedCorrection[] }> {
  if (corrections.length === 0) return { document: read, applied: [] };
  if (corrections.length > CORRECTION_LIMIT)
    throw refuse("corrections", `At most ${CORRECTION_LIMIT} corrections at once.`, {
      reason: "TOO_MANY_CORRECTIONS",
      limit: CORRECTION_LIMIT,
    });
  const document = structuredClone(read);
  const tasks = outlined(document.tasks);
  const taskByOutline = new Map(tasks.map((t) => [t.outline, t.task]));
  const details = document.warningDetails ?? [];
  const settled = new Set<number>();
  const settle = (matches: (code: string, place: Place, params: Record<string, string | number>) => boolean) =>
    details.forEach((w, index) => {
      if (matches(w.code, w.place, w.params)) settled.add(index);
    });

  const ordered = [...corrections].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const required = (c: Correction & { field?: string }, ...names: (keyof Correction)[]) => {
    const missing = names.filter((name) => {
      const value = c[name];
      return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
    });
    if (missing.length > 0)
      throw refuse(c.field ?? "corrections", `A ${c.kind} correction needs ${missing.join(" and ")}.`, {
        reason: "CORRECTION_INCOMPLETE",
        kind: c.kind,
        needs: missing.join(", "),
      });
  };
  const realDate = (c: Correction & { field?: string }): string => {
    const date = c.date!;
    const match = ISO_DATE.exec(date);
    if (!match || isoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== date)
      throw refuse(c.field ?? "corrections", `"${date}" is not a real date (YYYY-MM-DD).`, { reason: "CORRECTION_DATE_NOT_REAL", date });
    return date;
  };
  const taskOf = (c: Correction & { field?: string }): DocumentTask => {
    const task = taskByOutline.get(c.task!.trim());
    if (!task) throw refuse(c.field ?? "corrections", `The plan has no task ${c.task}.`, { reason: "NO_SUCH_TASK", task: c.task });
    return task;
  };

  // Every agency code named must be one of the province's directory.
  for (const c of ordered) {
    if (c.kind === CorrectionKind.AGENCY) required(c, "name", "agencyCode");
    if (c.kind === CorrectionKind.TASK_LEADS) required(c, "task", "agencyCodes");
  }
  const codes = [
    ...new Set(
      ordered.flatMap((c) =>
        c.kind === CorrectionKind.AGENCY ? [c.agencyCode!] : c.kind === CorrectionKind.TASK_LEADS ? c.agencyCodes! : [],
      ),
    ),
  ];
  const names = codes.length > 0 && document.province.code ? await directory(document.province.code, codes) : new Map<string, string>();
  const directoryAgency = (c: Correction & { field?: string }, code: string): DocumentAgency => {
    const name = names.get(code);
    if (name === undefined)
      throw refuse(c.field ?? "corrections", `${code} is not an agency of ${document.province.name}'s directory.`, {
        reason: "AGENCY_NOT_IN_DIRECTORY",
        agencyCode: code,
        province: document.province.name,
      });
    return { name, code };
  };

  const seen = new Set<string>();
  const once = (c: Correction & { field?: string }, target: string, key = target) => {
    if (!seen.has(`${c.kind}:${key}`)) return seen.add(`${c.kind}:${key}`);
    if (c.kind === CorrectionKind.DEADLINE_DATE)
      throw refuse(c.field ?? "corrections", `The ${target} reporting deadline is set twice.`, {
        reason: "DEADLINE_SET_TWICE",
        period: target,
      });
    throw refuse(c.field ?? "corrections", `${target} is corrected twice (${c.kind}).`, {
      reason: "CORRECTION_REPEATED",
      kind: c.kind,
      target,
    });
  };

  const applied: AppliedCorrection[] = [];
  /** Agencies put in by TASK_LEADS, and names mapped by AGENCY: neither is what the parser warned of any more. */
  const replaced = new Set<DocumentAgency>();
  const mapped = new Set<string>();
  for (const c of ordered) {
    const field = c.field ?? "corrections";
    switch (c.kind) {
      case CorrectionKind.DEADLINE_DATE: {
        required(c, "period", "date");
        const period = c.period!;
        once(c, period);
        const date = realDate(c);
        const stated = document.reportingDeadlines.filter((d) => d.period === period);
        if (stated.length === 0 || period === ReportPeriod.AD_HOC)
          throw refuse(field, `The document states no ${period} reporting deadline with a date to set.`, {
            reason: "NO_DEADLINE_TO_SET",
            period,
          });
        const real = stated.find((d) => d.dueOn);
        if (real)
          throw refuse(
            field,
            `The document's ${period} deadline is a real date (${real.dueOn}): only a date the document wrote as no real date is set here; change a real one after loading.`,
            { reason: "DEADLINE_IS_REAL", period, dueOn: real.dueOn },
          );
        const written = details.find((w) => w.code === "REPORT_DEADLINE_NOT_REAL" && w.params.period === period)?.params.date;
        for (const d of stated) d.dueOn = date;
        settle((code, _place, params) => code === "REPORT_DEADLINE_NOT_REAL" && params.period === period);
        applied.push({ kind: c.kind, target: period, from: written !== undefined ? String(written) : stated[0].rawText, to: date });
        break;
      }
      case CorrectionKind.FOCAL_POINT_DEADLINE_DATE: {
        required(c, "date");
        once(c, "focalPoints");
        const date = realDate(c);
        const deadline = document.focalPointDeadline;
        if (!deadline) throw refuse(field, "The document states no focal-point deadline to set.", { reason: "NO_FOCAL_POINT_DEADLINE" });
        if (deadline.dueOn)
          throw refuse(field, `The document's focal-point deadline is a real date (${deadline.dueOn}); change it after loading.`, {
            reason: "FOCAL_POINT_DEADLINE_IS_REAL",
            dueOn: deadline.dueOn,
          });
        const written = details.find((w) => w.code === "FOCAL_POINT_DEADLINE_NOT_REAL")?.params.date;
        deadline.dueOn = date;
        settle((code) => code === "FOCAL_POINT_DEADLINE_NOT_REAL");
        applied.push({ kind: c.kind, target: "focalPoints", from: written !== undefined ? String(written) : deadline.rawText, to: date });
        break;
      }
      case CorrectionKind.BASIS_DATE: {
        required(c, "basis", "date");
        const number = c.basis!;
        once(c, String(number));
        const date = realDate(c);
        const basis = document.legalBases[number - 1];
        if (!basis) throw refuse(field, `The plan has no legal basis ${number}.`, { reason: "NO_SUCH_BASIS", basis: number });
        if (basis.issuedOn)
          throw refuse(
            field,
            `Legal basis ${number} is dated ${basis.issuedOn}, a real date; only a date written as no real date is set here.`,
            { reason: "BASIS_DATE_IS_REAL", basis: number, dueOn: basis.issuedOn },
          );
        const isBasis = (place: Place) => place.part === "legalBasis" && place.number === String(number);
        const written = details.find((w) => w.code === "BASIS_DATE_NOT_REAL" && isBasis(w.place))?.params.date;
        basis.issuedOn = date;
        settle((code, place) => code === "BASIS_DATE_NOT_REAL" && isBasis(place));
        applied.push({ kind: c.kind, target: String(number), from: written !== undefined ? String(written) : null, to: date });
        break;
      }
      case CorrectionKind.AGENCY: {
        const key = nameKey(c.name!);
        once(c, c.name!, key);
        const agency = directoryAgency(c, c.agencyCode!);
        const named = namedAgencies(document, tasks).filter((a) => nameKey(a.name) === key);
        if (named.length === 0) throw refuse(field, `The plan names no agency "${c.name}".`, { reason: "AGENCY_NOT_NAMED", name: c.name });
        const before = named[0].code;
        // the name stays as the document writes it; the code is the directory's
        for (const a of named) a.code = agency.code;
        mapped.add(key);
        applied.push({ kind: c.kind, target: named[0].name, from: before, to: agency.code! });
        break;
      }
      case CorrectionKind.TASK_LEADS: {
        const task = taskOf(c);
        const outline = c.task!.trim();
        once(c, outline);
        const leads = [...new Set(c.agencyCodes!)].map((code) => directoryAgency(c, code));
        const before = task.leads.map((a) => a.code ?? a.name).join(", ");
        task.leads = leads;
        leads.forEach((a) => replaced.add(a));
        applied.push({ kind: c.kind, target: outline, from: before || null, to: leads.map((a) => a.code).join(", ") });
        break;
      }
      case CorrectionKind.TASK_TIMEFRAME: {
        required(c, "task", "timeframe");
        const task = taskOf(c);
        const outline = c.task!.trim();
        once(c, outline);
        const { timeframe, warnings } = parseTimeframe(nfc(c.timeframe!), document.year);
        if (warnings.length > 0 || (!timeframe.startsOn && !timeframe.endsOn))
          throw refuse(
            field,
            `Task ${outline}: the timeframe "${timeframe.label}" cannot be read as dates either${warnings.length ? ` (${warnings[0].english})` : ""}.`,
            { reason: "TIMEFRAME_NOT_READABLE", task: outline, timeframe: timeframe.label },
          );
        const before = task.timeframe?.label ?? null;
        task.timeframe = timeframe;
        settle((code, place) => code.startsWith("TIMEFRAME_") && taskOutlineOf(place) === outline);
        applied.push({ kind: c.kind, target: outline, from: before, to: timeframe.label });
        break;
      }
      default:
        throw refuse(field, `Unknown correction ${String(c.kind)}.`, {
          reason: "CORRECTION_INCOMPLETE",
          kind: String(c.kind),
          needs: "kind",
        });
    }
  }

  // An agency warning goes once nothing in the plan is any longer what it warned of: every place naming it mapped, or replaced.
  const stillNamed = new Set(
    namedAgencies(document, tasks)
      .filter((a) => !replaced.has(a))
      .map((a) => nameKey(a.name))
      .filter((key) => !mapped.has(key)),
  );
  settle((code, _place, params) => code.startsWith("AGENCY_UNKNOWN") && !stillNamed.has(nameKey(String(params.name))));

  if (document.warningDetails) {
    const messages = document.warnings;
    const keep = (_: unknown, index: number) => !settled.has(index);
    document.warningDetails = details.filter(keep);
    // the English sentences are the same list's, in the same order
    if (messages.length === details.length) document.warnings = messages.filter(keep);
  }
  return { document, applied };
}
