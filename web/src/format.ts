/** dd/mm/yyyy, as officials write dates; empty for none. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? iso.split("-").reverse().join("/") : "";
}
