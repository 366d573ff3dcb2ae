import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../../shared/core/domain";
import { badUserInput } from "../../../shared/core/errors";
import { ContributedField } from "../../../shared/federation/references";
import type { HubContext } from "../../../shared/records/context";
import { byId, manyBy, pagedBy, referenced } from "../../../shared/records/loaders";
import { PageArgs } from "../../../shared/records/paging";
import { requireRecord } from "../../../shared/records/record-resolvers";
import { createRecord, updateRecord } from "../../../shared/records/writes";
import { Agency } from "../directory/agency";
import { ParticipantRole, TaskStatus } from "../enums";
import { PlansBorderGate } from "../references";
import { todayInVietnam } from "../reporting/reporting";
import { Plan } from "./plan";
import { isOverdue, Task, TaskBorderGate, TaskInput, TaskParticipant, TaskProgressInput } from "./task";
import { recordStatusChange, statusOn, TaskStatusChange } from "./task-history";
import { trackingState, TrackingState } from "./task-states";

/** A task's history, batched per request. */
function history(ctx: HubContext, task: Task): Promise<TaskStatusChange[]> {
  return manyBy(ctx, TaskStatusChange, "taskId", { changedAt: "ASC" } as never).load(task.id);
}

@ObjectType({ description: "A task as the Government's task tracking counts it, on a day." })
export class TaskTracking {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => TaskStatus, { description: "The plan's own status, as it stood that day." })
  status!: TaskStatus;

  @Field(() => DateScalar, { nullable: true, description: "The day it was marked done, if it was." })
  doneOn!: string | null;

  @Field(() => TrackingState)
  state!: TrackingState;

  @Field(() => Int, { description: "Days past its end: to the day it was done, or to asOf while open." })
  daysOverdue!: number;
}

const documentOrder = { position: "ASC", id: "ASC" } as const;

