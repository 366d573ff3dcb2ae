import { operates, viewerAgencyId } from "../../shared/auth/identity";
import { requireOfficial, requireOwnProvince } from "../../shared/auth/policies";
import type { WritePolicy } from "../../shared/auth/policies";
import { forbidden } from "../../shared/core/errors";
import { ParticipantRole } from "./enums";
import { TaskParticipant } from "./plan/task";

/**
 * Who may write in the plans subgraph (docs/domain.md, rule 1), decided here only:
 * - coordinators of the information department (STTTT) create and change
 *   plans, tasks, deadlines, reports and the agency directory of their province;
 * - an agency's editors and coordinators name its own focal points and
 *   submit its own reports;
 * - a lead agency's editors and coordinators report progress on its own tasks;
 * - admins may do everything.
 */
export const plansWritePolicy: WritePolicy = {
  async authorizeWrite(ctx, request) {
    const viewer = requireOfficial(ctx);
    if (viewer.role === "admin") return;
    requireOwnProvince(viewer, request);
    const informationDepartmentCoordinator = viewer.role === "coordinator" && operates(viewer, "plans");
    if (informationDepartmentCoordinator) return;
    if (viewer.role === "viewer") throw forbidden("Viewers cannot change records.");

    if (request.entity === "FocalPoint") {
      const agencies = [request.before?.agencyId, request.after.agencyId];
      if (agencies.every((id) => id === undefined || id === viewerAgencyId(viewer))) return;
      throw forbidden("An agency names only its own focal points.");
    }
    if (request.entity === "Report") {
      // An agency's officer submits (and corrects) its own reports; STTTT records any, received on paper, above.
      const agencies = [request.before?.agencyId, request.after.agencyId];
      if (agencies.every((id) => id === undefined || id === viewerAgencyId(viewer))) return;
      throw forbidden("An agency submits only its own reports.");
    }
    if (request.operation === "updateTaskProgress") {
      const leads = await ctx.db.getRepository(TaskParticipant).findBy({ taskId: request.after.id, role: ParticipantRole.LEAD });
      if (leads.some((lead) => lead.agencyId === viewerAgencyId(viewer))) return;
      throw forbidden("Only the lead agency reports progress on this task.");
    }
    throw forbidden("Only coordinators of the information department change plans, tasks, deadlines, reports and the directory.");
  },
};
