import { foldAligned, trimEndWhere } from "./normalize";

/** `YYYY-MM-DD`, or null when the day does not exist (31/11, 29/02 outside leap years). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function lastDay(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month)) as string;
}

export interface DateReading {
  /** The date as written, e.g. "31/11/2019" or "ngày 14 tháng 12 năm 2012". */
  raw: string;
  /** Offset of `raw` in the text read. */
  index: number;
  iso: string | null;
  /** Set when the written date does not exist: why, as a code with its figures and in English ("month 11 of 2019 has 30 days"). */
  problem?: DateProblem;
}

export interface DateProblem {
  code: "NO_YEAR" | "DAY_BEYOND_MONTH" | "NO_SUCH_MONTH";
  params: { month?: number; year?: number; days?: number };
  reason: string;
}

/** The English words for a date that does not exist: "date '31/11/2019' does not exist (month 11 of 2019 has 30 days)". */
export function dateWarning(date: DateReading): string {
  return date.problem?.code === "NO_YEAR"
    ? `date '${date.raw}' has no year`
    : `date '${date.raw}' does not exist (${date.problem?.reason})`;
}

/** A warning's figures for a date that does not exist: the date as written and why, flattened (`dateProblem`, `month`…). */
export function dateProblemParams(date: DateReading): Record<string, string | number> {
  return { date: date.raw, dateProblem: date.problem?.code ?? "NO_SUCH_MONTH", ...(date.problem?.params ?? {}) };
}

// Folded patterns: "14/12/2012", "20/6" (year from context), "ngày 14 tháng 12 năm 2012".
const WRITTEN =
  /(?<![\d/])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/]|\.\d)|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?(?!\d)/g;

/**
 * Every date written in `text`, in order. A date without a year takes
 * `defaultYear`; one that does not exist reads as null with a warning.
 */
export function findDates(text: string, defaultYear?: number): DateReading[] {
  const folded = foldAligned(text);
  const found: DateReading[] = [];
  for (const match of folded.matchAll(WRITTEN)) {
    const numeric = match[1] !== undefined;
    // "1.5" or "5-6" without a year are not dates; only "/" stands alone.
    if (numeric && match[4] === undefined && match[2] !== "/") continue;
    const day = Number(numeric ? match[1] : match[5]);
    const month = Number(numeric ? match[3] : match[6]);
    const writtenYear = numeric ? match[4] : match[7];
    const year = writtenYear ? Number(writtenYear) : defaultYear;
    const raw = text.slice(match.index, match.index + match[0].length);
    if (year === undefined) {
      found.push({ raw, index: match.index ?? 0, iso: null, problem: { code: "NO_YEAR", params: {}, reason: "no year" } });
      continue;
    }
    const iso = isoDate(year, month, day);
    const problem: DateProblem =
      month >= 1 && month <= 12
        ? {
            code: "DAY_BEYOND_MONTH",
            params: { month, year, days: daysInMonth(year, month) },
            reason: `month ${month} of ${year} has ${daysInMonth(year, month)} days`,
          }
        : { code: "NO_SUCH_MONTH", params: { month }, reason: `there is no month ${month}` };
    found.push({ raw, index: match.index ?? 0, iso, ...(iso ? {} : { problem }) });
  }
  return found;
}

/** The first date written in `text`, or null when there is none. */
export function readDate(text: string, defaultYear?: number): DateReading | null {
  return findDates(text, defaultYear)[0] ?? null;
}

