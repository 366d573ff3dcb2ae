import fs from "node:fs";

/**
 * Who holds which state-management function in a province, on a date
 * (docs/domain.md, "The 2025 reorganisation"). Departments are operated by a
 * function, not by agency codes: the plans department by whoever holds
 * foreign information — the information department (STTTT) until it was
 * dissolved on 1 March 2025, the culture department (Sở VHTTDL) since —
 * so a 2019 plan is STTTT's and a 2026 plan the culture department's, and an
 * agency can hand its functions to different successors (STTTT's digital
 * work went to Science and Technology, its foreign information to Culture).
 *
 * Each department's manifest states its function and the national rule for
 * it (`holders`); the plans directory adds functions no department operates.
 * Where a province differs — foreign affairs merged into the Office of the
 * People's Committee, a separate tourism department leaving foreign
 * information to a Sở Văn hóa và Thể thao — the operator says so in a JSON
 * file named by `HUB_FUNCTION_HOLDERS_FILE` (an array of holdings, each with
 * its `function` and `provinces`), read by every service, so all decide alike.
 */
export interface FunctionHolding {
  /** The agency's directory code (`STTTT`, `SVHTTDL`). */
  agency: string;
  /** First and last day it holds the function (ISO dates; open when absent). */
  from?: string;
  until?: string;
  /** The text that assigns it, as officials cite it. */
  basis?: string;
}

/** A function with its national rule: `FOREIGN_INFORMATION`, held by STTTT until 2025-02-28, then SVHTTDL. */
export interface StateFunction {
  name: string;
  /** In Vietnamese, as a document names it: "thông tin đối ngoại". */
  label: string;
  holders: readonly FunctionHolding[];
}

/** A province's own holdings, from the operator's file. */
interface ProvinceHolding extends FunctionHolding {
  function: string;
  provinces: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROVINCE = /^VN-(\d{2}|HN|SG|HP|DN|CT)$/;

function readProvinceHoldings(): ProvinceHolding[] {
  const file = process.env.HUB_FUNCTION_HOLDERS_FILE?.trim();
  if (!file) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`HUB_FUNCTION_HOLDERS_FILE cannot be read as JSON (${file}): ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error("HUB_FUNCTION_HOLDERS_FILE must hold an array of function holdings");
  return parsed.map((entry, i) => {
    const holding = (entry ?? {}) as ProvinceHolding;
    const where = `HUB_FUNCTION_HOLDERS_FILE, entry ${i + 1}`;
    if (typeof holding.function !== "string" || !/^[A-Z_]+$/.test(holding.function))
      throw new Error(`${where}: function must be a function's name, such as FOREIGN_INFORMATION`);
    if (typeof holding.agency !== "string" || !/^[A-Z][A-Z0-9-]*$/.test(holding.agency))
      throw new Error(`${where}: agency must be a directory code, such as SVHTT`);
    if (!Array.isArray(holding.provinces) || holding.provinces.length === 0 || holding.provinces.some((p) => !PROVINCE.test(p)))
      throw new Error(`${where}: provinces must list the ISO 3166-2:VN codes it is for`);
    for (const day of [holding.from, holding.until])
      if (day !== undefined && (typeof day !== "string" || !ISO_DATE.test(day)))
        throw new Error(`${where}: from and until are dates (YYYY-MM-DD)`);
    return holding;
  });
}

let provinceHoldings: ProvinceHolding[] | null = null;

/** The operator's holdings for particular provinces, read once (a service restarts to change them). */
function ownHoldings(): ProvinceHolding[] {
  provinceHoldings ??= readProvinceHoldings();
  return provinceHoldings;
}

const within = (holding: FunctionHolding, on: string) => (!holding.from || holding.from <= on) && (!holding.until || on <= holding.until);

/** Every holding of `fn` in `province`, on any date: the province's own where it has any for the function, else the national rule. */
export function holdingsOf(fn: StateFunction, province: string): readonly FunctionHolding[] {
  const own = ownHoldings().filter((h) => h.function === fn.name && h.provinces.includes(province));
  return own.length > 0 ? own : fn.holders;
}

/** The agencies (directory codes) holding `fn` in `province` on `on` (an ISO date). */
export function holdersOf(fn: StateFunction, province: string, on: string): string[] {
  return holdingsOf(fn, province)
    .filter((h) => within(h, on))
    .map((h) => h.agency);
}

/** Whether agency `code` of `province` holds `fn` on `on`, or (without a date) ever did. */
export function holds(code: string, fn: StateFunction, province: string, on?: string): boolean {
  return holdingsOf(fn, province).some((h) => h.agency === code && (on === undefined || within(h, on)));
}

/** The agencies that took `fn` over from `code` in `province` the day after its holding ended. */
export function successorsIn(fn: StateFunction, code: string, province: string): string[] {
  const ended = holdingsOf(fn, province).find((h) => h.agency === code && h.until);
  return ended?.until ? holdersOf(fn, province, dayAfter(ended.until)) : [];
}

export function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Today's date in Vietnam (UTC+7), as deadlines, plans' years and functions are read. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
