import { Directive, Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../../shared/core/domain";
import { DateInput, EnumInput, EnumOf, LongText, Reference, ReferenceInput, Text, TextInput } from "../../../shared/records/fields";
import { VersionedRecord } from "../../../shared/records/records";
import { ParticipantRole, TaskStatus } from "../enums";

@ObjectType({ description: "When a task is to be done: the label as written and the dates it means." })
export class Timeframe {
  @Field({ description: "e.g. 'Trong quý II - quý III năm 2019'." })
  label!: string;

  @Field(() => DateScalar, { nullable: true })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;
}

/** A numbered item of a plan's content (Nội dung), possibly nested (5.1.5 a). */
@Directive(`@key(fields: "id")`)
@ObjectType()
@Entity()
@Index(["provinceCode", "year"])
export class Task extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 120 })
  planId!: string;

  @Index()
  @Column({ type: "varchar", length: 160, nullable: true })
  parentId!: string | null;

  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Column({ type: "integer" })
  year!: number;

  @Field(() => Int, { description: "Place in the document, counting nested items." })
  @Column({ type: "integer" })
  position!: number;

  @Text(40, { description: "As numbered in the document: '1', '5.1.5', 'a'." })
  ordinal!: string;

  @Text(80, { description: "Full number from the top, e.g. '5.1.5.a'." })
  outline!: string;

  @Field(() => Int, { description: "0 for a top-level task." })
  @Column({ type: "integer", default: 0 })
  depth!: number;

  @LongText({ nullable: false, searchable: true })
  title!: string;

  @LongText({ description: "The body of the item, as written." })
  text!: string | null;

  @EnumOf(TaskStatus)
  status: TaskStatus = TaskStatus.NOT_STARTED;

  @LongText({ description: "The lead agency's latest note on progress." })
  progressNote!: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  timeframeLabel!: string | null;

  @Column({ type: "date", nullable: true })
  startsOn!: string | null;

  @Index()
  @Column({ type: "date", nullable: true })
  endsOn!: string | null;

  @Field(() => Timeframe, { nullable: true })
  get timeframe(): Timeframe | null {
    if (!this.timeframeLabel && !this.startsOn && !this.endsOn) return null;
    return { label: this.timeframeLabel ?? "", startsOn: this.startsOn, endsOn: this.endsOn };
  }
}

/** A task is overdue when its timeframe has ended and it is neither DONE nor CANCELLED. */
export function isOverdue(task: Pick<Task, "endsOn" | "status">, today: string): boolean {
  return Boolean(task.endsOn && task.endsOn < today && task.status !== TaskStatus.DONE && task.status !== TaskStatus.CANCELLED);
}

/** An agency named as lead (chủ trì) or coordinator (phối hợp) of a task, as the document wrote it. */
@ObjectType()
@Entity()
export class TaskParticipant {
  @Column({ type: "varchar", length: 200, primary: true })
  id!: string;

  @Index()
  @Column({ type: "varchar", length: 160 })
  taskId!: string;

  @EnumOf(ParticipantRole)
  role!: ParticipantRole;

  @Column({ type: "integer" })
  position!: number;

  @Reference()
  agencyId!: string | null;

  @Text(300, { description: "As written; collective phrases ('các sở, ban, ngành') match no agency." })
  nameAsWritten!: string;
}

/** A border gate a task names (e.g. Lệ Thanh in Gia Lai 2019, task 6). */
@Entity()
export class TaskBorderGate {
  @Column({ type: "varchar", length: 300, primary: true })
  id!: string;

  @Index()
  @Column({ type: "varchar", length: 160 })
  taskId!: string;

  @Index()
  @Column({ type: "varchar", length: 120 })
  borderGateId!: string;
}

@InputType({ description: "A task added to a plan by the information department." })
export class TaskInput {
  @ReferenceInput({ optional: false })
  planId!: string;

  @ReferenceInput({ description: "The task this one is nested in." })
  parentId?: string | null;

  @TextInput(40)
  ordinal!: string;

  @TextInput(5000)
  title!: string;

  @TextInput(50000, { optional: true })
  text?: string | null;

  @TextInput(200, { optional: true })
  timeframeLabel?: string | null;

  @DateInput()
  startsOn?: string | null;

  @DateInput({ notBefore: "startsOn" })
  endsOn?: string | null;
}

@InputType({ description: "What a lead agency reports on its task." })
export class TaskProgressInput {
  @EnumInput(TaskStatus)
  status!: TaskStatus;

  @TextInput(20000, { optional: true })
  progressNote?: string | null;
}
