import { foldVietnamese } from "../../../../shared/core/text";
import { endsSentence, isCapitals, type Wrapping } from "./layout";
import { tidy } from "./normalize";

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
  const roman = ROMAN.exec(line);
  if (roman) return { kind: classifySection(roman[2]), heading: line };
  if (line.length <= 120 && isUpperCase(line) && UNNUMBERED.test(foldVietnamese(line))) {
    return { kind: classifySection(line), heading: line };
  }
  return null;
}

/** How a warning names a section: "section III", or its heading when it has no number. */
export function sectionLabel(heading: string): string {
  const roman = ROMAN.exec(tidy(heading));
  return roman ? `section ${roman[1]}` : `section '${tidy(heading)}'`;
}

const BULLET = /^[-+•–*]\s+/;

export function stripBullet(paragraph: string): string {
  return paragraph.replace(BULLET, "");
}

/** A line that opens something of its own: a number, a bullet, a heading, a "Label:". */
function opensParagraph(line: string): boolean {
  // a label is a short phrase in sentence case ("Cơ quan chủ trì:"), not an acronym running on ("ASEAN bao gồm:")
  const label = /^\p{Lu}[^:,.;]{0,30}:/u.test(line) && !/^\p{Lu}{2,}\s/u.test(line);
  return parseOrdinal(line) !== null || BULLET.test(line) || sectionHeading(line) !== null || label;
}

/** "2. Phân công, bố trí cán bộ …": a numbered phrase, without ": " or ". " inside, which often ends without a stop. */
function isNumberedHeading(paragraph: string): boolean {
  const ordinal = parseOrdinal(paragraph);
  return ordinal !== null && !/[.:;]\s/.test(ordinal.rest);
}

/**
 * Paragraphs from lines: blank lines dropped, and a line that starts in lower
 * case continues the one before (a page or line break inside a sentence). In
 * a hard-wrapped document, a line that reached the width without ending its
 * sentence continues on the next, whatever that starts with (and any line
 * does, when blank lines separate the paragraphs), unless the next opens
 * something of its own.
 */
export function toParagraphs(lines: string[], wrapping: Wrapping | null = null): string[] {
  const out: string[] = [];
  let lastLength = 0;
  let blankBefore = false;
  for (const raw of lines) {
    const line = tidy(raw);
    if (!line) {
      blankBefore = true;
      continue;
    }
    const previous = out[out.length - 1];
    const full = wrapping !== null && lastLength >= wrapping.width * 0.7;
    const wrapped =
      wrapping !== null &&
      previous !== undefined &&
      !opensParagraph(line) &&
      !isCapitals(line) &&
      !isCapitals(previous) &&
      // a sentence left unfinished at the width goes on, even over a page break's blank lines
      // (in mid-word or mid-phrase only, never after ";" or ",", and not after a numbered heading)
      ((full && !endsSentence(previous) && (!blankBefore || (/[\p{L}\p{N}]$/u.test(previous) && !isNumberedHeading(previous)))) ||
        (!blankBefore &&
          (wrapping.blankLineParagraphs ||
            // a line filled to the width ended there only because the next word did not fit
            lastLength >= wrapping.width * 0.93)));
    const afterColon = full && !blankBefore && /:$/.test(previous ?? "") && /^\p{Ll}/u.test(line);
    lastLength = line.length;
    blankBefore = false;
    if (previous !== undefined && /[\p{L}\p{N}]-$/u.test(previous) && /^[\p{L}\p{N}]/u.test(line)) {
      // A line broken at a hyphen inside a word or number ("4110/BTTTT-" / "TTĐN"), as PDFs and web copies break them.
      out[out.length - 1] = `${previous}${line}`;
    } else if (previous !== undefined && /\p{L}$/u.test(previous) && /^\d{4}[;,.)]/.test(line)) {
      // A sentence broken before its year ("… năm" / "2019; Quyết định …").
      out[out.length - 1] = `${previous} ${line}`;
    } else if (previous !== undefined && /^\p{Ll}/u.test(line) && !parseOrdinal(line) && !/:$/.test(previous)) {
      out[out.length - 1] = `${previous} ${line}`;
    } else if (wrapped || afterColon) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

export interface Section {
  kind: SectionKind | null;
  heading: string;
  paragraphs: string[];
}

/** Splits body paragraphs at top-level headings; what comes before the first heading is the preamble. */
export function splitSections(paragraphs: string[]): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = [];
  const sections: Section[] = [];
  for (const paragraph of paragraphs) {
    const heading = sectionHeading(paragraph);
    if (heading) sections.push({ kind: heading.kind, heading: heading.heading, paragraphs: [] });
    else if (sections.length > 0) sections[sections.length - 1].paragraphs.push(paragraph);
    else preamble.push(paragraph);
  }
  return { preamble, sections };
}
