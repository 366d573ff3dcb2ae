import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../../shared/core/domain";
import { DateInput, DateOnly, EnumInput, EnumOf, LongText, ReferenceInput, Text, TextInput } from "../../../shared/records/fields";
import { VersionedRecord } from "../../../shared/records/records";
import { ReportPeriod, ReportState } from "../enums";

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

  @EnumOf(ReportPeriod)
  period!: ReportPeriod;

  @DateOnly()
  dueOn!: string | null;

  @Text(300, { description: "As written, e.g. 'trước ngày 31/11/2019'." })
  rawText!: string;
}

@InputType()
export class ReportingDeadlineInput {
  @ReferenceInput({ optional: false })
  planId!: string;

  @EnumInput(ReportPeriod)
  period!: ReportPeriod;

  @DateInput()
  dueOn?: string | null;

  @TextInput(300)
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

  /** The reporting agency's province: who may read and write the report follows it. */
  @Index()
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @DateOnly({ nullable: false })
  submittedOn!: string;

  @Text(120, { nullable: true, description: "Reference of the report document." })
  documentNumber!: string | null;

  @LongText()
  summary!: string | null;
}

@InputType()
export class ReportInput {
  @ReferenceInput({ optional: false })
  agencyId!: string;

  @ReferenceInput({ optional: false })
  deadlineId!: string;

  @DateInput({ optional: false })
  submittedOn!: string;

  @TextInput(120, { optional: true })
  documentNumber?: string | null;

  @TextInput(20000, { optional: true })
  summary?: string | null;
}

/** A report as the compliance view shows it: one per agency and deadline, submitted or not. */
@ObjectType()
export class ReportStatus {
  @Field(() => ID, { description: "The deadline this report is owed against (a report's `deadlineId`)." })
  deadlineId!: string;

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

  @Field(() => Report, { nullable: true, description: "The report as recorded, to correct it; null while none is." })
  report!: Report | null;
}

/** Compliance is computed, never typed in (docs/domain.md, rule 3). */
export function reportState(dueOn: string | null, submittedOn: string | null, today: string): ReportState {
  // Without a date nothing can be on time or late: say so, rather than "not due yet" for ever.
  if (!dueOn) return ReportState.DEADLINE_UNKNOWN;
  if (submittedOn) return submittedOn > dueOn ? ReportState.LATE : ReportState.ON_TIME;
  return today > dueOn ? ReportState.MISSING : ReportState.PENDING;
}

export { todayInVietnam } from "../../../shared/core/functions";
