import { provinceNamed } from "../../../../shared/core/national-directory";
import { foldVietnamese, nfc } from "../../../../shared/core/text";
import { REFERENCE_DIRECTORY } from "../../directory/reference-directory";
import { readDate } from "./dates";
import { PlanDocumentError } from "./errors";
import { foldAligned, isBlank, tidy, trimEndWhere } from "./normalize";
import { sectionHeading } from "./sections";
import { readSignatory, type Signatory } from "./signatory";
import type { Place, Warnings } from "./warnings";

export interface PlanHeader {
  title: string;
  /** Index of the first line after the title (and its "(Ban hành kèm theo …)" note). */
  bodyStart: number;
  /** Index of the "KẾ HOẠCH" line. */
  titleLine: number;
  province: { code: string | null; name: string };
  year: number;
  documentNumber: string | null;
  approvedBy: { number: string | null; issuedOn: string | null; signatory?: Signatory } | null;
  /** The plan's own date, from its header. */
  issuedOn: string | null;
  /** The approving decision's signature block, when the plan comes with one. */
  decisionSignatory: Signatory | null;
}

function isPlanTitle(line: string): boolean {
  const clean = tidy(line);
  const head = clean.slice(0, "KẾ HOẠCH".length);
  return foldAligned(head) === "ke hoach" && head === head.toUpperCase() && !/^[\p{L}\p{M}]/u.test(clean.slice(head.length));
}

/** A rule drawn under a line: "-----", "______". */
function isRule(line: string): boolean {
  return /^[-_–—=.*]{3,}$/.test(tidy(line));
}

/** The lines of an administrative document's header: issuer, motto, number, place and date. */
function isHeaderLine(line: string): boolean {
  const text = tidy(line);
  const folded = foldVietnamese(text);
  if (/^so\s*:/.test(folded) || isRule(text)) return true;
  if (/^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc)/.test(folded)) return true;
  if (/^[^,]{2,40},\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\.?$/.test(folded)) return true;
  return text === text.toUpperCase() && /^(uy ban nhan dan|ubnd|hoi dong nhan dan|tinh|thanh pho|so|ban)\b/.test(folded);
}

/** Where the front matter ends: the first legal basis or section. */
function frontMatterEnd(lines: string[]): number {
  const end = lines.findIndex((line) => sectionHeading(line) !== null || /^(can cu|thuc hien|theo|xet)\s/.test(foldVietnamese(line)));
  return end < 0 ? lines.length : end;
}

/**
 * The plan's "KẾ HOẠCH" line. An approving decision in front may name the plan
 * too, so the one that opens the plan is the last before the first section.
 * A plan whose title does not repeat the word ("… ban hành Kế hoạch …", or
 * numbered "…/KH-…") has its title on the first line after the header block.
 */
function findTitleLine(lines: string[]): { line: number; worded: boolean } | null {
  const first = lines.findIndex(isPlanTitle);
  if (first >= 0) {
    let chosen = first;
    for (let i = first + 1; i < lines.length; i++) {
      if (sectionHeading(lines[i])) break;
      if (isPlanTitle(lines[i])) chosen = i;
    }
    return { line: chosen, worded: true };
  }
  const end = frontMatterEnd(lines);
  // the sentence that enacts the plan closes the preamble, before the first section
  const firstSection = lines.findIndex((l, i) => i >= end && sectionHeading(l) !== null);
  const preamble = lines.slice(end, firstSection < 0 ? end + 40 : firstSection).join(" ");
  const announced = /\b(ban hanh|xay dung)\s+ke hoach\b/.test(foldVietnamese(preamble));
  const numbered = lines.slice(0, end).some((l) => /\/kh-/.test(foldVietnamese(numberIn(l, NUMBER_LABEL) ?? "")));
  if (!announced && !numbered) return null;
  let last = -1;
  for (let i = 0; i < end; i++) if (isHeaderLine(lines[i])) last = i;
  for (let i = last + 1; i < end; i++) if (!isBlank(lines[i])) return { line: i, worded: false };
  return null;
}

function endsTitle(line: string): boolean {
  const folded = foldVietnamese(line);
  return (
    line.startsWith("(") ||
    isRule(line) ||
    /^(can cu|thuc hien|theo|xet)\s/.test(folded) ||
    /^so\s*:/.test(folded) ||
    sectionHeading(line) !== null
  );
}

