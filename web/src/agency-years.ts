import type { TFunction } from "i18next";
import { formatDate } from "./format";

interface Dated {
  validFrom?: string | null;
  validUntil?: string | null;
}

/**
 * Whether the agency existed on some day of the year (the plans department
 * applies the same rule to the reports it owes): the 2025 reorganisation
 * ended some (the information department on 28/02/2025, the district people's
 * committees on 30/06/2025) and began others, which owe nothing in a year
 * outside their life — not even a focal point.
 */
export function existedIn(agency: Dated, year: number): boolean {
  return (!agency.validFrom || agency.validFrom <= `${year}-12-31`) && (!agency.validUntil || agency.validUntil >= `${year}-01-01`);
}

/** Why an agency owes nothing in the year: it was ended before it, or begun after it. */
export function outsideItsLife(agency: Dated, year: number, t: TFunction): string {
  return agency.validUntil && agency.validUntil < `${year}-01-01`
    ? t("agency.endedOn", { date: formatDate(agency.validUntil) })
    : t("agency.startedOn", { date: formatDate(agency.validFrom) });
}