export interface Timeframe {
  label: string;
  startsOn: string | null;
  endsOn: string | null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads a timeframe as written ("Trong quý II - quý III năm 2019", "Cả năm
 * 2019", "6 tháng đầu năm", "Từ tháng 3 đến tháng 5/2020", "Trước ngày
 * 30/6/2020"). Without a year it is the plan's year. A label that names no
 * period keeps null dates and a warning.
 */
export interface TimeframeWarning {
  code: "TIMEFRAME_DATE_NOT_REAL" | "TIMEFRAME_QUARTER_NOT_REAL" | "TIMEFRAME_NO_PERIOD";
  params: Record<string, string | number>;
  english: string;
}

export function parseTimeframe(label: string, planYear: number): { timeframe: Timeframe; warnings: TimeframeWarning[] } {
  const clean = trimEndWhere(label.trim(), /[.;,]/).trim();
  const folded = foldAligned(clean);
  const yearMatch = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(folded);
  const year = yearMatch ? Number(yearMatch[1]) : planYear;
  const result = (startsOn: string | null, endsOn: string | null, warnings: TimeframeWarning[] = []) => ({
    timeframe: { label: clean, startsOn, endsOn },
    warnings,
  });

  const dates = findDates(clean, year);
  if (dates.length > 0) {
    const warnings = dates.flatMap((d): TimeframeWarning[] =>
      d.problem
        ? [
            {
              code: "TIMEFRAME_DATE_NOT_REAL",
              params: { timeframe: clean, ...dateProblemParams(d) },
              english: `timeframe '${clean}': ${dateWarning(d)}; that date left null, the label kept as written`,
            },
          ]
        : [],
    );
    const until = /(truoc|den|cham nhat|han|khong qua)\s+(ngay\s+)?$/;
    if (dates.length >= 2) return result(dates[0].iso, dates[dates.length - 1].iso, warnings);
    const before = folded.slice(0, dates[0].index);
    if (until.test(before)) return result(null, dates[0].iso, warnings);
    if (/(tu|bat dau|ke tu)\s+(ngay\s+)?$/.test(before)) return result(dates[0].iso, null, warnings);
    return result(dates[0].iso, dates[0].iso, warnings);
  }

  // A year written after a quarter or month ("quý IV/2019", "tháng 01/2020", "tháng 12 năm 2019") belongs to it:
  // a timeframe may span two years ("Tháng 12/2019 – tháng 01/2020").
  const badQuarter = /quy\s+([ivx]+|\d+)(?![a-z\d])/.exec(folded);
  if (badQuarter && !(badQuarter[1] in ROMAN) && !/^[1-4]$/.test(badQuarter[1])) {
    return result(null, null, [
      {
        code: "TIMEFRAME_QUARTER_NOT_REAL",
        params: { timeframe: clean, quarter: badQuarter[1].toUpperCase() },
        english: `timeframe '${clean}': there is no quarter ${badQuarter[1].toUpperCase()}; dates left null, the label kept as written`,
      },
    ]);
  }
  const YEAR_AFTER = "(?:\\s*(?:\\/|-|nam)\\s*((?:19|20)\\d{2}))?";
  const quarterItems = [...folded.matchAll(new RegExp(`quy\\s+(iv|iii|ii|i|[1-4])(?![a-z\\d])${YEAR_AFTER}`, "g"))].map((m) => ({
    value: ROMAN[m[1]] ?? Number(m[1]),
    year: m[2] ? Number(m[2]) : null,
  }));
  if (quarterItems.length > 0) {
    const spans = quarterItems.some((q) => q.year !== null && q.year !== year);
    if (spans) {
      const first = quarterItems[0];
      const last = quarterItems[quarterItems.length - 1];
      return result(isoDate(first.year ?? year, first.value * 3 - 2, 1), lastDay(last.year ?? year, last.value * 3));
    }
    const quarters = quarterItems.map((q) => q.value);
    return result(isoDate(year, Math.min(...quarters) * 3 - 2, 1), lastDay(year, Math.max(...quarters) * 3));
  }

  if (/(6|06|sau)\s+thang\s+dau\s+nam|nua dau nam/.test(folded)) return result(isoDate(year, 1, 1), lastDay(year, 6));
  if (/(6|06|sau)\s+thang\s+cuoi\s+nam|nua cuoi nam/.test(folded)) return result(isoDate(year, 7, 1), lastDay(year, 12));

  const monthItems = [...folded.matchAll(new RegExp(`thang\\s+(\\d{1,2})(?!\\d)${YEAR_AFTER}`, "g"))]
    .map((m) => ({ value: Number(m[1]), year: m[2] ? Number(m[2]) : null }))
    .filter((m) => m.value >= 1 && m.value <= 12);
  if (monthItems.length > 0) {
    const first = monthItems[0];
    const last = monthItems[monthItems.length - 1];
    // Without a year of its own, the first month is in the last one's year ("Từ tháng 3 đến tháng 5/2020").
    const lastYear = last.year ?? year;
    const firstYear = first.year ?? lastYear;
    if (/(truoc|den het|cham nhat)\s+thang/.test(folded) && monthItems.length === 1) return result(null, lastDay(lastYear, last.value));
    return result(isoDate(firstYear, first.value, 1), lastDay(lastYear, last.value));
  }

  const years = [...folded.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length >= 2 && years[years.length - 1] > years[0]) return result(isoDate(years[0], 1, 1), lastDay(years[years.length - 1], 12));

  if (yearMatch || /(ca nam|trong nam|thuong xuyen|hang nam|suot nam|dai han|lien tuc)/.test(folded)) {
    return result(isoDate(year, 1, 1), lastDay(year, 12));
  }
  return result(null, null, [
    {
      code: "TIMEFRAME_NO_PERIOD",
      params: { timeframe: clean },
      english: `timeframe '${clean}' names no period; dates left null, the label kept as written`,
    },
  ]);
}
