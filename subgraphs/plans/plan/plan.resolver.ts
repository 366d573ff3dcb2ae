import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { searchKeyMatches } from "../../../shared/core/search";
import type { HubContext } from "../../../shared/records/context";
import { byId, findReadable, manyBy, pagedBy, referenced } from "../../../shared/records/loaders";
import { PageArgs, paging } from "../../../shared/records/paging";
import { Agency } from "../directory/agency";
import { Province } from "../directory/province";
import { ReportingDeadline } from "../reporting/reporting";
import { Assignment, LegalBasis, Plan } from "./plan";
import { Task } from "./task";

export enum TaskScope {
  ALL = "ALL",
  TOP_LEVEL = "TOP_LEVEL",
}
registerEnumType(TaskScope, {
  name: "TaskScope",
  description: "ALL: every task and nested item in document order; TOP_LEVEL: numbered items only.",
});

const documentOrder = { position: "ASC", id: "ASC" } as const;

/** A plan's tasks come from one document: hundreds at most, so a page holds a whole plan. */
const TaskPage = paging(500, 2000);
type TaskPage = InstanceType<typeof TaskPage>;

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "A province's plans, optionally for one year, newest first." })
  plans(
    @Arg("provinceCode") provinceCode: string,
    @Arg("year", () => Int, { nullable: true }) year: number | undefined,
    @Arg("search", () => String, { nullable: true, description: "Words of the title, ignoring case and tone marks." })
    search: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    const matches = searchKeyMatches(search);
    return findReadable(ctx, Plan, {
      where: {
        provinceCode,
        ...(year === undefined || year === null ? {} : { year }),
        ...(matches ? { searchKey: matches } : {}),
      },
      order: { year: "DESC", id: "ASC" },
      take: page.limit,
      skip: page.offset,
    });
  }

  @Query(() => Plan, { nullable: true })
  plan(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext) {
    return byId(ctx, Plan).load(id);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the asking official may change this plan, its tasks, deadlines and reports: the plans policy's own answer " +
      "(coordinators of the department in charge of foreign information at the plan's date, or of its successor today; admins).",
  })
  async mayCoordinate(@Root() plan: Plan, @Ctx() ctx: HubContext): Promise<boolean> {
    try {
      await ctx.policy.authorizeWrite(ctx, { action: "update", operation: "updatePlan", entity: "Plan", before: plan, after: plan });
      return true;
    } catch {
      return false;
    }
  }

  @FieldResolver(() => Province)
  province(@Root() plan: Plan, @Ctx() ctx: HubContext) {
    return byId(ctx, Province, "code").load(plan.provinceCode);
  }

  @FieldResolver(() => [LegalBasis], { description: "Căn cứ: the legal bases, in document order." })
  legalBases(@Root() plan: Plan, @Ctx() ctx: HubContext) {
    return manyBy(ctx, LegalBasis, "planId", documentOrder).load(plan.id);
  }

  @FieldResolver(() => [ReportingDeadline])
  reportingDeadlines(@Root() plan: Plan, @Ctx() ctx: HubContext) {
    return manyBy(ctx, ReportingDeadline, "planId", { id: "ASC" } as never).load(plan.id); // ids follow the document
  }

  @FieldResolver(() => [Task], { description: "The plan's tasks in document order; nested items too unless scope is TOP_LEVEL." })
  async tasks(
    @Root() plan: Plan,
    @Arg("scope", () => TaskScope, { defaultValue: TaskScope.ALL }) scope: TaskScope,
    @Args(() => TaskPage) page: TaskPage,
    @Ctx() ctx: HubContext,
  ) {
    if (scope === TaskScope.ALL) return pagedBy(ctx, Task, "planId", page, documentOrder).load(plan.id);
    const tasks = await manyBy(ctx, Task, "planId", documentOrder).load(plan.id);
    return tasks.filter((t) => t.depth === 0).slice(page.offset, page.offset + page.limit);
  }

  @FieldResolver(() => [Assignment], { description: "Tổ chức thực hiện: duties per agency." })
  assignments(@Root() plan: Plan, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Assignment, "planId", documentOrder).load(plan.id);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The directory agency, when the name matched one." })
  agency(@Root() assignment: Assignment, @Ctx() ctx: HubContext) {
    return referenced(ctx, Agency, assignment.agencyId);
  }
}
