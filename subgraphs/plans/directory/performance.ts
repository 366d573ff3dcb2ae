import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../../shared/core/domain";
import { todayInVietnam } from "../../../shared/core/functions";
import type { HubContext } from "../../../shared/records/context";
import { findReadable, manyBy } from "../../../shared/records/loaders";
import { ParticipantRole, ReportState } from "../enums";
import type { Task } from "../plan/task";
import { statusOn, TaskStatusChange } from "../plan/task-history";
import { TrackingState, trackingState } from "../plan/task-states";
import { Agency } from "./agency";
import { reportStatuses, tasksWithRole } from "./agency.resolver";
import { Province } from "./province";

/**
 * How an agency did in a year, as leaders read it: the share of the tasks it
 * leads done on time (of those done or overdue) and of its reports sent on
 * time (of those due), as the Government's task tracking counts them. A
 * share with nothing to count is null — not 0, and not 100 %.
 */
@ObjectType({ description: "An agency's tasks and reports in one year, as of a day." })
export class AgencyYearFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar, { description: "The day the figures are as of: the year's end for a past year, else today." })
  asOf!: string;

  @Field(() => Int, { description: "Tasks it leads." })
  tasksLed!: number;

  @Field(() => Int, { description: "Of them, done on time." })
  tasksOnTime!: number;

  @Field(() => Int, { description: "Done late." })
  tasksLate!: number;

  @Field(() => Int, { description: "Open past their end." })
  tasksOverdue!: number;

  @Field(() => Int, { description: "Open within their time, or not yet due." })
  tasksOpen!: number;

  @Field(() => Int, { description: "Without an end date: not counted in the share." })
  tasksWithoutDeadline!: number;

  @Field(() => Float, { nullable: true, description: "Done on time ÷ (done + overdue); null when none is either." })
  taskOnTimeShare!: number | null;

  @Field(() => Int, { description: "Reports due: sent on time, late, or missing." })
  reportsDue!: number;

  @Field(() => Int)
  reportsOnTime!: number;

  @Field(() => Int, { description: "Owed against a deadline the plan wrote as no real date: a coordinator must set it." })
  reportsDeadlineUnknown!: number;

  @Field(() => Float, { nullable: true, description: "Sent on time ÷ due; null when none is due yet." })
  reportOnTimeShare!: number | null;
}

@ObjectType({ description: "An agency's figures for a year, with the year before beside them." })
export class AgencyPerformance {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => AgencyYearFigures)
  current!: AgencyYearFigures;

  @Field(() => AgencyYearFigures)
  previous!: AgencyYearFigures;
}

const asOfFor = (year: number, today: string) => (`${year}-12-31` < today ? `${year}-12-31` : today);
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export async function yearFigures(ctx: HubContext, agency: Agency, year: number, today = todayInVietnam()): Promise<AgencyYearFigures> {
  const asOf = asOfFor(year, today);
  const tasks: Task[] = await tasksWithRole(ctx, agency, ParticipantRole.LEAD, year);
  const histories = await manyBy(ctx, TaskStatusChange, "taskId", { changedAt: "ASC" } as never).loadMany(tasks.map((t) => t.id));
  const states = tasks.map((task, i) => {
    const history = histories[i] instanceof Error ? [] : (histories[i] as TaskStatusChange[]);
    return trackingState(task, statusOn(task, history, asOf), asOf).state;
  });
  const count = (...wanted: TrackingState[]) => states.filter((s) => wanted.includes(s)).length;
  const reports = await reportStatuses(ctx, agency, year, asOf);
  const by = (state: ReportState) => reports.filter((r) => r.state === state).length;
  const onTime = count(TrackingState.COMPLETED_ON_TIME);
  const late = count(TrackingState.COMPLETED_LATE);
  const overdue = count(TrackingState.IN_PROGRESS_OVERDUE);
  const reportsDue = by(ReportState.ON_TIME) + by(ReportState.LATE) + by(ReportState.MISSING);
  return {
    year,
    asOf,
    tasksLed: tasks.length,
    tasksOnTime: onTime,
    tasksLate: late,
    tasksOverdue: overdue,
    tasksOpen: count(TrackingState.IN_PROGRESS_ON_TIME, TrackingState.NOT_YET_DUE),
    tasksWithoutDeadline: count(TrackingState.NO_DEADLINE),
    taskOnTimeShare: share(onTime, onTime + late + overdue),
    reportsDue,
    reportsOnTime: by(ReportState.ON_TIME),
    reportsDeadlineUnknown: by(ReportState.DEADLINE_UNKNOWN),
    reportOnTimeShare: share(by(ReportState.ON_TIME), reportsDue),
  };
}

/** Worst first: the lower of an agency's two shares, agencies with nothing to count last. */
function worstFirst(a: AgencyPerformance, b: AgencyPerformance): number {
  const worst = (p: AgencyPerformance) => {
    const shares = [p.current.taskOnTimeShare, p.current.reportOnTimeShare].filter((s): s is number => s !== null);
    return shares.length ? Math.min(...shares) : Number.POSITIVE_INFINITY;
  };
  return worst(a) - worst(b) || a.agency.name.localeCompare(b.agency.name, "vi");
}

@Resolver(() => Agency)
export class AgencyPerformanceResolver {
  @FieldResolver(() => AgencyPerformance, { description: "The agency's tasks and reports of a year, with the year before beside them." })
  async performance(@Root() agency: Agency, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<AgencyPerformance> {
    return { agency, current: await yearFigures(ctx, agency, year), previous: await yearFigures(ctx, agency, year - 1) };
  }
}

@Resolver(() => Province)
export class ProvincePerformanceResolver {
  @FieldResolver(() => [AgencyPerformance], {
    description:
      "Every agency that owes reports, with its share of tasks done on time and of reports sent on time, worst first, and the year before.",
  })
  async agencyPerformance(
    @Root() province: Province,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<AgencyPerformance[]> {
    return provincePerformance(ctx, province.code, year);
  }

  @Query(() => [AgencyPerformance], {
    description:
      "Agencies' reporting compliance in a province and year: each agency that owes reports, with its share of tasks done on time and of reports sent on time, worst first, and the year before (as `Province.agencyPerformance`).",
  })
  async reportingCompliance(
    @Arg("provinceCode") provinceCode: string,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<AgencyPerformance[]> {
    return provincePerformance(ctx, provinceCode, year);
  }
}

async function provincePerformance(ctx: HubContext, provinceCode: string, year: number): Promise<AgencyPerformance[]> {
  const agencies = (await findReadable(ctx, Agency, { where: { provinceCode }, order: { code: "ASC" } })) as Agency[];
  const owing = agencies.filter((a) => a.reportsRequired);
  const rows = await Promise.all(
    owing.map(async (agency) => ({
      agency,
      current: await yearFigures(ctx, agency, year),
      previous: await yearFigures(ctx, agency, year - 1),
    })),
  );
  return rows
    .filter((r) => r.current.tasksLed > 0 || r.current.reportsDue + r.current.reportsDeadlineUnknown > 0 || r.current.reportsOnTime > 0)
    .sort(worstFirst);
}
