import { IsEnum, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { VersionedRecord } from "../../shared/records";
import { ReportPeriod, ReportState } from "./enums";

/** When agencies must report on the plan. A date the source got wrong is null, its text kept. */
@ObjectType()
@Entity()
@Index(["provinceCode", "year"])
export class ReportingDeadline extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 120 })
  planId!: string;

  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Column({ type: "integer" })
  year!: number;

  @Field(() => ReportPeriod)
  @Column({ type: "varchar", length: 16 })
  period!: ReportPeriod;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  dueOn!: string | null;

  @Field({ description: "As written, e.g. 'trước ngày 31/11/2019'." })
  @Column({ type: "varchar", length: 300 })
  rawText!: string;
}

@InputType()
export class ReportingDeadlineInput {
  @Field(() => ID)
  @Length(1, 120)
  planId!: string;

  @Field(() => ReportPeriod)
  @IsEnum(ReportPeriod)
  period!: ReportPeriod;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dueOn?: string | null;

  @Field()
  @Length(1, 300)
  rawText!: string;
}

/** A report an agency submitted against a deadline. */
@ObjectType()
@Entity()
@Index(["agencyId", "deadlineId"], { unique: true })
export class Report extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 120 })
  agencyId!: string;

  @Index()
  @Column({ type: "varchar", length: 120 })
  deadlineId!: string;

  @Field(() => DateScalar)
  @Column({ type: "date" })
  submittedOn!: string;

  @Field(() => String, { nullable: true, description: "Reference of the report document." })
  @Column({ type: "varchar", length: 120, nullable: true })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  summary!: string | null;
}

@InputType()
export class ReportInput {
  @Field(() => ID)
  @Length(1, 120)
  agencyId!: string;

  @Field(() => ID)
  @Length(1, 120)
  deadlineId!: string;

  @Field(() => DateScalar)
  submittedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  summary?: string | null;
}

/** A report as the compliance view shows it: one per agency and deadline, submitted or not. */
@ObjectType()
export class ReportStatus {
  @Field(() => ReportPeriod)
  period!: ReportPeriod;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: string | null;

  @Field({ description: "The deadline as written." })
  dueText!: string;

  @Field(() => DateScalar, { nullable: true })
  submittedOn!: string | null;

  @Field(() => ReportState)
  state!: ReportState;
}

/** Compliance is computed, never typed in (DOMAIN.md, rule 3). */
export function reportState(dueOn: string | null, submittedOn: string | null, today: string): ReportState {
  if (submittedOn) return dueOn && submittedOn > dueOn ? ReportState.LATE : ReportState.ON_TIME;
  return dueOn && today > dueOn ? ReportState.MISSING : ReportState.PENDING;
}

/** Today's date in Vietnam (UTC+7), where deadlines fall. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
