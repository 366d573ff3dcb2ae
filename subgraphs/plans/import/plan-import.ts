import type { GraphQLError } from "graphql";
import { In, type DataSource, type EntityManager } from "typeorm";
import { canRead } from "../../../shared/auth/access";
import type { WriteRequest } from "../../../shared/auth/policies";
import { badUserInput, conflict } from "../../../shared/core/errors";
import { provinceByCode } from "../../../shared/core/national-directory";
import { slug } from "../../../shared/core/text";
import type { HubContext } from "../../../shared/records/context";
import { auditedWrite, authorizeAudited } from "../../../shared/records/writes";
import { Agency } from "../directory/agency";
import { Province } from "../directory/province";
import { agencyId } from "../directory/reference-directory";
import { ParticipantRole, ReportPeriod } from "../enums";
import { Assignment, LegalBasis, Plan } from "../plan/plan";
import { Task, TaskBorderGate, TaskParticipant } from "../plan/task";
import { Report, ReportingDeadline } from "../reporting/reporting";
import { CorrectionKind, correctPlanDocument, type AppliedCorrection, type Correction } from "./plan-corrections";
import { outlineOf, type DocumentAgency, type DocumentTask, type PlanDocument } from "./plan-document";
import { readPlanOffThread } from "./plan-reader";
import type { PlanSource } from "./read-plan";

/** A plan's id is stable across re-imports: province, year and (when stated) its number. */
export function planId(document: Pick<PlanDocument, "province" | "year" | "documentNumber">): string {
  const base = `${document.province.code}-${document.year}`;
  return document.documentNumber ? `${base}-${slug(document.documentNumber)}` : base;
}

interface FlatTask {
  task: DocumentTask;
  outline: string;
  depth: number;
  parentId: string | null;
}

function flatten(tasks: DocumentTask[], plan: string, parent: { id: string; outline: string } | null, depth: number): FlatTask[] {
  return tasks.flatMap((task) => {
    const outline = outlineOf(parent?.outline ?? null, task.ordinal);
    const id = `${plan}:${outline}`;
    return [{ task, outline, depth, parentId: parent?.id ?? null }, ...flatten(task.children ?? [], plan, { id, outline }, depth + 1)];
  });
}

/** A refusal of the document: BAD_USER_INPUT naming the argument to fix, or CONFLICT with what stored data it meets. */
function refuse(
  message: string,
  details: Record<string, unknown> & { field?: string } = {},
  code: "BAD_USER_INPUT" | "CONFLICT" = "BAD_USER_INPUT",
): GraphQLError {
  const { field, ...rest } = details;
  return code === "CONFLICT"
    ? conflict(message, { ...(field ? { fields: [field] } : {}), ...rest })
    : badUserInput(message, field ? [field] : [], rest);
}

export interface ImportOptions {
  /** Add a province or agencies the directory lacks instead of refusing the plan. */
  addUnknown?: boolean;
  /** The province's ISO 3166-2:VN code, for a plan whose province the directory cannot name. */
  provinceCode?: string;
  /** Dates the coordinator sets for reporting deadlines the document wrote as no real date ("31/11"), by period (DEADLINE_DATE corrections). */
  deadlineDates?: { period: string; dueOn: string }[];
  /** What the coordinator set right before loading (`plan-corrections.ts`): applied alike to the preview and the import. */
  corrections?: Correction[];
}

/** The corrections of one import: those given as such, and the deadline dates given the older way. */
function correctionsOf(options: ImportOptions): (Correction & { field: string })[] {
  return [
    ...(options.deadlineDates ?? []).map((d) => ({
      kind: CorrectionKind.DEADLINE_DATE,
      period: d.period as ReportPeriod,
      date: d.dueOn,
      field: "deadlineDates",
    })),
    ...(options.corrections ?? []).map((c) => ({ ...c, field: "corrections" })),
  ];
}

