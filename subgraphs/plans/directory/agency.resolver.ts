import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { readableOnly } from "../../../shared/auth/access";
import { DateScalar } from "../../../shared/core/domain";
import { searchKeyMatches } from "../../../shared/core/search";
import { loaderFor, type HubContext } from "../../../shared/records/context";
import { byId, manyBy, readable, referenced } from "../../../shared/records/loaders";
import { paging } from "../../../shared/records/paging";
import { ParticipantRole } from "../enums";
import { Task, TaskParticipant } from "../plan/task";
import { Report, ReportingDeadline, ReportStatus, reportState, todayInVietnam } from "../reporting/reporting";
import { Agency, existedInYear } from "./agency";
import { FocalPoint } from "./focal-point";
import { Province } from "./province";

/**
 * The readable tasks each agency takes part in with `role`, of `year` when
 * one is asked: one query per request, role and year, joined to the
 * participants so that only that year's tasks are read. An agency's history
 * grows every year; its compliance for one year should not read them all.
 */
function tasksOfAgencies(ctx: HubContext, role: ParticipantRole, year: number | undefined) {
  return loaderFor<string, Task[]>(ctx, `Task*participant:${role}:${year ?? "any"}`, async (agencyIds) => {
    const query = readable(ctx, Task)
      .innerJoin(TaskParticipant, "p", "p.taskId = r.id")
      .addSelect("p.agencyId", "participantAgency")
      .andWhere("p.role = :role", { role })
      .andWhere("p.agencyId IN (:...agencyIds)", { agencyIds: [...agencyIds] });
    if (year !== undefined) query.andWhere("r.year = :year", { year });
    const { entities, raw } = await query.getRawAndEntities();
    const byTaskId = new Map(entities.map((task) => [task.id, task]));
    const groups = new Map<string, Map<string, Task>>(agencyIds.map((id) => [id, new Map()]));
    for (const row of raw as { r_id: string; participantAgency: string }[]) {
      const task = byTaskId.get(row.r_id);
      // an agency named twice on one task (as the document wrote it) leads it once
      if (task) groups.get(row.participantAgency)?.set(task.id, task);
    }
    return agencyIds.map((id) => [...(groups.get(id)?.values() ?? [])]);
  });
}

export async function tasksWithRole(
  ctx: HubContext,
  agency: Agency,
  role: ParticipantRole,
  year: number | undefined | null,
): Promise<Task[]> {
  const tasks = await tasksOfAgencies(ctx, role, year ?? undefined).load(agency.id);
  return [...tasks].sort((a, b) => a.planId.localeCompare(b.planId) || a.position - b.position);
}

/** A province's readable reporting deadlines of one year, by due date: one query per request and year. */
export function deadlinesOfYear(ctx: HubContext, year: number) {
  return manyBy(ctx, ReportingDeadline, "provinceCode", { dueOn: "ASC", id: "ASC" } as never, { year });
}

/** Each agency's readable reports against deadlines of one year: one query per request and year. */
function reportsOfYear(ctx: HubContext, year: number) {
  return loaderFor<string, Report[]>(ctx, `Report*agency:${year}`, async (agencyIds) => {
    const reports = await readable(ctx, Report)
      .innerJoin(ReportingDeadline, "d", "d.id = r.deadlineId")
      .andWhere("d.year = :year", { year })
      .andWhere("r.agencyId IN (:...agencyIds)", { agencyIds: [...agencyIds] })
      .orderBy("r.id", "ASC")
      .getMany();
    const groups = new Map<string, Report[]>(agencyIds.map((id) => [id, []]));
    for (const report of reports) groups.get(report.agencyId)?.push(report);
    return agencyIds.map((id) => groups.get(id) ?? []);
  });
}

/**
 * Every periodic report an agency owes for the year, submitted or not: one per
 * deadline of its province's plans that carries a date or was answered —
 * while the agency existed: Science and Technology (from March 2025) owes
 * nothing for 2019, the information department (until February 2025) nothing for 2026.
 */
