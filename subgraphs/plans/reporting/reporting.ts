import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../../shared/core/domain";
import { DateInput, DateOnly, EnumInput, EnumOf, Integer, LongText, ReferenceInput, Text, TextInput } from "../../../shared/records/fields";
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

  @Text(120, {
    nullable: true,
    description: "The report document's number, e.g. '15/BC-SCT' (required since reports carry their document).",
  })
  documentNumber!: string | null;

  @LongText()
  summary!: string | null;

  @Text(200, { nullable: true, description: "The report document's file name, as sent; null for a report recorded without its file." })
  fileName!: string | null;

  @Text(100, { nullable: true, description: "Its media type, from its content (PDF or Word)." })
  fileType!: string | null;

  @Integer({ description: "Its size in bytes." })
  fileBytes!: number | null;

  @Text(64, { nullable: true, description: "SHA-256 of its bytes, hex." })
  fileSha256!: string | null;
}

/** The report document as sent with the report: its name and bytes (base64). */
@InputType()
export class ReportFileInput {
  @TextInput(200, { description: "The file's name, e.g. 'bao-cao-6-thang.pdf'." })
  fileName!: string;

  @Field(() => String, { description: "The file's bytes, base64: PDF or Word (.docx), at most 700 KB, told apart by content." })
  content!: string;
}

@InputType()
export class ReportInput {
  @ReferenceInput({ optional: false })
  agencyId!: string;

  @ReferenceInput({ optional: false })
  deadlineId!: string;

  @DateInput({ optional: false, description: "The date the report document bears (never assumed to be today)." })
  submittedOn!: string;

  @TextInput(120, { description: "The report document's number, e.g. '15/BC-SCT'." })
  documentNumber!: string;

  @TextInput(20000, { optional: true })
  summary?: string | null;

  @Field(() => ReportFileInput, {
    nullable: true,
    description: "The report document. Required when a report is first recorded; on a correction, omitted keeps the file sent before.",
  })
  file?: ReportFileInput | null;
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