/** "Số: 21/KH-UBND" in a header (matched on folded text). */
const NUMBER_LABEL = /(?:^|\s)so\s*:\s*(\d[^\s,;]*)/;
const REFERENCE_NUMBER = /\bso\s*:?\s*(\d[\w.-]*\/[^\s,;)]*[^\s,;).])/;

function numberIn(line: string, pattern: RegExp): string | null {
  const match = pattern.exec(foldAligned(line));
  if (!match) return null;
  const start = (match.index ?? 0) + match[0].length - match[1].length;
  return nfc(line.slice(start, start + match[1].length));
}

/** "… Kế hoạch số 09/KH-UBND …" in a decision's article. */
const PLAN_NUMBER = /ke hoach\s+so\s*:?\s*(\d[\w.-]*\/[^\s,;)]*[^\s,;).])/;

/** The place and date under the motto: "Quảng Ninh, ngày 15 tháng 01 năm 2020". */
function dateLine(lines: string[]): string | null {
  for (const line of lines) {
    if (!/ngay/.test(foldVietnamese(line))) continue;
    const date = readDate(line);
    if (date?.iso && /\d{4}/.test(date.raw)) return date.iso;
  }
  return null;
}

interface Decision {
  heading: number;
  number: string | null;
  issuedOn: string | null;
  /** The plan's number when only the decision states it. */
  planNumber: string | null;
  signatory: Signatory | null;
}

/** A decision ("QUYẾT ĐỊNH … Về việc ban hành Kế hoạch …") in front of the plan. */
function readDecision(lines: string[], titleLine: number): Decision | null {
  const heading = lines.findIndex(
    (line, i) => i < titleLine && foldAligned(tidy(line)) === "quyet dinh" && tidy(line) === tidy(line).toUpperCase(),
  );
  if (heading < 0) return null;
  const body = lines.slice(heading + 1, titleLine);
  const about = body.map((l) => foldVietnamese(l)).join(" ");
  if (!/(ban hanh|phe duyet)\s+(kem theo\s+)?(quyet dinh nay\s+)?ke hoach/.test(about)) return null;
  let number: string | null = null;
  for (const line of lines.slice(0, heading)) number ??= numberIn(line, NUMBER_LABEL);
  let planNumber: string | null = null;
  for (const line of body) planNumber ??= numberIn(line, PLAN_NUMBER);
  return { heading, number, issuedOn: dateLine(lines.slice(0, heading)), planNumber, signatory: readSignatory(body) };
}

const PROVINCE_STOP = new Set(["nam", "giai", "den", "trong", "tu", "va", "voi", "cua", "ve", "thuc", "tren", "nhiem", "ky"]);

/** The province named after "tỉnh" / "thành phố" in `text`, as written. */
function provinceIn(text: string): string | null {
  const words = tidy(text).split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = foldVietnamese(words[i]);
    const skip =
      word === "tinh" || word === "tp." || word === "tp" ? 1 : word === "thanh" && foldVietnamese(words[i + 1] ?? "") === "pho" ? 2 : 0;
    if (!skip) continue;
    const name: string[] = [];
    for (const candidate of words.slice(i + skip)) {
      const clean = trimEndWhere(candidate, /[.,;:()]/);
      if (!/^[\p{Lu}\-–]/u.test(clean) || PROVINCE_STOP.has(foldVietnamese(clean)) || name.length >= 5) break;
      name.push(clean);
      if (clean !== candidate) break;
    }
    if (name.length > 0) return name.join(" ");
  }
  return null;
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

const HEADER: Place = { part: "header" };

function resolveProvince(written: string | null, warnings: Warnings): { code: string | null; name: string } {
  if (!written) {
    warnings.add(HEADER, "PROVINCE_MISSING", {}, "the plan names no province; province left empty, code null");
    return { code: null, name: "" };
  }
  // The hub's own directory first (its provinces' names as the hub writes them), then every province of the country.
  const known = REFERENCE_DIRECTORY.find((p) => foldVietnamese(p.name) === foldVietnamese(written));
  if (known) return { code: known.code, name: known.name };
  const national = provinceNamed(written);
  if (national) return { code: national.iso, name: national.name };
  const name = titleCase(written);
  warnings.add(HEADER, "PROVINCE_UNKNOWN", { name }, `province not in directory: ${name}; name kept as written, code left null`);
  return { code: null, name };
}

