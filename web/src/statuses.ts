import type { Tone } from "./components/Label";

/** A task's statuses in the order the plan moves through them, with the tone and chart colour each is shown in. */
export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;

export const STATUS_TONES: Record<string, Tone> = { NOT_STARTED: "neutral", IN_PROGRESS: "info", DONE: "success", CANCELLED: "error" };

export const STATUS_COLORS: Record<string, string> = {
  NOT_STARTED: "#8c8c8c",
  IN_PROGRESS: "#1677ff",
  DONE: "#389e0d",
  CANCELLED: "#cf1322",
};

/** A report's computed states, with their tones. */
export const REPORT_STATE_TONES: Record<string, Tone> = {
  ON_TIME: "success",
  LATE: "warning",
  MISSING: "error",
  PENDING: "neutral",
  DEADLINE_UNKNOWN: "notice",
};

/**
 * A task's states as the Government's task tracking counts them, in the order
 * officials report them, with their tones; the last two are counted in no share.
 */
export const TRACKING_STATES = [
  "COMPLETED_ON_TIME",
  "COMPLETED_LATE",
  "IN_PROGRESS_ON_TIME",
  "IN_PROGRESS_OVERDUE",
  "NOT_YET_DUE",
  "NO_DEADLINE",
  "CANCELLED",
] as const;

export const TRACKING_TONES: Record<string, Tone> = {
  COMPLETED_ON_TIME: "success",
  COMPLETED_LATE: "warning",
  IN_PROGRESS_ON_TIME: "info",
  IN_PROGRESS_OVERDUE: "error",
  NOT_YET_DUE: "neutral",
  NO_DEADLINE: "notice",
  CANCELLED: "neutral",
};
