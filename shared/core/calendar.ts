/**
 * Days as the hub's rules count them: the data periods of periodic reports
 * (Decree 09/2019/NĐ-CP on reporting by state administrative bodies, Art. 12,
 * as the decrees and circulars built on it apply it: a six-month report
 * counts 15 December of the year before to 14 June, an annual one 15
 * December to 14 December), and working days (Monday to Friday; public
 * holidays are not known to the hub, so whoever counts adds them).
 */
export type ReportingPeriod = "SEMI_ANNUAL" | "ANNUAL";

export interface PeriodDates {
  /** First and last day whose data the report counts (ISO dates). */
  from: string;
  until: string;
}

export function periodDates(period: ReportingPeriod, year: number): PeriodDates {
  return { from: `${year - 1}-12-15`, until: period === "SEMI_ANNUAL" ? `${year}-06-14` : `${year}-12-14` };
}

/** Whether an ISO date falls in the period (both ends included). */
export function inPeriod(day: string | null | undefined, dates: PeriodDates): boolean {
  return !!day && dates.from <= day && day <= dates.until;
}

/** Days from `from` to `to` (ISO dates), counted in UTC so no clock change moves them. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day `n` working days (Monday to Friday) after `day`. */
export function workingDaysAfter(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  for (let counted = 0; counted < n;) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) counted += 1;
  }
  return date.toISOString().slice(0, 10);
}
