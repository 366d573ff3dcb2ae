import type { TFunction } from "i18next";
import { formatDate } from "./format";

interface Dated {
  validFrom?: string | null;
  validUntil?: string | null;
}

/**
 * Why an agency owes nothing in a year its `existedIn(year)` says it did not
 * exist in (the plans department decides that): it was ended before the
 * year, or begun after it, by the 2025 reorganisation.
 */
export function outsideItsLife(agency: Dated, year: number, t: TFunction): string {
  return agency.validUntil && agency.validUntil < `${year}-01-01`
    ? t("agency.endedOn", { date: formatDate(agency.validUntil) })
    : t("agency.startedOn", { date: formatDate(agency.validFrom) });
}