/** The document's province, or the one the importer was told when the directory could not name it. */
function withProvinceCode(document: PlanDocument, provinceCode: string | undefined): PlanDocument {
  if (!provinceCode) return document;
  if (!/^VN-[0-9A-Z]{2}$/.test(provinceCode))
    throw refuse(`"${provinceCode}" is not an ISO 3166-2:VN province code (VN-58, VN-HN…).`, {
      field: "provinceCode",
      reason: "NOT_A_PROVINCE_CODE",
      provinceCode,
    });
  if (document.province.code && document.province.code !== provinceCode) {
    throw refuse(`The document is a plan of ${document.province.name} (${document.province.code}), not of ${provinceCode}.`, {
      field: "provinceCode",
      reason: "ANOTHER_PROVINCES_PLAN",
      province: document.province.name,
      provinceCode,
    });
  }
  return { ...document, province: { ...document.province, code: provinceCode } };
}

/**
 * The document as a plan, read off the event loop (`plan-reader.ts`), or
 * BAD_USER_INPUT on `text` or `file` saying why it is not one; then
 * corrected as the coordinator asked (`correctPlanDocument`, its agencies
 * looked up in the province's directory). Read only for those who may import
 * (`authorizeImport`): nobody else's bytes are decoded. The one reading of
 * the preview and of the import, so what is previewed is what is loaded.
 */
export async function readPlanDocument(
  db: DataSource,
  source: () => PlanSource,
  options: ImportOptions = {},
): Promise<{ document: PlanDocument; corrections: AppliedCorrection[] }> {
  const read = withProvinceCode(await readPlanOffThread(source()), options.provinceCode);
  const { document, applied } = await correctPlanDocument(read, correctionsOf(options), async (provinceCode, codes) => {
    const found = await db.getRepository(Agency).findBy({ provinceCode, code: In(codes) });
    return new Map(found.map((a) => [a.code, a.name]));
  });
  return { document, corrections: applied };
}

/** The write an import is: a plan of the viewer's own province, before the document says which. */
function importRequest(ctx: HubContext): WriteRequest {
  const province = ctx.viewer.anonymous ? null : ctx.viewer.provinceCode;
  return { action: "create", operation: "importPlan", entity: "Plan", after: { provinceCode: province, classification: "INTERNAL" } };
}

/**
 * Before a byte of the document is decoded: may the caller import plans at
 * all? The plans policy decides on a plan of the caller's own province (the
 * import is authorised again on the plan the document turns out to be). A
 * signed-out caller is UNAUTHENTICATED, anyone else who may not import
 * FORBIDDEN — for `importPlan` audited like every refused write.
 */
export async function authorizeImport(ctx: HubContext, options: { audit: boolean }): Promise<void> {
  if (options.audit) await authorizeAudited(ctx, importRequest(ctx));
  else await ctx.policy.authorizeWrite(ctx, importRequest(ctx));
}

/** The plan's tasks in document order, each with its outline number ("5.1") and depth. */
export function planTasks(document: PlanDocument): { task: DocumentTask; outline: string; depth: number }[] {
  return flatten(document.tasks, planId(document), null, 0);
}

/**
 * Imports a plan document as `ctx.viewer`, all or nothing: the plans policy
 * decides — first whether the caller may import at all, before the document
 * is read, then on the plan it turns out to be — and the import or its
 * refusal is audited. The one path for the `importPlan` mutation and
 * `npm run plan:import`.
 */
export async function importPlanSource(
  ctx: HubContext,
  source: () => PlanSource,
  options: ImportOptions = {},
): Promise<{ plan: Plan; document: PlanDocument; corrections: AppliedCorrection[] }> {
  await authorizeImport(ctx, { audit: true });
  const { document, corrections } = await readPlanDocument(ctx.db, source, options);
  const id = planId(document);
  const stored = await ctx.db.getRepository(Plan).findOneBy({ id });
  // A plan the importer may not read is not overwritten, nor returned: the import is refused, nothing of it shown.
  const existing = stored && canRead(ctx, stored) ? stored : null;
  const plan = await auditedWrite(
    ctx,
    {
      action: existing ? "update" : "create",
      operation: "importPlan",
      entity: "Plan",
      before: existing ?? undefined,
      after: {
        id,
        provinceCode: document.province.code,
        classification: existing?.classification ?? "INTERNAL",
        title: document.title,
        year: document.year,
        issuedOn: document.issuedOn ?? null,
      },
    },
    (manager) => {
      if (stored && !existing)
        throw refuse(
          "The province already has a plan with this number that you may not change; nothing was imported.",
          { field: "text", reason: "PLAN_NOT_YOURS" },
          "CONFLICT",
        );
      return importPlanDocument(manager, document, options);
    },
    // what the coordinator set right before loading is recorded with the import: what, where, from what to what
    corrections.length > 0 ? { details: { importCorrections: corrections } } : {},
  );
  return { plan, document, corrections };
}

