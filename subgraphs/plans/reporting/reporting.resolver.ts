import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../../shared/records/context";
import { requireRecord } from "../../../shared/records/record-resolvers";
import { createRecord, updateRecord } from "../../../shared/records/writes";
import { Plan } from "../plan/plan";
import { ReportingDeadline, ReportingDeadlineInput } from "./reporting";

@Resolver(() => ReportingDeadline)
export class ReportingDeadlineResolver {
  @Mutation(() => ReportingDeadline, { description: "Sets a reporting deadline on a plan (information department)." })
  async createReportingDeadline(@Arg("input", () => ReportingDeadlineInput) input: ReportingDeadlineInput, @Ctx() ctx: HubContext) {
    const plan = await requireRecord(ctx, Plan, input.planId);
    return createRecord(ctx, ReportingDeadline, { ...input, provinceCode: plan.provinceCode, year: plan.year });
  }

  @Mutation(() => ReportingDeadline, { description: "Changes a deadline. Refused with CONFLICT when `version` is stale." })
  async updateReportingDeadline(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => ReportingDeadlineInput) input: ReportingDeadlineInput,
    @Ctx() ctx: HubContext,
  ) {
    const { period, dueOn, rawText } = input;
    return updateRecord(ctx, ReportingDeadline, id, version, { period, dueOn, rawText });
  }
}
