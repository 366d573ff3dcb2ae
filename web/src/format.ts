/** dd/mm/yyyy, as officials write dates; empty for none. A moment (with a time) is dated by Vietnam's calendar, not UTC's. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? vietnamDay(iso).split("-").reverse().join("/") : "";
}

/** The yyyy-mm-dd day of a date or of a moment in Vietnam (UTC+7): a reminder sent at 00:30 on the 5th is dated the 5th. */
export function vietnamDay(iso: string): string {
  if (iso.length <= 10) return iso;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso.slice(0, 10) : new Date(at + 7 * 3600_000).toISOString().slice(0, 10);
}

/** A moment as officials read it, on Vietnam's clock whatever the browser's zone. */
export function formatMoment(iso: string): string {
  return new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });
}

/** Today in Vietnam (UTC+7), as yyyy-mm-dd: deadlines fall due by the province's calendar, not the browser's. */
export function todayIso(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