/** Every task's outline number once: two items numbered alike would overwrite each other. */
function refuseRepeatedNumbers(tasks: FlatTask[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { outline } of tasks) (seen.has(outline) ? repeated : seen).add(outline);
  if (repeated.size > 0) {
    throw refuse(
      `The plan numbers more than one task ${[...repeated].join(", ")}; each task needs its own number (check for a section whose numbering starts again).`,
      { field: "text", reason: "TASK_NUMBER_REPEATED", repeatedTaskNumbers: [...repeated], numbers: [...repeated].join(", ") },
    );
  }
}

/**
 * Loads a plan document into the plans database, in the caller's transaction.
 * Ids derive from the document, so importing the same plan again updates it
 * (keeping each task's status and progress) and duplicates nothing. A province
 * or agencies missing from the directory refuse the plan, listed, unless
 * `addUnknown` asks to add them.
 */
export async function importPlanDocument(manager: EntityManager, document: PlanDocument, options: ImportOptions = {}): Promise<Plan> {
  const provinceCode = requireProvinceCode(document);
  const id = planId(document);
  const tasks = flatten(document.tasks, id, null, 0);
  refuseRepeatedNumbers(tasks);
  await addToDirectory(manager, document, provinceCode, tasks, options);
  const step: ImportStep = {
    manager,
    document,
    id,
    provinceCode,
    idOf: (agency) => (agency.code ? agencyId(provinceCode, agency.code) : null),
  };
  await savePlan(step);
  await saveLegalBasesAndAssignments(step);
  await saveTasks(step, tasks);
  await saveDeadlines(step);
  return manager.findOneByOrFail(Plan, { id });
}

/** What every step of an import works on. */
interface ImportStep {
  manager: EntityManager;
  document: PlanDocument;
  /** The plan's id. */
  id: string;
  provinceCode: string;
  /** The directory id of an agency the document names, or null when it named none the directory knows. */
  idOf(agency: DocumentAgency): string | null;
}

function requireProvinceCode(document: PlanDocument): string {
  if (document.province.code) return document.province.code;
  throw refuse(
    `The hub cannot tell which province "${document.province.name}" is. Give its ISO 3166-2:VN code: --province VN-xx on the command line, provinceCode in the importPlan mutation.`,
    { field: "provinceCode", reason: "PROVINCE_NOT_KNOWN", unknownProvinces: [document.province.name], province: document.province.name },
  );
}

/** The province and agencies the plan names must be in the directory: refused, listed, unless `addUnknown` adds them. */
async function addToDirectory(
  manager: EntityManager,
  document: PlanDocument,
  provinceCode: string,
  tasks: FlatTask[],
  options: ImportOptions,
): Promise<void> {
  const named = [
    ...tasks.flatMap(({ task }) => [...task.leads, ...task.coordinators]),
    ...document.assignments.map((a) => a.agency),
  ].filter((a): a is DocumentAgency & { code: string } => a.code !== null);
  const wanted = [...new Set(named.map((a) => agencyId(provinceCode, a.code)))];
  const known = new Set((await manager.findBy(Agency, { id: In(wanted) })).map((a) => a.id));
  const unknownAgencies = [...new Map(named.filter((a) => !known.has(agencyId(provinceCode, a.code))).map((a) => [a.code, a])).values()];
  // A province of the national directory joins the hub's directory when its first plan comes; only others need addUnknown.
  const national = provinceByCode(provinceCode);
  if (national && !(await manager.existsBy(Province, { code: provinceCode }))) {
    await manager.insert(Province, {
      code: provinceCode,
      name: national.name,
      validUntil: national.validUntil ?? null,
      successorCode: national.successor ?? null,
    });
  }
  const provinceKnown = await manager.existsBy(Province, { code: provinceCode });
  if ((!provinceKnown || unknownAgencies.length > 0) && !options.addUnknown) {
    const missing = [
      ...(provinceKnown ? [] : [`province ${provinceCode} (${document.province.name})`]),
      ...unknownAgencies.map((a) => `${a.code} (${a.name})`),
    ];
    throw refuse(
      `The plan names what the directory lacks: ${missing.join(", ")}. Import it again with --add-unknown (command line) or addUnknown: true (importPlan) to add them.`,
      {
        reason: "DIRECTORY_LACKS",
        unknownProvinces: provinceKnown ? [] : [provinceCode],
        unknownAgencies: unknownAgencies.map((a) => a.code),
        missing: missing.join(", "),
      },
    );
  }
  if (!provinceKnown)
    await manager.insert(Province, { code: provinceCode, name: document.province.name, validUntil: null, successorCode: null });
  for (const agency of unknownAgencies) {
    await manager.insert(
      Agency,
      manager.create(Agency, { id: agencyId(provinceCode, agency.code), provinceCode, code: agency.code, name: agency.name }),
    );
  }
}

