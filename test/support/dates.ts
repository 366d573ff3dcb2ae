import { todayInVietnam } from "../../shared/core/functions";

/** The day `days` from today in Vietnam (negative: before), ISO: tests about deadlines run on any date. */
export function daysFromToday(days: number): string {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An ISO date as officials write it: 2026-12-04 → 04/12/2026. */
export const dmy = (iso: string): string => iso.split("-").reverse().join("/");
