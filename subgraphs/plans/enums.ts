import { registerEnumType } from "type-graphql";

export enum TaskStatus {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(TaskStatus, { name: "TaskStatus" });

export enum ReportPeriod {
  SEMI_ANNUAL = "SEMI_ANNUAL",
  ANNUAL = "ANNUAL",
  AD_HOC = "AD_HOC",
}
registerEnumType(ReportPeriod, { name: "ReportPeriod" });

export enum ReportState {
  ON_TIME = "ON_TIME",
  LATE = "LATE",
  MISSING = "MISSING",
  PENDING = "PENDING",
  DEADLINE_UNKNOWN = "DEADLINE_UNKNOWN",
}
registerEnumType(ReportState, {
  name: "ReportState",
  description:
    "Computed, never typed in: ON_TIME or LATE once submitted, MISSING when the deadline passed without one, else PENDING; DEADLINE_UNKNOWN while the deadline has no usable date (the source wrote one that does not exist) until a coordinator sets it.",
});

export enum FocalPointRole {
  LEADER = "LEADER",
  OFFICER = "OFFICER",
}
registerEnumType(FocalPointRole, { name: "FocalPointRole" });

export enum ParticipantRole {
  LEAD = "LEAD",
  COORDINATOR = "COORDINATOR",
}
registerEnumType(ParticipantRole, { name: "ParticipantRole" });