async function participatingAgencies(ctx: HubContext, task: Task, role: ParticipantRole): Promise<Agency[]> {
  const participants = await manyBy(ctx, TaskParticipant, "taskId", documentOrder).load(task.id);
  const ids = participants.filter((p) => p.role === role && p.agencyId).map((p) => p.agencyId as string);
  const agencies = await byId(ctx, Agency).loadMany(ids);
  return agencies.filter((a): a is Agency => a instanceof Agency);
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true })
  task(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext) {
    return byId(ctx, Task).load(id);
  }

  @FieldResolver(() => Plan)
  plan(@Root() task: Task, @Ctx() ctx: HubContext) {
    return byId(ctx, Plan).load(task.planId);
  }

  @FieldResolver(() => Task, { nullable: true })
  parent(@Root() task: Task, @Ctx() ctx: HubContext) {
    return referenced(ctx, Task, task.parentId);
  }

  @FieldResolver(() => [Task], { description: "Nested items, in document order." })
  children(@Root() task: Task, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Task, "parentId", documentOrder).load(task.id);
  }

  @FieldResolver(() => [Agency], { description: "Agencies that lead the task (Cơ quan chủ trì)." })
  leads(@Root() task: Task, @Ctx() ctx: HubContext) {
    return participatingAgencies(ctx, task, ParticipantRole.LEAD);
  }

  @FieldResolver(() => [Agency], { description: "Agencies that coordinate (Cơ quan phối hợp)." })
  coordinators(@Root() task: Task, @Ctx() ctx: HubContext) {
    return participatingAgencies(ctx, task, ParticipantRole.COORDINATOR);
  }

  @FieldResolver(() => [TaskParticipant], { description: "Leads and coordinators as written, including collective phrases." })
  participants(@Root() task: Task, @Ctx() ctx: HubContext) {
    return manyBy(ctx, TaskParticipant, "taskId", documentOrder).load(task.id);
  }

  @FieldResolver(() => Boolean, { description: "Timeframe ended and neither DONE nor CANCELLED." })
  overdue(@Root() task: Task) {
    return isOverdue(task, todayInVietnam());
  }

  @FieldResolver(() => [TaskStatusChange], { description: "Every change of the task's status, oldest first." })
  statusHistory(@Root() task: Task, @Ctx() ctx: HubContext) {
    return history(ctx, task);
  }

  @FieldResolver(() => TaskTracking, {
    description: "The task as the Government's task tracking counts it, as it stood at the end of `asOf` (today by default).",
  })
  async tracking(@Root() task: Task, @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | undefined, @Ctx() ctx: HubContext) {
    const day = asOf ?? todayInVietnam();
    const at = statusOn(task, await history(ctx, task), day);
    return { asOf: day, ...at, ...trackingState(task, at, day) };
  }

  @FieldResolver(() => [PlansBorderGate], { description: "Border gates the task names." })
  async borderGates(@Root() task: Task, @Ctx() ctx: HubContext) {
    const links = await manyBy(ctx, TaskBorderGate, "taskId").load(task.id);
    return links.map((link) => ({ id: link.borderGateId }));
  }

  @Mutation(() => Task, { description: "Adds a task to a plan (information department)." })
  async createTask(@Arg("input", () => TaskInput) input: TaskInput, @Ctx() ctx: HubContext) {
    const plan = await requireRecord(ctx, Plan, input.planId);
    const parent = input.parentId ? await requireRecord(ctx, Task, input.parentId) : null;
    if (parent && parent.planId !== plan.id) throw badParent();
    const outline = parent ? `${parent.outline}.${input.ordinal}` : input.ordinal;
    const position = await ctx.db.getRepository(Task).count({ where: { planId: plan.id } });
    return createRecord(ctx, Task, {
      ...input,
      id: `${plan.id}:${outline}`,
      provinceCode: plan.provinceCode,
      year: plan.year,
      outline,
      depth: parent ? parent.depth + 1 : 0,
      position,
    });
  }

  @Mutation(() => Task, { description: "Changes a task's wording or timeframe. Refused with CONFLICT when `version` is stale." })
  async updateTask(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => TaskInput) input: TaskInput,
    @Ctx() ctx: HubContext,
  ) {
    const task = await requireRecord(ctx, Task, id);
    if (input.planId !== task.planId || (input.parentId ?? null) !== task.parentId || input.ordinal !== task.ordinal) {
      throw badUserInput('A task keeps its plan, parent and number: "planId", "parentId" and "ordinal" cannot change.', [
        "planId",
        "parentId",
        "ordinal",
      ]);
    }
    const { title, text, timeframeLabel, startsOn, endsOn } = input;
    return updateRecord(ctx, Task, id, version, { title, text, timeframeLabel, startsOn, endsOn });
  }

  @Mutation(() => Task, { description: "The lead agency reports the task's status and progress." })
  updateTaskProgress(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => TaskProgressInput) input: TaskProgressInput,
    @Ctx() ctx: HubContext,
  ) {
    return updateRecord(
      ctx,
      Task,
      id,
      version,
      { status: input.status, progressNote: input.progressNote },
      { operation: "updateTaskProgress", afterWrite: recordStatusChange(ctx) },
    );
  }
}

function badParent() {
  return badUserInput('"parentId" must be a task of the same plan.', ["parentId"]);
}

@Resolver(() => TaskParticipant)
export class TaskParticipantResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The directory agency, when the name matched one." })
  agency(@Root() participant: TaskParticipant, @Ctx() ctx: HubContext) {
    return referenced(ctx, Agency, participant.agencyId);
  }
}

@Resolver(() => PlansBorderGate)
export class BorderGateTasksResolver {
  @ContributedField(() => [Task], { description: "Plan tasks that name this gate." })
  async tasks(@Root() gate: { id: string }, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    const links = await pagedBy(ctx, TaskBorderGate, "borderGateId", page, { taskId: "ASC" }).load(gate.id);
    const tasks = await byId(ctx, Task).loadMany(links.map((l) => l.taskId));
    return tasks.filter((t): t is Task => t instanceof Task);
  }
}
