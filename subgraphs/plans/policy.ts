import type { ObjectLiteral } from "typeorm";
import type { AccessContext } from "../../shared/auth/access";
import { operates, subgraphFunction, viewerAgencyId, type Official } from "../../shared/auth/identity";
import { requireOfficial, requireOwnProvince } from "../../shared/auth/policies";
import type { WritePolicy, WriteRequest } from "../../shared/auth/policies";
import { forbidden } from "../../shared/core/errors";
import { holdersOf, holds, todayInVietnam } from "../../shared/core/functions";
import type { HubContext } from "../../shared/records/context";
import { personalView } from "./directory/personal-data";
import { ParticipantRole } from "./enums";
import { Plan } from "./plan/plan";
import { TaskParticipant } from "./plan/task";
import { ReportingDeadline } from "./reporting/reporting";

/** Records that belong to one plan: whoever was in charge of foreign information at its date coordinates them. */
const PLAN_RECORDS = new Set(["Plan", "Task", "ReportingDeadline", "Report", "Assignment"]);

/**
 * The date a plan-bound write is judged at: the plan's date (its issue date,
 * or the first day of its year). Null for the directory, judged today; and
 * "any" before the import has read which plan it is.
 */
async function planDate(ctx: AccessContext, request: WriteRequest): Promise<string | "any" | null> {
  if (!PLAN_RECORDS.has(request.entity)) return null;
  const record: ObjectLiteral = request.after;
  if (request.entity === "Plan") {
    if (typeof record.year !== "number") return "any";
    return record.issuedOn ?? `${record.year}-01-01`;
  }
  let planId = record.planId as string | undefined;
  if (!planId && record.deadlineId) planId = (await ctx.db.getRepository(ReportingDeadline).findOneBy({ id: record.deadlineId }))?.planId;
  const plan = planId ? await ctx.db.getRepository(Plan).findOneBy({ id: planId }) : null;
  if (plan) return plan.issuedOn ?? `${plan.year}-01-01`;
  return typeof record.year === "number" ? `${record.year}-01-01` : null;
}

/**
 * Whether the official coordinates for the department in charge of foreign
 * information: at the plan's date — STTTT's coordinators a 2019 plan, the
 * culture department's a 2026 one — or as that department's successor in
 * the function today, which took its files over; the directory, today.
 */
function inCharge(viewer: Official, on: string | "any" | null): boolean {
  if (viewer.role !== "coordinator") return false;
  if (on === "any") return holds(viewer.agencyCode, subgraphFunction("plans"), viewer.provinceCode);
  return operates(viewer, "plans") || (on !== null && operates(viewer, "plans", on));
}

/** Who was in charge at `on`, for a refusal that says so. */
function whoIsInCharge(viewer: Official, on: string | "any" | null): string {
  const day = on === null || on === "any" ? todayInVietnam() : on;
  const holders = holdersOf(subgraphFunction("plans"), viewer.provinceCode, day).join(", ") || "no agency";
  return `${holders} on ${day.split("-").reverse().join("/")}`;
}

/**
 * Who may write in the plans subgraph (docs/domain.md, rule 1), decided here only:
 * - coordinators of the department in charge of foreign information create
 *   and change plans, tasks, deadlines and reports (at the plan's date, or
 *   as its successor today), and the agency directory of their province;
 * - an agency's editors and coordinators name its own focal points and
 *   submit its own reports;
 * - a lead agency's editors and coordinators report progress on its own tasks;
 * - admins may do everything.
 */
export const plansWritePolicy: WritePolicy = {
  personalView: (ctx, entity, state) => personalView(ctx as HubContext, entity, state),
  async authorizeWrite(ctx, request) {
    const viewer = requireOfficial(ctx);
    if (viewer.role === "admin") return;
    if (request.entity === "ApiClient") throw forbidden("Only admins create and revoke the REST door's API clients.");
    requireOwnProvince(viewer, request);
    if (request.operation === "erasePersonalData") {
      if (viewer.role === "dpo") return;
      throw forbidden("Only the province's data-protection officer and its admins erase a person's data.");
    }
    if (request.entity === "OutgoingSecretDocument") {
      // what leaves with a state secret is registered by the department in charge, cleared for it
      if (viewer.clearance === "SECRET" && inCharge(viewer, null)) return;
      throw forbidden("Only the department in charge of foreign information, cleared for SECRET, registers an outgoing secret document.");
    }
    const on = await planDate(ctx, request);
    if (inCharge(viewer, on)) return;
    if (viewer.role === "viewer") throw forbidden("Viewers cannot change records.");
    if (viewer.role === "dpo")
      throw forbidden("The data-protection officer changes no records; they answer people's requests about their data.");

    if (request.entity === "FocalPoint") {
      const agencies = [request.before?.agencyId, request.after.agencyId];
      if (agencies.every((id) => id === undefined || id === viewerAgencyId(viewer))) return;
      throw forbidden("An agency names only its own focal points.");
    }
    if (request.entity === "Report") {
      // An agency's officer submits (and corrects) its own reports; the department in charge records any, received on paper, above.
      const agencies = [request.before?.agencyId, request.after.agencyId];
      if (agencies.every((id) => id === undefined || id === viewerAgencyId(viewer))) return;
      throw forbidden("An agency submits only its own reports.");
    }
    if (request.operation === "updateTaskProgress") {
      const leads = await ctx.db.getRepository(TaskParticipant).findBy({ taskId: request.after.id, role: ParticipantRole.LEAD });
      if (leads.some((lead) => lead.agencyId === viewerAgencyId(viewer))) return;
      throw forbidden("Only the lead agency reports progress on this task.");
    }
    throw forbidden(
      `Only coordinators of the department in charge of foreign information (${whoIsInCharge(viewer, on)}) change plans, tasks, deadlines, reports and the directory.`,
    );
  },
};