/** Title, province, year, the plan's own number and an approving decision. */
export function readHeader(lines: string[], warnings: Warnings): PlanHeader {
  const found = findTitleLine(lines);
  if (!found) throw new PlanDocumentError("not a plan: no 'KẾ HOẠCH' title, and no sentence that enacts a plan", "NO_TITLE");
  const titleLine = found.line;

  const parts: string[] = [];
  const sameLine = found.worded
    ? tidy(lines[titleLine])
        .slice("KẾ HOẠCH".length)
        .replace(/^[\s:.\-–]+/, "")
    : tidy(lines[titleLine]);
  if (sameLine) parts.push(sameLine);
  let i = titleLine + 1;
  if (!sameLine) while (i < lines.length && isBlank(lines[i])) i++;
  while (i < lines.length && !isBlank(lines[i]) && parts.length < 4 && !endsTitle(tidy(lines[i]))) parts.push(tidy(lines[i++]));
  const title = parts.join(" ");
  if (!title) warnings.add(HEADER, "TITLE_EMPTY", {}, "the plan's title is empty");

  // "(Ban hành kèm theo Quyết định số … ngày … của …)" under the title
  let note: string | null = null;
  let j = i;
  while (j < lines.length && (isBlank(lines[j]) || isRule(lines[j]))) j++;
  if (j < lines.length && tidy(lines[j]).startsWith("(")) {
    const noteLines: string[] = [];
    while (j < lines.length && !isBlank(lines[j])) {
      noteLines.push(tidy(lines[j]));
      if (tidy(lines[j]).includes(")")) {
        j++;
        break;
      }
      j++;
    }
    note = noteLines.join(" ");
    i = j;
  }

  const decision = readDecision(lines, titleLine);
  let approvedBy: PlanHeader["approvedBy"] = decision
    ? { number: decision.number, issuedOn: decision.issuedOn, ...(decision.signatory ? { signatory: decision.signatory } : {}) }
    : null;
  if (!approvedBy && note && /quyet dinh/.test(foldVietnamese(note))) {
    const date = readDate(note);
    approvedBy = { number: numberIn(note, REFERENCE_NUMBER), issuedOn: date?.iso ?? null };
  }

  // the plan's own header: between the decision (if any) and the title
  const ownHeader = lines.slice(decision ? decision.heading + 1 : 0, titleLine);
  let documentNumber: string | null = null;
  for (const line of ownHeader) documentNumber ??= numberIn(line, NUMBER_LABEL);
  documentNumber ??= decision?.planNumber ?? null;
  const issuedOn = dateLine(ownHeader.filter(isHeaderLine));

  // a title without its province: the issuer's header ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH") names it
  const writtenProvince =
    provinceIn(title) ??
    lines
      .slice(0, titleLine)
      .map((l) => provinceIn(l))
      .find(Boolean) ??
    null;
  const province = resolveProvince(writtenProvince, warnings);

  const foldedTitle = foldVietnamese(title);
  const years = [...foldedTitle.matchAll(/nam\s+((?:19|20)\d{2})/g)].map((m) => Number(m[1]));
  let year = years.length > 0 ? years[years.length - 1] : Number(/(?:19|20)\d{2}/.exec(foldedTitle)?.[0] ?? NaN);
  if (Number.isNaN(year)) {
    const dated = lines
      .slice(0, titleLine)
      .map((l) => readDate(l))
      .find((d) => d?.iso);
    if (!dated?.iso) throw new PlanDocumentError("not a plan: its title states no year", "NO_YEAR");
    year = Number(dated.iso.slice(0, 4));
    warnings.add(HEADER, "YEAR_FROM_DATE", { year }, `the title states no year; ${year} taken from the document's date`);
  }

  return {
    title,
    bodyStart: i,
    titleLine,
    province,
    year,
    documentNumber,
    approvedBy,
    issuedOn,
    decisionSignatory: decision?.signatory ?? null,
  };
}
