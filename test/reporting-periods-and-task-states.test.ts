import { daysBetween, inPeriod, periodDates, workingDaysAfter } from "../shared/core/calendar";
import { ReportState } from "../subgraphs/plans/enums";
import { TrackingState, trackingState } from "../subgraphs/plans/plan/task-states";
import { reportState } from "../subgraphs/plans/reporting/reporting";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("reporting periods (Decree 09/2019/NĐ-CP, Art. 12)", () => {
  it("counts a six-month report from 15 December of the year before to 14 June, and an annual one to 14 December", () => {
    expect(periodDates("SEMI_ANNUAL", 2026)).toEqual({ from: "2025-12-15", until: "2026-06-14" });
    expect(periodDates("ANNUAL", 2026)).toEqual({ from: "2025-12-15", until: "2026-12-14" });
  });

  it.each([
    ["2025-12-14", "SEMI_ANNUAL", 2026, false],
    ["2025-12-15", "SEMI_ANNUAL", 2026, true],
    ["2026-06-14", "SEMI_ANNUAL", 2026, true],
    ["2026-06-15", "SEMI_ANNUAL", 2026, false],
    ["2026-10-02", "SEMI_ANNUAL", 2026, false],
    ["2026-12-14", "ANNUAL", 2026, true],
    ["2026-12-15", "ANNUAL", 2026, false],
    ["2026-12-15", "ANNUAL", 2027, true],
    ["2024-02-29", "SEMI_ANNUAL", 2024, true],
  ] as const)("counts %s in the %s report of %i: %s", (day, period, year, inside) => {
    expect(inPeriod(day, periodDates(period, year))).toBe(inside);
  });

  it("counts working days over a weekend", () => {
    expect(workingDaysAfter("2026-12-04", 2)).toBe("2026-12-08"); // a Friday
    expect(workingDaysAfter("2026-12-07", 2)).toBe("2026-12-09");
  });

  it("counts days across a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
  });
});

describeWithoutDatabase("the Government's task states, as of a day", () => {
  const task = { startsOn: "2026-04-01", endsOn: "2026-06-30" };
  it.each([
    ["done on its last day", { status: "DONE", doneOn: "2026-06-30" }, "2026-12-04", TrackingState.COMPLETED_ON_TIME, 0],
    ["done the day after", { status: "DONE", doneOn: "2026-07-01" }, "2026-12-04", TrackingState.COMPLETED_LATE, 1],
    ["open on its last day", { status: "IN_PROGRESS", doneOn: null }, "2026-06-30", TrackingState.IN_PROGRESS_ON_TIME, 0],
    ["open the day after", { status: "IN_PROGRESS", doneOn: null }, "2026-07-01", TrackingState.IN_PROGRESS_OVERDUE, 1],
    ["not started before its time", { status: "NOT_STARTED", doneOn: null }, "2026-03-31", TrackingState.NOT_YET_DUE, 0],
    ["not started within its time", { status: "NOT_STARTED", doneOn: null }, "2026-04-01", TrackingState.IN_PROGRESS_ON_TIME, 0],
    ["cancelled", { status: "CANCELLED", doneOn: null }, "2026-12-04", TrackingState.CANCELLED, 0],
  ] as const)("%s", (_what, at, asOf, state, days) => {
    expect(trackingState(task, at, asOf)).toEqual({ state, daysOverdue: days });
  });

  it("says a task without an end date has none, rather than calling it on time", () => {
    expect(trackingState({ startsOn: null, endsOn: null }, { status: "IN_PROGRESS", doneOn: null }, "2026-12-04")).toEqual({
      state: TrackingState.NO_DEADLINE,
      daysOverdue: 0,
    });
  });

  it("counts days overdue across 29 February", () => {
    expect(trackingState({ startsOn: null, endsOn: "2024-02-28" }, { status: "IN_PROGRESS", doneOn: null }, "2024-03-01").daysOverdue).toBe(
      2,
    );
  });
});

describeWithoutDatabase("a report's state against a deadline that cannot be read", () => {
  it.each([
    ["not sent", null, "2019-12-20", ReportState.DEADLINE_UNKNOWN],
    ["sent", "2019-12-01", "2019-12-20", ReportState.DEADLINE_UNKNOWN],
  ] as const)("is DEADLINE_UNKNOWN when %s: never on time, late, missing or pending", (_what, submittedOn, today, state) => {
    expect(reportState(null, submittedOn, today)).toBe(state);
  });

  it.each([
    ["on the deadline", "2019-06-05", "2019-06-05", ReportState.ON_TIME],
    ["the day after", "2019-06-06", "2019-06-06", ReportState.LATE],
  ] as const)("is counted from a real deadline when sent %s", (_what, submittedOn, today, state) => {
    expect(reportState("2019-06-05", submittedOn, today)).toBe(state);
  });

  it("is MISSING only from the day after the deadline", () => {
    expect(reportState("2019-06-05", null, "2019-06-05")).toBe(ReportState.PENDING);
    expect(reportState("2019-06-05", null, "2019-06-06")).toBe(ReportState.MISSING);
  });
});
