import { GraphQLError } from "graphql";
import { In, type EntityManager } from "typeorm";
import { slug } from "../../shared/text";
import { Agency } from "./agency";
import { agencyId } from "./directory";
import { ParticipantRole, ReportPeriod } from "./enums";
import { Assignment, LegalBasis, Plan } from "./plan";
import type { DocumentAgency, DocumentTask, PlanDocument } from "./plan-document";
import { Province } from "./province";
import { ReportingDeadline } from "./reporting";
import { Task, TaskParticipant } from "./task";

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
    // "5.1" under "5" is already a full number; "a" under "5.1.5" becomes "5.1.5.a".
    const outline = parent && !task.ordinal.startsWith(`${parent.outline}.`) ? `${parent.outline}.${task.ordinal}` : task.ordinal;
    const id = `${plan}:${outline}`;
    return [
      { task, outline, depth, parentId: parent?.id ?? null },
      ...flatten(task.children ?? [], plan, { id, outline }, depth + 1),
    ];
  });
}

function refuse(message: string, unknown: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...unknown } });
}

export interface ImportOptions {
  /** Add a province or agencies the directory lacks instead of refusing the plan. */
  addUnknown?: boolean;
}

/**
 * Loads a plan document into the plans database, in the caller's transaction.
 * Ids derive from the document, so importing the same plan again updates it
 * (keeping each task's status and progress) and duplicates nothing. A province
 * or agencies missing from the directory refuse the plan, listed, unless
 * `addUnknown` asks to add them.
 */
export async function importPlanDocument(manager: EntityManager, document: PlanDocument, options: ImportOptions = {}): Promise<Plan> {
  const provinceCode = document.province.code;
  if (!provinceCode) {
    throw refuse(`The province "${document.province.name}" has no ISO 3166-2:VN code the hub knows; add it to the directory first.`, {
      unknownProvinces: [document.province.name],
    });
  }
  const id = planId(document);
  const tasks = flatten(document.tasks, id, null, 0);

  const named = [
    ...tasks.flatMap(({ task }) => [...task.leads, ...task.coordinators]),
    ...document.assignments.map((a) => a.agency),
  ].filter((a): a is DocumentAgency & { code: string } => a.code !== null);
  const wanted = [...new Set(named.map((a) => agencyId(provinceCode, a.code)))];
  const known = new Set((await manager.findBy(Agency, { id: In(wanted) })).map((a) => a.id));
  const unknownAgencies = [...new Map(named.filter((a) => !known.has(agencyId(provinceCode, a.code))).map((a) => [a.code, a])).values()];
  const provinceKnown = await manager.existsBy(Province, { code: provinceCode });
  if ((!provinceKnown || unknownAgencies.length > 0) && !options.addUnknown) {
    const missing = [...(provinceKnown ? [] : [`province ${provinceCode} (${document.province.name})`]), ...unknownAgencies.map((a) => `${a.code} (${a.name})`)];
    throw refuse(`The plan names what the directory lacks: ${missing.join(", ")}. Import it with addUnknown to add them.`, {
      unknownProvinces: provinceKnown ? [] : [provinceCode],
      unknownAgencies: unknownAgencies.map((a) => a.code),
    });
  }
  if (!provinceKnown) await manager.insert(Province, { code: provinceCode, name: document.province.name, validUntil: null, successorCode: null });
  for (const agency of unknownAgencies) {
    await manager.insert(Agency, manager.create(Agency, { id: agencyId(provinceCode, agency.code), provinceCode, code: agency.code, name: agency.name }));
  }
  const idOf = (agency: DocumentAgency) => (agency.code ? agencyId(provinceCode, agency.code) : null);

  const existing = await manager.findOneBy(Plan, { id });
  const planValues = {
    id,
    provinceCode,
    year: document.year,
    title: document.title,
    documentNumber: document.documentNumber ?? null,
    approvedByNumber: document.approvedBy?.number ?? null,
    approvedOn: document.approvedBy?.issuedOn ?? null,
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
      duties: a.duties,
    })),
  );

  const taskIds = tasks.map(({ outline }) => `${id}:${outline}`);
  const previousTasks = await manager.find(Task, { where: { planId: id }, select: { id: true } });
  const kept = new Set(taskIds);
  const removed = previousTasks.map((t) => t.id).filter((taskId) => !kept.has(taskId));
  if (removed.length > 0) await manager.delete(Task, { id: In(removed) });
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

  const deadlines = document.reportingDeadlines.map((deadline, position) => ({
    id: `${id}:deadline:${position + 1}`,
    planId: id,
    provinceCode,
    year: document.year,
    period: deadline.period as ReportPeriod,
    dueOn: deadline.dueOn,
    rawText: deadline.rawText,
  }));
  const previousDeadlines = new Set((await manager.findBy(ReportingDeadline, { planId: id })).map((d) => d.id));
  for (const deadline of deadlines) {
    if (previousDeadlines.has(deadline.id)) await manager.update(ReportingDeadline, { id: deadline.id }, deadline);
    else await manager.insert(ReportingDeadline, manager.create(ReportingDeadline, deadline));
  }

  return manager.findOneByOrFail(Plan, { id });
}
