import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateScalar, DateTimeScalar } from "../../../shared/core/domain";

/** Which reminder of a deadline a message is: ahead of it (days configurable), once it passed, or while it cannot be read. */
export enum ReminderStep {
  BEFORE_DEADLINE = "BEFORE_DEADLINE",
  REPORT_MISSING = "REPORT_MISSING",
  DEADLINE_UNKNOWN = "DEADLINE_UNKNOWN",
}
registerEnumType(ReminderStep, { name: "ReminderStep" });

export enum ReminderStatus {
  /** Being sent now (or the sender stopped while sending: see `error`). */
  SENDING = "SENDING",
  SENT = "SENT",
  /** The mail server refused it; tried again at the next run, up to five times. */
  FAILED = "FAILED",
  /** No SMTP server is configured: listed for the coordinator to send with the letter attached. */
  TO_SEND_BY_HAND = "TO_SEND_BY_HAND",
  /** The agency has no focal point with an e-mail address: the coordinator must name one, or send it by hand. */
  NO_RECIPIENT = "NO_RECIPIENT",
}
registerEnumType(ReminderStatus, { name: "ReminderStatus" });

/**
 * One reminder to one agency for one deadline and step. The key is the
 * agency, deadline and step (`BEFORE_DEADLINE:7`), so however many replicas
 * run the scheduler, and however often, nothing is sent twice.
 */
@ObjectType({ description: "A reminder the hub sent (or listed to send) to an agency about a report it owes." })
@Entity("reminder_message")
@Index(["agencyId", "deadlineId", "stepKey"], { unique: true })
export class ReminderMessage {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 40 })
  id!: string;

  @Index()
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  agencyId!: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  deadlineId!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  year!: number;

  @Field()
  @Column({ type: "varchar", length: 16 })
  period!: string;

  @Field(() => ReminderStep)
  @Column({ type: "varchar", length: 32 })
  step!: ReminderStep;

  /** The step with its day count (`BEFORE_DEADLINE:7`): what "the same reminder" means. */
  @Column({ type: "varchar", length: 48 })
  stepKey!: string;

  @Field(() => Int, { nullable: true, description: "For a reminder ahead of the deadline: how many days ahead it was due." })
  @Column({ type: "integer", nullable: true })
  daysBefore!: number | null;

  @Field(() => DateScalar, { nullable: true, description: "The deadline it is about (null: the plan's date cannot be read)." })
  @Column({ type: "date", nullable: true })
  dueOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The new deadline the letter sets." })
  @Column({ type: "date", nullable: true })
  respondBy!: string | null;

  @Field(() => ReminderStatus)
  @Column({ type: "varchar", length: 24 })
  status!: ReminderStatus;

  @Field(() => [String], { description: "Whom it went to: the focal points' names (their addresses stay in the directory)." })
  @Column({ type: "simple-json" })
  recipients!: string[];

  @Field()
  @Column({ type: "varchar", length: 300 })
  subject!: string;

  @Field(() => DateTimeScalar)
  @Column({ type: "varchar", length: 30 })
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  sentAt!: string | null;

  @Field(() => String, { nullable: true, description: "The mail server's message id." })
  @Column({ type: "varchar", length: 300, nullable: true })
  messageId!: string | null;

  @Field(() => Int)
  @Column({ type: "integer", default: 0 })
  attempts!: number;

  /** When a replica last took it to send: one still SENDING a lease later was interrupted (its replica died) and is sent again. */
  @Column({ type: "varchar", length: 30, nullable: true })
  claimedAt!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  error!: string | null;
}

/** Which replica runs the scheduler now: the one whose lease has not run out. */
@Entity("scheduler_lease")
export class SchedulerLease {
  @PrimaryColumn({ type: "varchar", length: 40 })
  name!: string;

  @Column({ type: "varchar", length: 80 })
  holder!: string;

  /** Milliseconds since the epoch. */
  @Column({ type: "bigint" })
  until!: string;
}
