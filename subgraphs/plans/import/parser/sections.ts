import { foldVietnamese } from "../../../../shared/core/text";
import { TASK_FIELDS } from "./fields";
import { isCapitals, type Wrapping } from "./layout";
import { foldAligned, tidy } from "./normalize";
import type { Place } from "./warnings";

export interface Ordinal {
  /** As numbered: "1", "5.1.5", "a", "đ". */
  ordinal: string;
  kind: "decimal" | "letter";
  /** Number of components of a decimal ordinal ("5.1.5" → 3). */
  depth: number;
  /** The text after the number. */
  rest: string;
}

/**
 * Reads "1.", "5.1.", "5.1.5.", "1)", "a)", "đ)" at the start of a paragraph.
 * A bare "03 văn kiện" is not an ordinal; "5.1 Nội dung" is.
 */
export function parseOrdinal(paragraph: string): Ordinal | null {
  const decimal = /^(\d{1,3}(?:\.\d{1,2})*)\s*([.)])?\s+(\S.*)$/u.exec(paragraph);
  if (decimal) {
    const parts = decimal[1].split(".");
    if (parts.length > 1 || decimal[2]) return { ordinal: decimal[1], kind: "decimal", depth: parts.length, rest: decimal[3] };
  }
  const decimalOnly = /^(\d{1,3}(?:\.\d{1,2})*)\s*[.)]$/.exec(paragraph);
  if (decimalOnly) return { ordinal: decimalOnly[1], kind: "decimal", depth: decimalOnly[1].split(".").length, rest: "" };
  const letter = /^([a-zđ])\s*([).])\s+(\S.*)$/u.exec(paragraph);
  if (letter) return { ordinal: letter[1], kind: "letter", depth: 0, rest: letter[3] };
  return null;
}

export type SectionKind = "objectives" | "tasks" | "budget" | "assignments" | "reporting";

/** A section's kind from its heading words, not its position. */
export function classifySection(heading: string): SectionKind | null {
  const folded = foldVietnamese(heading);
  if (/to chuc thuc hien/.test(folded)) return "assignments";
  if (/kinh phi/.test(folded)) return "budget";
  if (/che do bao cao/.test(folded)) return "reporting";
  if (/muc tieu|muc dich|yeu cau/.test(folded)) return "objectives";
  if (/noi dung|nhiem vu|hoat dong/.test(folded)) return "tasks";
  return null;
}

const ROMAN = /^([IVX]{1,5})\s*[.)\-–:]\s*(\S.*)$/u;
/** "II NỘI DUNG": a Roman numeral whose stop was lost (a scan read by OCR, a hasty copy), before a section's words in capitals. */
const ROMAN_WITHOUT_STOP = /^([IVX]{1,5})\s+(\p{Lu}.*)$/u;

function romanHeading(line: string): RegExpExecArray | null {
  const roman = ROMAN.exec(line);
  if (roman) return roman;
  const bare = ROMAN_WITHOUT_STOP.exec(line);
  return bare && isUpperCase(bare[2]) && classifySection(bare[2]) ? bare : null;
}
const UNNUMBERED =
  /^(?:phan\s+[ivx\d]+\s*[.:\-–]?\s*)?(to chuc thuc hien|kinh phi|che do bao cao|muc tieu|muc dich|yeu cau|noi dung|nhiem vu|cac hoat dong)/;

function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

export interface SectionHeading {
  kind: SectionKind | null;
  heading: string;
}

/**
 * A top-level heading: Roman-numbered ("II. NỘI DUNG"), or a line in capitals
 * that opens with a section's words ("TỔ CHỨC THỰC HIỆN"). Arabic-numbered
 * lines are never sections.
 */
export function sectionHeading(paragraph: string): SectionHeading | null {
  const line = tidy(paragraph);
  const roman = romanHeading(line);
  if (roman) return { kind: classifySection(roman[2]), heading: line };
  if (line.length <= 120 && isUpperCase(line) && UNNUMBERED.test(foldVietnamese(line))) {
    return { kind: classifySection(line), heading: line };
  }
  return null;
}

/** Where a section is, for its warnings: its Roman numeral, or its heading when it has none. */
export function sectionPlace(heading: string): Place {
  const roman = romanHeading(tidy(heading));
  return roman ? { part: "section", number: roman[1] } : { part: "section", heading: tidy(heading) };
}

const BULLET = /^[-+•–*]\s+/;

export function stripBullet(paragraph: string): string {
  return paragraph.replace(BULLET, "");
}

/** A line that opens something of its own: a number, a bullet, a heading, a "Label:". */
function opensParagraph(line: string): boolean {
  return opensBlock(line) || isLabel(line);
}

/** A number, a bullet or a heading: what opens a paragraph whatever came before. */
function opensBlock(line: string): boolean {
  return parseOrdinal(line) !== null || BULLET.test(line) || sectionHeading(line) !== null;
}

