/** dd/mm/yyyy, as officials write dates; empty for none. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10).split("-").reverse().join("/") : "";
}

/** Today in Vietnam (UTC+7), as yyyy-mm-dd: deadlines fall due by the province's calendar, not the browser's. */
export function todayIso(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
