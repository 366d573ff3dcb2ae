import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { territoryOf } from "../../../shared/core/national-directory";
import { loaderFor, type HubContext } from "../../../shared/records/context";
import { byId, findReadable, manyBy, pagedBy } from "../../../shared/records/loaders";
import { PageArgs } from "../../../shared/records/paging";
import { ReportPeriod, ReportState, TaskStatus } from "../enums";
import { Plan } from "../plan/plan";
import { isOverdue, Task } from "../plan/task";
import { todayInVietnam } from "../reporting/reporting";
import { Agency } from "./agency";
import { deadlinesOfYear, reportStatuses } from "./agency.resolver";
import { Province } from "./province";

@ObjectType()
export class TaskStatusCount {
  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The information department's figures for a province's plans of one year." })
export class PlanSummary {
  @Field(() => Int, { description: "All tasks and nested items of the year's plans." })
  tasks!: number;

  @Field(() => Int)
  overdueTasks!: number;

  @Field(() => [TaskStatusCount])
  tasksByStatus!: TaskStatusCount[];

  @Field(() => Int)
  reportsOnTime!: number;

  @Field(() => Int)
  reportsLate!: number;

  @Field(() => Int)
  reportsMissing!: number;

  @Field(() => Int)
  reportsPending!: number;

  @Field(() => Int, { description: "Reports owed against a deadline that has no usable date." })
  reportsDeadlineUnknown!: number;

  @Field(() => Int, { description: "The year's reporting deadlines without a usable date: a coordinator must set each one." })
  deadlinesWithoutDate!: number;
}

/**
 * The plans of provinces and of those merged into them, batched: one query
 * for every province asked (a province holds one plan or a few a year, so
 * each one's page is cut from the answer).
 */
function plansOfTerritory(ctx: HubContext, page: PageArgs) {
  return loaderFor<string, Plan[]>(ctx, `Plan@territory[${page.offset},${page.limit}]`, async (codes) => {
    const territories = new Map(codes.map((code) => [code, territoryOf(code)]));
    const rows = await findReadable(ctx, Plan, {
      where: { provinceCode: In([...new Set([...territories.values()].flat())]) },
      order: { year: "DESC", provinceCode: "ASC", id: "ASC" } as never,
    });
    return codes.map((code) =>
      rows.filter((plan) => territories.get(code)!.includes(plan.provinceCode)).slice(page.offset, page.offset + page.limit),
    );
  });
}

/** Tasks of a province's plans for a year, batched: one query per year asked. */
function tasksOfYear(ctx: HubContext) {
  return loaderFor<{ provinceCode: string; year: number }, Task[]>(
    ctx,
    "Task@provinceYear",
    async (keys) => {
      const years = [...new Set(keys.map((k) => k.year))];
      const rows = await findReadable(ctx, Task, {
        where: { provinceCode: In([...new Set(keys.map((k) => k.provinceCode))]), year: In(years) },
      });
      return keys.map((k) => rows.filter((t) => t.provinceCode === k.provinceCode && t.year === k.year));
    },
    (k) => `${k.provinceCode}|${k.year}`,
  );
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, { nullable: true, description: "A province by ISO 3166-2:VN code." })
  province(@Arg("code") code: string, @Ctx() ctx: HubContext) {
    return byId(ctx, Province, "code").load(code);
  }

  @Query(() => [Province])
  provinces(@Ctx() ctx: HubContext) {
    return ctx.db.getRepository(Province).find({ order: { code: "ASC" } });
  }

  @FieldResolver(() => [Plan], {
    description:
      "The province's plans, newest first. With includeMerged, also the plans of the provinces merged into it on 1 July 2025 (an older Bình Định plan in today's Gia Lai's history), each keeping its own province.",
  })
  plans(
    @Root() province: Province,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("includeMerged", { defaultValue: false }) includeMerged: boolean,
    @Ctx() ctx: HubContext,
  ) {
    if (!includeMerged) return pagedBy(ctx, Plan, "provinceCode", page, { year: "DESC" }).load(province.code);
    return plansOfTerritory(ctx, page).load(province.code);
  }

  @FieldResolver(() => [Province], { description: "The provinces of the hub's directory merged into this one." })
  predecessors(@Root() province: Province, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Province, "successorCode", { code: "ASC" } as never).load(province.code);
  }

  @FieldResolver(() => Province, { nullable: true, description: "The province this one was merged into, if it was." })
  successor(@Root() province: Province, @Ctx() ctx: HubContext) {
    return province.successorCode ? byId(ctx, Province, "code").load(province.successorCode) : null;
  }

  @FieldResolver(() => [Agency])
  agencies(@Root() province: Province, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Agency, "provinceCode", page, { code: "ASC" }).load(province.code);
  }

  @FieldResolver(() => PlanSummary)
  async planSummary(@Root() province: Province, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<PlanSummary> {
    const today = todayInVietnam();
    const [tasks, agencies, deadlines] = await Promise.all([
      tasksOfYear(ctx).load({ provinceCode: province.code, year }),
      manyBy(ctx, Agency, "provinceCode").load(province.code),
      deadlinesOfYear(ctx, year).load(province.code),
    ]);
    const reports = (await Promise.all(agencies.map((a) => reportStatuses(ctx, a, year, today)))).flat();
    const countReports = (state: ReportState) => reports.filter((r) => r.state === state).length;
    return {
      tasks: tasks.length,
      overdueTasks: tasks.filter((t) => isOverdue(t, today)).length,
      tasksByStatus: Object.values(TaskStatus).map((status) => ({ status, count: tasks.filter((t) => t.status === status).length })),
      reportsOnTime: countReports(ReportState.ON_TIME),
      reportsLate: countReports(ReportState.LATE),
      reportsMissing: countReports(ReportState.MISSING),
      reportsPending: countReports(ReportState.PENDING),
      reportsDeadlineUnknown: countReports(ReportState.DEADLINE_UNKNOWN),
      // An ad-hoc report ("đột xuất theo yêu cầu") has no date by nature; a periodic one must have one.
      deadlinesWithoutDate: deadlines.filter((d) => d.year === year && !d.dueOn && d.period !== ReportPeriod.AD_HOC).length,
    };
  }
}