/** A label is a short phrase in sentence case ("Cơ quan chủ trì:"), not an acronym running on ("ASEAN bao gồm:"). */
function isLabel(line: string): boolean {
  return /^\p{Lu}[^:,.;]{0,30}:/u.test(line) && !/^\p{Lu}{2,}\s/u.test(line);
}

const firstWordLength = (line: string) => (line.indexOf(" ") < 0 ? line.length : line.indexOf(" "));

const opensOnlyAsLabel = (line: string) => isLabel(line) && !opensBlock(line);

/** "2. Phân công, bố trí cán bộ …": a numbered phrase, without ": " or ". " inside, which often ends without a stop. */
function isNumberedHeading(paragraph: string): boolean {
  const ordinal = parseOrdinal(paragraph);
  return ordinal !== null && !/[.:;]\s/.test(ordinal.rest);
}

/** What the joining of lines needs to know of the paragraph so far, kept as it grows (testing the whole paragraph again at every line would take the square of its length). */
interface Growing {
  /** Its last characters: enough for every test of how it ends. */
  tail: string;
  /** Whether it has no lower-case letter, and whether it has a letter: in capitals when both (a heading, never a wrapped sentence's tail). */
  upper: boolean;
  letter: boolean;
  /** Whether it is a numbered phrase without ": " or ". " inside (`isNumberedHeading`). */
  numberedHeading: boolean;
  /** Whether it is a task's lead or coordinating agencies ("Cơ quan phối hợp: …"), which a line break does not end before its full stop. */
  agencies: boolean;
}

const AGENCY_FIELDS = TASK_FIELDS.filter(([field]) => field !== "timeframe").map(([, label]) => label);

function growing(line: string): Growing {
  return {
    tail: line.slice(-8),
    upper: line === line.toUpperCase(),
    letter: /\p{L}/u.test(line),
    numberedHeading: isNumberedHeading(line),
    agencies: AGENCY_FIELDS.some((label) => label.test(foldAligned(stripBullet(line).slice(0, 40)))),
  };
}

/** The paragraph after `line` is added to it, with `separator` between. */
function grown(state: Growing, separator: string, line: string): Growing {
  const joint = `${state.tail}${separator}${line.slice(0, 8)}`;
  return {
    tail: `${state.tail}${separator}${line}`.slice(-8),
    upper: state.upper && line === line.toUpperCase(),
    letter: state.letter || /\p{L}/u.test(line),
    numberedHeading: state.numberedHeading && !/[.:;]\s/.test(joint) && !/[.:;]\s/.test(line),
    agencies: state.agencies,
  };
}

const capitals = (state: Growing) => state.upper && state.letter;

/** A paragraph that ends where its sentence or heading does (";" and "," run on: a run-on list of bases goes on). */
const endsSentence = (state: Growing) => /[.:!?…)"”]$/.test(state.tail) || capitals(state);

/**
 * Paragraphs from lines: blank lines dropped, and a line that starts in lower
 * case continues the one before (a page or line break inside a sentence). In
 * a hard-wrapped document, a line that reached the width without ending its
 * sentence continues on the next, whatever that starts with (and any line
 * does, when blank lines separate the paragraphs), unless the next opens
 * something of its own. Linear in the text's length, however long a paragraph grows.
 */