/** The plan itself, created or updated in place. */
async function savePlan({ manager, document, id, provinceCode }: ImportStep): Promise<void> {
  const existing = await manager.findOneBy(Plan, { id });
  // Without a document number the id is province and year: a different plan of that year must not replace this one.
  if (existing && !document.documentNumber && existing.title !== document.title) {
    throw refuse(
      `${document.province.name} already has a ${document.year} plan without a number, "${existing.title}"; this document, "${document.title}", would replace it. Give the plan its document number (Số …/KH-UBND) to import it beside the other.`,
      { planId: id, reason: "UNNUMBERED_PLAN_EXISTS", province: document.province.name, year: document.year, existing: existing.title },
      "CONFLICT",
    );
  }
  const planValues = {
    id,
    provinceCode,
    year: document.year,
    title: document.title,
    documentNumber: document.documentNumber ?? null,
    issuedOn: document.issuedOn ?? null,
    approvedByNumber: document.approvedBy?.number ?? null,
    approvedOn: document.approvedBy?.issuedOn ?? null,
    approvalSignatoryName: document.approvedBy?.signatory?.name ?? null,
    approvalSignatoryTitle: document.approvedBy?.signatory?.title ?? null,
    signatoryName: document.signatory?.name ?? null,
    signatoryTitle: document.signatory?.title ?? null,
    objectives: document.objectives ?? [],
    requirements: document.requirements ?? [],
    budget: document.budget ?? null,
    focalPointsDueOn: document.focalPointDeadline?.dueOn ?? null,
    focalPointsDueText: document.focalPointDeadline?.rawText ?? null,
    importWarnings: document.warnings,
  };
  if (existing) await manager.update(Plan, { id }, planValues);
  else await manager.insert(Plan, manager.create(Plan, planValues));
}

/** Legal bases and assignments hold nothing of their own: replaced as the document states them. */
async function saveLegalBasesAndAssignments({ manager, document, id, idOf }: ImportStep): Promise<void> {
  await manager.delete(LegalBasis, { planId: id });
  await manager.insert(
    LegalBasis,
    document.legalBases.map((basis, position) => ({ ...basis, id: `${id}:basis:${position + 1}`, planId: id, position })),
  );
  await manager.delete(Assignment, { planId: id });
  await manager.insert(
    Assignment,
    document.assignments.map((a, position) => ({
      id: `${id}:assignment:${position + 1}`,
      planId: id,
      position,
      agencyId: idOf(a.agency),
      agencyName: a.agency.name,
      role: a.role ?? null,
      duties: a.duties,
    })),
  );
}

/**
 * Tasks keep their id by outline number, so a task imported again keeps its
 * status and progress; tasks the document no longer states go, with their
 * border-gate links; leads and coordinators are stated afresh.
 */