export async function reportStatuses(ctx: HubContext, agency: Agency, year: number, today = todayInVietnam()): Promise<ReportStatus[]> {
  if (!agency.reportsRequired) return [];
  if (!existedInYear(agency, year)) return [];
  const [deadlines, reports] = await Promise.all([
    deadlinesOfYear(ctx, year).load(agency.provinceCode),
    reportsOfYear(ctx, year).load(agency.id),
  ]);
  const submitted = new Map(reports.map((r) => [r.deadlineId, r]));
  return deadlines
    .filter((d) => d.year === year && (d.dueOn || d.period !== "AD_HOC" || submitted.has(d.id)))
    .map((d) => {
      const report = submitted.get(d.id) ?? null;
      const submittedOn = report?.submittedOn ?? null;
      return {
        deadlineId: d.id,
        period: d.period,
        dueOn: d.dueOn,
        dueText: d.rawText,
        submittedOn,
        state: reportState(d.dueOn, submittedOn, today),
        report,
      };
    });
}

/** A province's directory: a few dozen agencies, so one page holds it. */
const DirectoryPage = paging(200, 1000);
type DirectoryPage = InstanceType<typeof DirectoryPage>;

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: "A province's agency directory; `activeOn` keeps those valid on that day." })
  async agencies(
    @Arg("provinceCode") provinceCode: string,
    @Arg("activeOn", () => DateScalar, { nullable: true }) activeOn: string | undefined,
    @Arg("search", () => String, { nullable: true, description: "Words of the name, ignoring case and tone marks." })
    search: string | undefined,
    @Args(() => DirectoryPage) page: DirectoryPage,
    @Ctx() ctx: HubContext,
  ) {
    const query = readableOnly(ctx, ctx.db.getRepository(Agency).createQueryBuilder("a"), "a").andWhere("a.provinceCode = :provinceCode", {
      provinceCode,
    });
    const matches = searchKeyMatches(search);
    if (matches) query.andWhere({ searchKey: matches });
    if (activeOn) {
      query
        .andWhere("(a.validFrom IS NULL OR a.validFrom <= :activeOn)", { activeOn })
        .andWhere("(a.validUntil IS NULL OR a.validUntil >= :activeOn)", { activeOn });
    }
    return query.orderBy("a.code", "ASC").take(page.limit).skip(page.offset).getMany();
  }

  @Query(() => Agency, { nullable: true })
  agency(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext) {
    return byId(ctx, Agency).load(id);
  }

  @FieldResolver(() => Province)
  province(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return byId(ctx, Province, "code").load(agency.provinceCode);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the agency existed on some day of the year (the 2025 reorganisation ended some and began others): outside its life it owes no report and no focal point.",
  })
  existedIn(@Root() agency: Agency, @Arg("year", () => Int) year: number): boolean {
    return existedInYear(agency, year);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency that took over after a reorganisation." })
  successor(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return referenced(ctx, Agency, agency.successorId);
  }

  @FieldResolver(() => [FocalPoint], { description: "The leader and officer named for foreign-information work." })
  focalPoints(@Root() agency: Agency, @Ctx() ctx: HubContext) {
    return manyBy(ctx, FocalPoint, "agencyId", { role: "ASC", id: "ASC" } as never).load(agency.id);
  }

  @FieldResolver(() => [Task], { description: "Tasks the agency leads, in plan order." })
  ledTasks(@Root() agency: Agency, @Arg("year", () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: HubContext) {
    return tasksWithRole(ctx, agency, ParticipantRole.LEAD, year);
  }

  @FieldResolver(() => [Task], { description: "Tasks the agency coordinates." })
  coordinatedTasks(@Root() agency: Agency, @Arg("year", () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: HubContext) {
    return tasksWithRole(ctx, agency, ParticipantRole.COORDINATOR, year);
  }

  @FieldResolver(() => [ReportStatus], { description: "Reports owed for the year and their computed state." })
  reports(@Root() agency: Agency, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext) {
    return reportStatuses(ctx, agency, year);
  }
}
