import { registerEnumType } from "type-graphql";
import { daysBetween } from "../../../shared/core/calendar";

/**
 * A task's state as officials count them in the Government's task tracking
 * (Quyết định số 42/2014/QĐ-TTg, amended by 23/2018/QĐ-TTg; reports count
 * tasks done on time or late, and those not done, within their deadline or
 * overdue): beside the plan's own status, as of a day.
 */
export enum TrackingState {
  COMPLETED_ON_TIME = "COMPLETED_ON_TIME",
  COMPLETED_LATE = "COMPLETED_LATE",
  IN_PROGRESS_ON_TIME = "IN_PROGRESS_ON_TIME",
  IN_PROGRESS_OVERDUE = "IN_PROGRESS_OVERDUE",
  NOT_YET_DUE = "NOT_YET_DUE",
  /** The plan dropped it ("không thực hiện"): counted in no share. */
  CANCELLED = "CANCELLED",
  /** Its timeframe gives no end date: nobody can say whether it is late. */
  NO_DEADLINE = "NO_DEADLINE",
}
registerEnumType(TrackingState, {
  name: "TrackingState",
  description:
    "As the Government's task tracking counts: hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, đang thực hiện quá hạn, chưa đến hạn; and cancelled, or without an end date.",
});

/** The Vietnamese names officials know, for documents. */
export const TRACKING_STATE_NAMES: Record<TrackingState, string> = {
  COMPLETED_ON_TIME: "hoàn thành đúng hạn",
  COMPLETED_LATE: "hoàn thành quá hạn",
  IN_PROGRESS_ON_TIME: "đang thực hiện trong hạn",
  IN_PROGRESS_OVERDUE: "đang thực hiện quá hạn",
  NOT_YET_DUE: "chưa đến hạn",
  CANCELLED: "không thực hiện",
  NO_DEADLINE: "chưa xác định thời hạn",
};

export interface StatusAt {
  status: string;
  /** The day it was marked done, when it is. */
  doneOn: string | null;
}

/**
 * The state of a task as of `asOf`, from its timeframe and its status as it
 * stood that day, with days overdue: for one done late, from its end to the
 * day it was done; for one still open after its end, to `asOf`.
 */
export function trackingState(
  task: { startsOn: string | null; endsOn: string | null },
  at: StatusAt,
  asOf: string,
): { state: TrackingState; daysOverdue: number } {
  if (at.status === "CANCELLED") return { state: TrackingState.CANCELLED, daysOverdue: 0 };
  if (!task.endsOn) return { state: TrackingState.NO_DEADLINE, daysOverdue: 0 };
  if (at.status === "DONE") {
    const doneOn = at.doneOn ?? asOf;
    return doneOn <= task.endsOn
      ? { state: TrackingState.COMPLETED_ON_TIME, daysOverdue: 0 }
      : { state: TrackingState.COMPLETED_LATE, daysOverdue: daysBetween(task.endsOn, doneOn) };
  }
  if (asOf > task.endsOn) return { state: TrackingState.IN_PROGRESS_OVERDUE, daysOverdue: daysBetween(task.endsOn, asOf) };
  if (task.startsOn && asOf < task.startsOn && at.status === "NOT_STARTED") return { state: TrackingState.NOT_YET_DUE, daysOverdue: 0 };
  return { state: TrackingState.IN_PROGRESS_ON_TIME, daysOverdue: 0 };
}
