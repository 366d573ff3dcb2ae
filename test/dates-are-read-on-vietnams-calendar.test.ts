import { todayInVietnam } from "../shared/core/functions";
import { TaskStatus } from "../subgraphs/plans/enums";
import type { Task } from "../subgraphs/plans/plan/task";
import { statusOn } from "../subgraphs/plans/plan/task-history";
import { exportDate } from "../web/src/export";
import { formatDate, formatMoment, vietnamDay } from "../web/src/format";
import { describeWithoutDatabase } from "./support/database-free";

// 17:30 UTC on 4 December is 00:30 on 5 December in Vietnam: whatever happens then happened on the 5th.
const HALF_PAST_MIDNIGHT_IN_HANOI = "2026-12-04T17:30:00.000Z";

describeWithoutDatabase("a moment is dated by Vietnam's calendar, not UTC's or the browser's", () => {
  it("shows a reminder sent at half past midnight in Hanoi under that day", () => {
    expect(formatDate(HALF_PAST_MIDNIGHT_IN_HANOI)).toBe("05/12/2026");
    expect(vietnamDay("2026-12-04T16:59:59Z")).toBe("2026-12-04");
  });

  it("leaves a calendar date as it is written", () => {
    expect(formatDate("2026-12-04")).toBe("04/12/2026");
    expect(formatDate(null)).toBe("");
  });

  it("writes a spreadsheet's date cell on the same calendar", () => {
    expect(exportDate(HALF_PAST_MIDNIGHT_IN_HANOI)).toEqual({ date: "2026-12-05" });
    expect(exportDate("2026-06-30")).toEqual({ date: "2026-06-30" });
  });

  it("reads a moment's time on Hanoi's clock", () => {
    expect(formatMoment(HALF_PAST_MIDNIGHT_IN_HANOI)).toMatch(/^00:30:00 5\/12\/2026$/);
  });

  it("starts a new year at midnight in Hanoi", () => {
    expect(todayInVietnam(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
    expect(todayInVietnam(new Date("2026-12-31T16:59:59Z"))).toBe("2026-12-31");
  });

  it("counts a task marked done before its history was kept on the day it was done in Hanoi", () => {
    const task = { status: TaskStatus.DONE, updatedAt: HALF_PAST_MIDNIGHT_IN_HANOI } as unknown as Task;
    expect(statusOn(task, [], "2026-12-04").status).toBe(TaskStatus.NOT_STARTED);
    expect(statusOn(task, [], "2026-12-05")).toEqual({ status: TaskStatus.DONE, doneOn: "2026-12-05" });
  });
});