async function saveTasks({ manager, document, id, provinceCode, idOf }: ImportStep, tasks: FlatTask[]): Promise<void> {
  const taskIds = tasks.map(({ outline }) => `${id}:${outline}`);
  const previousTasks = await manager.find(Task, { where: { planId: id }, select: { id: true } });
  const kept = new Set(taskIds);
  const removed = previousTasks.map((t) => t.id).filter((taskId) => !kept.has(taskId));
  if (removed.length > 0) {
    await manager.delete(TaskBorderGate, { taskId: In(removed) });
    await manager.delete(Task, { id: In(removed) });
  }
  const present = new Set(previousTasks.map((t) => t.id));
  for (const [position, { task, outline, depth, parentId }] of tasks.entries()) {
    const values = {
      planId: id,
      parentId,
      provinceCode,
      year: document.year,
      position,
      ordinal: task.ordinal,
      outline,
      depth,
      title: task.title,
      text: task.text ?? null,
      timeframeLabel: task.timeframe?.label ?? null,
      startsOn: task.timeframe?.startsOn ?? null,
      endsOn: task.timeframe?.endsOn ?? null,
    };
    const taskId = `${id}:${outline}`;
    if (present.has(taskId)) await manager.update(Task, { id: taskId }, values);
    else await manager.insert(Task, manager.create(Task, { ...values, id: taskId }));
  }

  if (previousTasks.length > 0) await manager.delete(TaskParticipant, { taskId: In(previousTasks.map((t) => t.id)) });
  const participants = tasks.flatMap(({ task, outline }) => {
    const taskId = `${id}:${outline}`;
    const entries = [
      ...task.leads.map((agency) => ({ agency, role: ParticipantRole.LEAD })),
      ...task.coordinators.map((agency) => ({ agency, role: ParticipantRole.COORDINATOR })),
    ];
    return entries.map(({ agency, role }, position) => ({
      id: `${taskId}:${role}:${position + 1}`,
      taskId,
      role,
      position,
      agencyId: idOf(agency),
      nameAsWritten: agency.name,
    }));
  });
  if (participants.length > 0) await manager.insert(TaskParticipant, participants);
}

/** Reporting deadlines keep their id by period, so the reports filed against them stay with them. */
async function saveDeadlines({ manager, document, id, provinceCode }: ImportStep): Promise<void> {
  const previousDeadlines = await manager.find(ReportingDeadline, { where: { planId: id }, order: { id: "ASC" } });
  const deadlineIds = keepDeadlineIds(
    id,
    document.reportingDeadlines.map((d) => d.period),
    previousDeadlines,
  );
  await removeDroppedDeadlines(
    manager,
    previousDeadlines.filter((d) => !deadlineIds.includes(d.id)),
  );
  for (const [position, deadline] of document.reportingDeadlines.entries()) {
    const values = {
      planId: id,
      provinceCode,
      year: document.year,
      period: deadline.period as ReportPeriod,
      dueOn: deadline.dueOn,
      rawText: deadline.rawText,
    };
    const deadlineId = deadlineIds[position];
    if (previousDeadlines.some((d) => d.id === deadlineId)) await manager.update(ReportingDeadline, { id: deadlineId }, values);
    else await manager.insert(ReportingDeadline, manager.create(ReportingDeadline, { ...values, id: deadlineId }));
  }
}

/**
 * A deadline keeps its id across re-imports while the document still states
 * one of its period, so the reports filed against it stay with it; a new one
 * gets the next number.
 */
function keepDeadlineIds(planId: string, periods: string[], previous: ReportingDeadline[]): string[] {
  const unclaimed = [...previous];
  let last = Math.max(0, ...previous.map((d) => Number(d.id.split(":").pop()) || 0));
  return periods.map((period) => {
    const same = unclaimed.findIndex((d) => d.period === period);
    return same >= 0 ? unclaimed.splice(same, 1)[0].id : `${planId}:deadline:${++last}`;
  });
}

/**
 * Deadlines the new version of the document no longer states go, unless
 * agencies have already reported against them: those reports are not thrown
 * away, the import is refused instead.
 */
async function removeDroppedDeadlines(manager: EntityManager, dropped: ReportingDeadline[]): Promise<void> {
  if (dropped.length === 0) return;
  const reported = await manager.findBy(Report, { deadlineId: In(dropped.map((d) => d.id)) });
  if (reported.length > 0) {
    const deadlines = [...new Set(reported.map((r) => r.deadlineId))];
    throw refuse(
      `The document no longer states ${deadlines.length === 1 ? "a reporting deadline" : `${deadlines.length} reporting deadlines`} that agencies have already reported against (${deadlines.join(", ")}); their ${reported.length} report(s) are kept and the plan is not imported.`,
      { deadlines, reason: "DEADLINES_REPORTED_AGAINST", count: deadlines.length, reports: reported.length },
      "CONFLICT",
    );
  }
  await manager.delete(ReportingDeadline, { id: In(dropped.map((d) => d.id)) });
}
