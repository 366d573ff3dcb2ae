import { dateProblemParams, findDates, type DateReading } from "./dates";
import { foldAligned } from "./normalize";
import type { Place, Warnings } from "./warnings";

export interface ReportingDeadline {
  period: "SEMI_ANNUAL" | "ANNUAL" | "AD_HOC";
  dueOn: string | null;
  rawText: string;
}

/** Clauses: sentences and ";"-separated parts, where one obligation is stated. */
function clauses(paragraph: string): string[] {
  return paragraph.split(/;\s*|(?<=[.!?])\s+(?=\p{Lu})/u).filter((c) => c.trim());
}

/** "trước ngày 20/6", "chậm nhất ngày 15 tháng 11 năm 2020": the deadline keyword right before a date. */
const DEADLINE_BEFORE = /(truoc|cham nhat|khong muon hon|han chot)(\s+ngay)?\s*$/;

interface Deadline {
  date: DateReading;
  start: number;
  end: number;
  rawText: string;
}

function deadlinesIn(clause: string, year: number): Deadline[] {
  const folded = foldAligned(clause);
  return findDates(clause, year).flatMap((date) => {
    // only the words just before the date: a long clause with many dates costs its length, not its square
    const from = Math.max(0, date.index - 40);
    const keyword = DEADLINE_BEFORE.exec(folded.slice(from, date.index));
    if (!keyword) return [];
    const start = from + keyword.index;
    const end = date.index + date.raw.length;
    return [{ date, start, end, rawText: clause.slice(start, end) }];
  });
}

// The last period word before a deadline says which report it is for.
const PERIOD = /((?:0?6|sau)\s+thang(?:\s+(?:dau|cuoi)\s+nam)?|giua nam|so ket)|((?<!viet )(?<![a-z])nam(?![a-z])(?!\s*\d)|tong ket)/g;

function periodOf(segment: string): ReportingDeadline["period"] | null {
  let period: ReportingDeadline["period"] | null = null;
  for (const match of segment.matchAll(PERIOD)) period = match[1] ? "SEMI_ANNUAL" : "ANNUAL";
  return period;
}

const LABEL = { SEMI_ANNUAL: "six-month", ANNUAL: "annual", AD_HOC: "ad hoc" } as const;

/** A paragraph and where it is (section III, the closing), so a warning can say so. */
export interface Located {
  where: Place;
  text: string;
  /** The kind of section it is in ("tasks", "assignments", …), or "closing". */
  kind?: string | null;
}

/**
 * Report deadlines stated anywhere in the plan, the closing paragraphs
 * included: "báo cáo định kỳ 6 tháng (trước ngày 20/6), năm (trước ngày
 * 20/11)", "Định kỳ 6 tháng (trước ngày 10/6) và hàng năm (trước ngày 10/12),
 * các cơ quan báo cáo …", "báo cáo đột xuất theo yêu cầu". A date without a
 * year is in the plan's year ("hàng năm": every year, so this plan's); one
 * that does not exist stays null with a warning, its text kept. A plan that
 * states one report deadline without a period has it for the year.
 */
export function readReportingDeadlines(paragraphs: Located[], year: number, warnings: Warnings): ReportingDeadline[] {
  const found: ReportingDeadline[] = [];
  const unperioded: { deadline: Deadline; where: Place }[] = [];
  const add = (deadline: ReportingDeadline) => {
    if (!found.some((d) => d.period === deadline.period && d.rawText === deadline.rawText)) found.push(deadline);
  };
  const notReal = (where: Place, period: ReportingDeadline["period"], deadline: Deadline) => {
    if (!deadline.date.iso)
      warnings.add(
        where,
        "REPORT_DEADLINE_NOT_REAL",
        { period, text: deadline.rawText, ...dateProblemParams(deadline.date) },
        `${LABEL[period]} report deadline '${deadline.date.raw}' is not a real date (${deadline.date.problem?.reason ?? "invalid"}); dueOn left null, '${deadline.rawText}' kept as written`,
      );
  };
  for (const { where, text, kind } of paragraphs) {
    for (const clause of clauses(text)) {
      const folded = foldAligned(clause);
      const report = folded.indexOf("bao cao");
      // a clause naming focal points ("… cử cán bộ đầu mối và báo cáo danh sách …") sets that deadline, not a report's
      if (report < 0 || NAMES_FOCAL_POINTS.test(folded)) continue;
      let from = 0;
      for (const deadline of deadlinesIn(clause, year)) {
        const period = periodOf(folded.slice(from, deadline.start));
        from = deadline.end;
        if (!period) {
          // a deadline without a period may be the year's report only where the plan says how it is carried out,
          // and only after the words "báo cáo" ("gửi báo cáo … trước ngày …"), never a task's own date
          if (kind !== "tasks" && kind !== "objectives" && deadline.start > report) unperioded.push({ deadline, where });
          continue;
        }
        notReal(where, period, deadline);
        add({ period, dueOn: deadline.date.iso, rawText: deadline.rawText });
      }
      const adHoc = /(?:bao cao\s+)?(?<![a-z])dot xuat(?![a-z])[^,;.(]*/.exec(folded.slice(report));
      if (adHoc) {
        const start = report + adHoc.index;
        add({ period: "AD_HOC", dueOn: null, rawText: clause.slice(start, start + adHoc[0].length).trim() });
      }
    }
  }
  const distinct = [...new Map(unperioded.map((u) => [u.deadline.rawText, u])).values()];
  if (!found.some((d) => d.period !== "AD_HOC") && distinct.length === 1) {
    notReal(distinct[0].where, "ANNUAL", distinct[0].deadline);
    found.unshift({ period: "ANNUAL", dueOn: distinct[0].deadline.date.iso, rawText: distinct[0].deadline.rawText });
  }
  return found;
}

/** A clause about naming people: "đầu mối", "cử cán bộ", "phân công 01 lãnh đạo", "bố trí công chức". */
const NAMES_FOCAL_POINTS =
  /(?<![a-z])dau moi(?![a-z])|(?<![a-z])(?:phan cong|cu|bo tri)\s+(?:\S+\s+){0,2}(?:can bo|cong chuc|lanh dao)(?![a-z])/;

/** Naming focal points: "phân công … phụ trách …", "đầu mối …". */
const FOCAL_POINT =
  /(?<![a-z])dau moi(?![a-z])|(?<![a-z])(phan cong|cu|bo tri|danh sach)(?![a-z]).*(?<![a-z])(phu trach|lanh dao|cong chuc|can bo)(?![a-z])/;

/** The deadline for naming each agency's focal points ("… gửi về Sở … trước ngày 31/03/2019"). */
export function readFocalPointDeadline(
  paragraphs: Located[],
  year: number,
  warnings: Warnings,
): { dueOn: string | null; rawText: string } | null {
  for (const { where, text } of paragraphs) {
    for (const clause of clauses(text)) {
      if (!FOCAL_POINT.test(foldAligned(clause))) continue;
      const [deadline] = deadlinesIn(clause, year);
      if (!deadline) continue;
      if (!deadline.date.iso)
        warnings.add(
          where,
          "FOCAL_POINT_DEADLINE_NOT_REAL",
          { text: deadline.rawText, ...dateProblemParams(deadline.date) },
          `focal-point deadline '${deadline.date.raw}' is not a real date (${deadline.date.problem?.reason ?? "invalid"}); dueOn left null, '${deadline.rawText}' kept as written`,
        );
      return { dueOn: deadline.date.iso, rawText: deadline.rawText };
    }
  }
  return null;
}
