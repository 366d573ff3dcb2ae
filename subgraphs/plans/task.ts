import { IsEnum, IsOptional, Length, MaxLength } from "class-validator";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { VersionedRecord } from "../../shared/records";
import { ParticipantRole, TaskStatus } from "./enums";

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

  @Field({ description: "As numbered in the document: '1', '5.1.5', 'a'." })
  @Column({ type: "varchar", length: 40 })
  ordinal!: string;

  @Field({ description: "Full number from the top, e.g. '5.1.5.a'." })
  @Column({ type: "varchar", length: 80 })
  outline!: string;

  @Field(() => Int, { description: "0 for a top-level task." })
  @Column({ type: "integer", default: 0 })
  depth!: number;

  @Field()
  @Column({ type: "text" })
  title!: string;

  @Field(() => String, { nullable: true, description: "The body of the item, as written." })
  @Column({ type: "text", nullable: true })
  text!: string | null;

  @Field(() => TaskStatus)
  @Column({ type: "varchar", length: 16, default: TaskStatus.NOT_STARTED })
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: "The lead agency's latest note on progress." })
  @Column({ type: "text", nullable: true })
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

  @Field(() => ParticipantRole)
  @Column({ type: "varchar", length: 16 })
  role!: ParticipantRole;

  @Column({ type: "integer" })
  position!: number;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  agencyId!: string | null;

  @Field({ description: "As written; collective phrases ('các sở, ban, ngành') match no agency." })
  @Column({ type: "varchar", length: 300 })
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
  @Field(() => ID)
  @Length(1, 120)
  planId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(160)
  parentId?: string | null;

  @Field()
  @Length(1, 40)
  ordinal!: string;

  @Field()
  @Length(1, 5000)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50000)
  text?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  timeframeLabel?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;
}

@InputType({ description: "What a lead agency reports on its task." })
export class TaskProgressInput {
  @Field(() => TaskStatus)
  @IsEnum(TaskStatus)
  status!: TaskStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  progressNote?: string | null;
}
