import { agencyId, REFERENCE_DIRECTORY, type DirectoryEntry } from "../../subgraphs/plans/directory/reference-directory";
import type { ProvinceSpec } from "./geography";

/** The provincial agencies of the hub's directory (An Giang's entries, without district committees). */
const PROVINCIAL: DirectoryEntry[] = (REFERENCE_DIRECTORY.find((p) => p.code === "VN-44")?.agencies ?? []).filter(
  (a) => !a.code.startsWith("UBND-H:"),
);

export interface AgencySpec extends DirectoryEntry {
  id: string;
  successorId: string | null;
}

/** A province's directory, with its own newspaper and broadcaster names. */
export function provinceAgencies(province: ProvinceSpec): AgencySpec[] {
  return PROVINCIAL.map((entry) => ({
    ...entry,
    name:
      entry.code === "BAO" ? `Báo ${province.name}` : entry.code === "DAI" ? `Đài Phát thanh - Truyền hình ${province.name}` : entry.name,
    id: agencyId(province.code, entry.code),
    successorId: entry.successorCode ? agencyId(province.code, entry.successorCode) : null,
  }));
}

/** Whether the agency exists on `date` (the 2025 consolidation ended some). */
export function activeOn(agency: DirectoryEntry, date: string): boolean {
  return (!agency.validFrom || agency.validFrom <= date) && (!agency.validUntil || agency.validUntil >= date);
}

/** The agency that holds `code`'s duties in `year`: STTTT and SKHDT passed theirs on in 2025. */
export function codeInYear(code: string, year: number): string {
  const date = `${year}-06-30`;
  const entry = PROVINCIAL.find((a) => a.code === code);
  return entry && !activeOn(entry, date) && entry.successorCode ? entry.successorCode : code;
}

export function agencyName(code: string): string {
  return PROVINCIAL.find((a) => a.code === code)?.name ?? code;
}
