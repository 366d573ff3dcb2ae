import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, type EntityManager } from "typeorm";
import { v7 as timeOrderedId } from "uuid";
import { DateScalar, DateTimeScalar } from "../../../shared/core/domain";
import { todayInVietnam } from "../../../shared/core/functions";
import type { HubContext } from "../../../shared/records/context";
import { TaskStatus } from "../enums";
import type { Task } from "./task";

/**
 * Every change of a task's status, as its lead agency reported it: who, on
 * which day, with what note. So a report can show each task as it stood at
 * the end of its period, years later, and not as it stands today.
 */
@ObjectType({ description: "One change of a task's status: who reported it, on which day, with what note." })
@Entity("task_status_change")
@Index(["taskId", "changedAt"])
export class TaskStatusChange {
  @PrimaryColumn({ type: "varchar", length: 40 })
  id!: string;

  @Index()
  @Column({ type: "varchar", length: 160 })
  taskId!: string;

  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Field(() => TaskStatus)
  @Column({ type: "varchar", length: 32 })
  status!: TaskStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  progressNote!: string | null;

  @Field(() => DateScalar, { description: "The day, in Vietnam, the status changed." })
  @Column({ type: "date" })
  changedOn!: string;

  @Field(() => DateTimeScalar)
  @Column({ type: "varchar", length: 30 })
  changedAt!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: "The reporting official's agency code." })
  @Column({ type: "varchar", length: 80, nullable: true })
  agencyCode!: string | null;
}

/** Keeps a change of status (or of its note) in the history, in the write's transaction. */
export function recordStatusChange(ctx: HubContext) {
  return async (manager: EntityManager, task: Task, before: Task | null): Promise<void> => {
    if (before && before.status === task.status && before.progressNote === task.progressNote) return;
    const viewer = ctx.viewer.anonymous ? null : ctx.viewer;
    const now = new Date();
    await manager.insert(TaskStatusChange, {
      // time-ordered (RFC 9562 UUIDv7): an append-only history's inserts go to the end of its key's index
      id: timeOrderedId(),
      taskId: task.id,
      provinceCode: task.provinceCode,
      status: task.status,
      progressNote: task.progressNote ?? null,
      changedOn: todayInVietnam(now),
      changedAt: now.toISOString(),
      userId: viewer?.userId ?? null,
      agencyCode: viewer?.agencyCode ?? null,
    });
  };
}

/**
 * A task's status as it stood at the end of `day`, and when it was marked
 * done: from its history; a task changed before its history was kept counts
 * its current status from its last change.
 */
export function statusOn(task: Task, history: TaskStatusChange[], day: string): { status: TaskStatus; doneOn: string | null } {
  const changes = history.length
    ? history
    : task.status !== TaskStatus.NOT_STARTED
      ? [{ status: task.status, changedOn: todayInVietnam(new Date(task.updatedAt)) } as TaskStatusChange]
      : [];
  let status = TaskStatus.NOT_STARTED;
  let doneOn: string | null = null;
  for (const change of changes) {
    if (change.changedOn > day) break;
    if (change.status === TaskStatus.DONE && status !== TaskStatus.DONE) doneOn = change.changedOn;
    if (change.status !== TaskStatus.DONE) doneOn = null;
    status = change.status;
  }
  return { status, doneOn };
}