export function toParagraphs(lines: string[], wrapping: Wrapping | null = null): string[] {
  const out: string[][] = [];
  let state: Growing | null = null;
  let lastLength = 0;
  let blankBefore = false;
  for (const raw of lines) {
    const line = tidy(raw);
    if (!line) {
      blankBefore = true;
      continue;
    }
    const tail = state?.tail ?? "";
    const full = wrapping !== null && lastLength >= wrapping.width * 0.7;
    const wrapped =
      wrapping !== null &&
      state !== null &&
      !opensParagraph(line) &&
      // a heading in capitals, but not one word carried over: "… Xã hội ASEAN" / "(ASCC)."
      !(isCapitals(line) && /\s/.test(line)) &&
      !capitals(state) &&
      // a sentence left unfinished at the width goes on, even over a page break's blank lines
      // (in mid-word or mid-phrase only, never after ";" or ",", and not after a numbered heading)
      ((full && !endsSentence(state) && (!blankBefore || (/[\p{L}\p{N}]$/u.test(tail) && !state.numberedHeading))) ||
        // (a line ending at ":" before one opening in a capital is a heading over its first paragraph, blank line or
        // not, unless the colon opens what a sentence lists: "nội dung gồm:" / "Tuyên truyền …")
        (!blankBefore &&
          !(/(?<!\s(?:gồm|sau|là|thể|như)):$/u.test(tail) && /^\p{Lu}/u.test(line)) &&
          (wrapping.blankLineParagraphs ||
            // a line filled to the width ended there only because the next word did not fit
            lastLength >= wrapping.width * 0.93) &&
          // a sentence that ended where the next word would still have fitted ended its paragraph there
          !(endsSentence(state) && lastLength + 1 + firstWordLength(line) <= wrapping.width)));
    const afterColon = full && !blankBefore && /:$/.test(tail) && /^\p{Ll}/u.test(line);
    // a list of agencies broken between names or inside one ("Sở Thông tin và" / "Truyền thông; Công an tỉnh") goes on to its full stop
    const agencyListGoesOn =
      state !== null && state.agencies && !/[.!?…]$/.test(tail) && !opensParagraph(line) && (!blankBefore || /[;,]$/.test(tail));
    // a line that stops at "và", "của", "các" or a compound's dash, or a numbered heading at a comma, has not ended:
    // "5. Sở Văn hóa," / "Thể thao và Du lịch:", "Đài Phát thanh -" / "Truyền hình tỉnh:"
    const unfinished =
      state !== null &&
      (/\s(?:và|của|các|với|hoặc|cùng|[-\u2013])$/u.test(tail) || (state.numberedHeading && /,$/.test(tail))) &&
      !opensBlock(line);
    // a name's last words carried to the next line look like a label ("… tỉnh An" / "Giang:"): they are one when the
    // first word would have fitted on the line before, or when they are a task's field ("Cơ quan chủ trì:")
    const nameCarried =
      wrapping !== null &&
      state !== null &&
      !blankBefore &&
      /\p{L}$/u.test(tail) &&
      opensOnlyAsLabel(line) &&
      lastLength + 1 + firstWordLength(line) > wrapping.width &&
      !TASK_FIELDS.some(([, label]) => label.test(foldAligned(line.slice(0, 40))));
    // a compound's dash carried to the next line is no bullet: "… các tổ chức chính trị" / "- xã hội của tỉnh, Sở Ngoại vụ …"
    const dashCarried =
      wrapping !== null &&
      state !== null &&
      !blankBefore &&
      full &&
      /[\p{L}\p{N}]$/u.test(tail) &&
      (/^[-\u2013]\s+\p{Ll}/u.test(line) || (/^[-\u2013]\s+\p{Lu}/u.test(line) && lastLength >= wrapping.width * 0.93));
    lastLength = line.length;
    blankBefore = false;
    let separator: string | null = null;
    if (state !== null && /[\p{L}\p{N}]-$/u.test(tail) && /^[\p{L}\p{N}]/u.test(line)) {
      // A line broken at a hyphen inside a word or number ("4110/BTTTT-" / "TTĐN"), as PDFs and web copies break them.
      separator = "";
    } else if (state !== null && /\p{L}$/u.test(tail) && /^\d{4}[;,.)]/.test(line)) {
      // A sentence broken before its year ("… năm" / "2019; Quyết định …").
      separator = " ";
    } else if (state !== null && /(?:^|\s)(?:ngày|tháng|năm|số|Số:?)$/u.test(tail) && /^\d/.test(line)) {
      // A date or number broken from its word ("… trước ngày" / "15/11/2023 về …"): no paragraph opens on one.
      separator = " ";
    } else if (state !== null && /^\p{Ll}/u.test(line) && !parseOrdinal(line) && !/:$/.test(tail)) {
      separator = " ";
    } else if (wrapped || afterColon || dashCarried || agencyListGoesOn || unfinished || nameCarried) {
      separator = " ";
    }
    if (separator === null || state === null) {
      out.push([line]);
      state = growing(line);
    } else {
      const parts = out[out.length - 1];
      if (separator) parts.push(separator);
      parts.push(line);
      state = grown(state, separator, line);
    }
  }
  return out.map((parts) => parts.join(""));
}

export interface Section {
  kind: SectionKind | null;
  heading: string;
  paragraphs: string[];
}

/** Splits body paragraphs at top-level headings; what comes before the first heading is the preamble. */
/** "1. Mục tiêu:", "1. Mục đích, yêu cầu": the first numbered heading of a plan's objectives. */
function opensObjectives(paragraph: string): boolean {
  const ordinal = parseOrdinal(paragraph);
  return (
    ordinal !== null &&
    ordinal.ordinal === "1" &&
    ordinal.rest.length <= 60 &&
    /^(muc tieu|muc dich|yeu cau)\b[^.;]*:?$/.test(foldVietnamese(ordinal.rest).trim())
  );
}

export function splitSections(paragraphs: string[]): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = [];
  const sections: Section[] = [];
  for (const paragraph of paragraphs) {
    const heading = sectionHeading(paragraph);
    if (heading) sections.push({ kind: heading.kind, heading: heading.heading, paragraphs: [] });
    // "1. Mục tiêu" right under the legal bases, no "I. MỤC ĐÍCH, YÊU CẦU" above it: the objectives all the same
    else if (sections.length === 0 && opensObjectives(paragraph))
      sections.push({ kind: "objectives", heading: paragraph, paragraphs: [paragraph] });
    else if (sections.length > 0) sections[sections.length - 1].paragraphs.push(paragraph);
    else preamble.push(paragraph);
  }
  return { preamble, sections };
}
