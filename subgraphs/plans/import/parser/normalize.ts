import { nfc } from "../../../../shared/core/text";

/**
 * Turns plain text or Markdown into NFC lines without Markdown marks. Text stays
 * as written otherwise; matching works on folded copies (see `foldAligned`).
 */
export function normalizeDocument(text: string): string[] {
  const unified = nfc(text)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B-\u200D\u2060]/g, "")
    // Ð/ð (eth), left by conversions from the old Vietnamese encodings, stand for Đ/đ.
    .replace(/\u00D0/g, "Đ")
    .replace(/\u00F0/g, "đ")
    // a number set with stray spaces or other dashes, "Số: 516 /KH–UBND", "72/ 2015 /NĐ - CP": the number as it is filed
    .replace(/(\d)[ \t]*\/[ \t]*(?=[\p{Lu}\d])/gu, "$1/")
    .replace(/(\/\p{Lu}[\p{Lu}\d]*)[ \t]*[-\u2010\u2011\u2013\u2014][ \t]*(?=\p{Lu})/gu, "$1-")
    // and a Party document's, "06- NQ/TW" (06-NQ/TW)
    .replace(/(\d)[ \t]*[-\u2010\u2011\u2013][ \t]*(?=\p{Lu}+\/\p{Lu})/gu, "$1-")
    // "*emphasis*" broken over a few lines by hard wrapping
    .replace(/(^|[\s(“"'[])\*(?=\S)((?:[^*\n]*\n){1,6}[^*\n]*?\S)\*(?=$|[\s)”"',.;:!?\]])/gm, "$1$2");
  return unified.split("\n").map((line) => (PAGE_NUMBER.test(line) ? "" : stripMarkdown(line)));
}

/** A page's number on a line of its own, as PDFs and printed copies leave them: "2", "- 3 -", "Trang 4/12". */
const PAGE_NUMBER = /^\s*(?:-\s*\d{1,3}\s*-|\d{1,3}|(?:trang|page)\s+\d{1,3}(?:\s*(?:\/|of|trên)\s*\d{1,3})?)\s*$/iu;

/**
 * `text` without the trailing characters `accepts` (a one-character class)
 * matches. Linear: a pattern such as /[\s.;,]+$/ retries from every character
 * of a long run, which takes the square of its length.
 */
export function trimEndWhere(text: string, accepts: RegExp): string {
  let end = text.length;
  while (end > 0 && accepts.test(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without its trailing blanks and punctuation: ".", ",", ";", ":" (and the blanks between them). */
export function trimEndPunctuation(text: string, marks = ".,;:"): string {
  return trimEndWhere(text, new RegExp(`[\\s${marks.replace(/[\]\\^-]/g, "\\$&")}]`, "u"));
}

/** "## Heading ##" → "## Heading": an ATX heading's closing hashes, after a blank. */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  const hashes = trimEndWhere(trimmed, /#/);
  return hashes !== trimmed && /\s$/.test(hashes) ? hashes.trimEnd() : text;
}

/** A horizontal rule: three or more of one of "-", "*", "_", blanks between them allowed. */
function isHorizontalRule(text: string): boolean {
  const marks = text.replace(/\s/g, "");
  return marks.length >= 3 && /^[-*_]$/.test(marks[0]) && marks === marks[0].repeat(marks.length);
}

function stripMarkdown(line: string): string {
  let text = trimEndWhere(line, /[ \t]/);
  if (isHorizontalRule(text)) return "";
  text = withoutClosingHashes(text.replace(/^(\s*)#{1,6}\s+/, "$1"))
    .replace(/^(\s*)>\s?/, "$1")
    .replace(/\*\*/g, "")
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, "$1")
    // "*emphasis*" but not a list bullet or a lone asterisk
    .replace(/(^|[\s(“"'[])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s)”"',.;:!?\]])/g, "$1$2")
    .replace(/^(\s*)\*\s+/, "$1- ")
    // pandoc escapes "1\." and "\-" so they are not read as lists
    .replace(/\\([.\-*#_()[\]+!:>`])/g, "$1");
  return text;
}

/** True for NUL bytes or text that is mostly control or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 20000);
  if (sample.length === 0) return false;
  let odd = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\uFFFD" || (code < 32 && char !== "\n" && char !== "\r" && char !== "\t") || (code >= 0x7f && code < 0xa0)) odd++;
  }
  return odd / sample.length > 0.05;
}

/**
 * Lower case without marks, one output unit per input unit, so a match found in
 * the folded copy slices the original at the same offsets.
 */
export function foldAligned(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const base =
      char === "đ" || char === "Đ"
        ? "d"
        : char
            .normalize("NFD")
            .replace(/\p{M}+/gu, "")
            .toLowerCase();
    out += base.length === 1 ? base : char.toLowerCase().length === 1 ? char.toLowerCase() : char;
  }
  return out;
}

const TONES = "\u0300\u0301\u0303\u0309\u0323";
const TONE_ON_SECOND = new RegExp(`(?<![qQ])(?:([oO])([aAeE])([${TONES}])|([uU])([yY])([${TONES}]))(?![\\p{L}\\p{M}])`, "gu");

/**
 * Puts the tone mark of an open "oa", "oe", "uy" syllable on the first vowel
 * ("hoá" → "hóa", "thuỷ" → "thủy"), the placement the seed plans use, so texts
 * written either way compare equal.
 */
export function unifyToneMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(TONE_ON_SECOND, (_m, o, a, t1, u, y, t2) => (o ? `${o}${t1}${a}` : `${u}${t2}${y}`))
    .normalize("NFC");
}

/** A line is "empty" after trimming spaces and tabs. */
export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** Collapses runs of spaces and tabs inside a line; layout tabs carry no meaning in body text. */
export function tidy(line: string): string {
  return line.replace(/[ \t]+/g, " ").trim();
}
