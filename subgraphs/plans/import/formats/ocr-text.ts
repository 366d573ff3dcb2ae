import { nfc } from "../../../../shared/core/text";

/** One line of a scan as OCR read it. */
export interface OcrLine {
  /** The page, from 1, and the line's number on it, counting lines of text from the top. */
  page: number;
  line: number;
  text: string;
  /** Tesseract's confidence in the line, 0–100: its words' confidences, weighted by their length. */
  confidence: number;
  /** Whether the line is to be checked against the paper: its confidence below `DOUBTED_LINE`, or a doubted word in it. */
  doubted: boolean;
  /** The words OCR doubts most (below `DOUBTED_WORD`), as read. */
  doubtedWords: string[];
}

/** What OCR read of a scan: the text as the parser reads any text, and how sure it is of it. */
export interface OcrReading {
  text: string;
  pages: number;
  /** Confidence over the whole scan, 0–100, each word weighted by its length. */
  confidence: number;
  lines: OcrLine[];
}

/** A line read with less confidence than this, or holding a doubted word, is shown to the official as doubted, to check against the paper. */
export const DOUBTED_LINE = 85;
/** A word read with less confidence than this is marked inside its line. */
export const DOUBTED_WORD = 60;

interface Word {
  left: number;
  top: number;
  right: number;
  bottom: number;
  confidence: number;
  text: string;
}

interface Row {
  words: Word[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The median height of its words: about the type size, for gaps measured against it. */
  height: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const hasLetterOrDigit = (text: string) => /[\p{L}\p{N}]/u.test(text);
const isCapitals = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();

/** A letter beyond ASCII: in Vietnamese, a vowel with a tone mark or a breve, circumflex or horn. */
const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * Tesseract's case slips with Vietnamese capitals: a tone-marked vowel read
 * as a capital inside a word in lower case ("trỰc", "ThỦ" for "trực",
 * "Thủ"), and a two-letter word in capitals before a word in lower case
 * ("BỘ Chỉ huy", "CƠ quan"). Abbreviations (UBND, TT&TT, KH-UBND) have no
 * lower-case letter and stay as read.
 */
export function fixOcrCase(word: string, next: string | undefined): string {
  const letters = [...word];
  const first = letters[0] ?? "";
  const rest = letters.slice(1).join("");
  if (/\p{Ll}/u.test(rest) && NON_ASCII.test(rest) && /\p{Lu}/u.test(rest) && /^[\p{L}]+$/u.test(rest)) {
    // only the accented capitals are slips; an ASCII capital inside a word ("iPhone") is left as written
    const fixed = [...rest].map((c) => (NON_ASCII.test(c) ? c.toLowerCase() : c)).join("");
    return first + fixed;
  }
  if (letters.length === 2 && /^[A-Z]$/.test(first) && /\p{Lu}/u.test(rest) && NON_ASCII.test(rest) && next && /^\p{L}\p{Ll}/u.test(next))
    return first + rest.toLowerCase();
  return word;
}

/** Tesseract's TSV (`tesseract … tsv`): its words, each with its box and confidence, grouped into its lines. */
function tesseractLines(tsv: string): Map<number, Word[][]> {
  const pages = new Map<number, Map<string, Word[]>>();
  for (const row of tsv.split("\n")) {
    const cells = row.split("\t");
    // every page has its row of level 1, blank pages too
    if (cells[0] === "1" && Number(cells[1]) > 0 && !pages.has(Number(cells[1]))) pages.set(Number(cells[1]), new Map());
    if (cells.length < 12 || cells[0] !== "5") continue;
    // underscores and lone quotes, bars or tildes are never a plan's words: what dust on the scan left beside them
    const text = nfc(cells.slice(11).join(" ").trim())
      .replace(/_+/g, "")
      // a straight quote at a word's edge: a speck (the plans' own quotes are curly, “…”)
      .replace(/^["'`]+(?=\p{L})|(?<=[\p{L}\p{N}.,;:)])["'`]+$/gu, "");
    if (STRAY_MARKS.test(text)) continue;
    const confidence = Number(cells[10]);
    if (!text || !Number.isFinite(confidence) || confidence < 0) continue;
    const [page, block, paragraph, line] = cells.slice(1, 5).map(Number);
    const [left, top, width, height] = cells.slice(6, 10).map(Number);
    // a speck read as a mark ("'", ".", "~") that OCR itself doubts is dust on the scan, not text
    if (!hasLetterOrDigit(text) && confidence < 50) continue;
    const lines = pages.get(page) ?? new Map<string, Word[]>();
    pages.set(page, lines);
    const key = `${block}.${paragraph}.${line}`;
    const words = lines.get(key) ?? [];
    lines.set(key, words);
    words.push({ left, top, right: left + width, bottom: top + height, confidence, text });
  }
  return new Map(
    [...pages].map(([page, lines]) => [page, [...lines.values()].filter((words) => words.some((w) => hasLetterOrDigit(w.text)))]),
  );
}

function rowOf(words: Word[]): Row {
  const sorted = [...words].sort((a, b) => a.left - b.left);
  return {
    words: sorted,
    top: median(words.map((w) => w.top)),
    bottom: median(words.map((w) => w.bottom)),
    left: sorted[0].left,
    right: Math.max(...words.map((w) => w.right)),
    height: median(words.filter((w) => hasLetterOrDigit(w.text)).map((w) => w.bottom - w.top)) || 1,
  };
}

/**
 * Rows of a page from OCR's lines: lines side by side (the issuing body
 * beside the national motto, read by OCR as two blocks) become one row, in
 * reading order, as a PDF's text layer gives them.
 */
function rowsOf(lines: Word[][]): Row[] {
  const rows: Row[] = [];
  for (const line of lines.map(rowOf).sort((a, b) => a.top - b.top)) {
    const beside = rows.find((row) => {
      const overlap = Math.min(row.bottom, line.bottom) - Math.max(row.top, line.top);
      const apart = line.left >= row.right || line.right <= row.left;
      return apart && overlap >= 0.5 * Math.min(row.bottom - row.top, line.bottom - line.top);
    });
    if (beside) rows.splice(rows.indexOf(beside), 1, rowOf([...beside.words, ...line.words]));
    else rows.push(line);
  }
  return rows.sort((a, b) => a.top - b.top);
}

/** Marks OCR makes of dust and never a plan's word: quotes, bars, tildes, carets, backslashes on their own. */
const STRAY_MARKS = /^['"`´ˆ˜~¬|\\^*_]+$/u;

/** A bullet opening a line: kept however faint, as the parser reads it. */
const BULLET = /^[-+•–]$/;

/**
 * A row's words in the columns they stand in (a gap of more than twice the
 * type's height parts two), without what dust on the scan made of itself:
 * marks with no letter or digit that OCR doubts at a column's edges ("._",
 * "¬", "'"), and a column of doubted scraps ("Xu cu sa", "mm"") beside the text.
 */
function rowColumns(row: Row): Word[][] {
  const columns: Word[][] = [];
  row.words.forEach((word, index) => {
    if (index === 0 || word.left - row.words[index - 1].right > 2 * row.height) columns.push([]);
    columns[columns.length - 1].push(word);
  });
  return columns
    .map((column) =>
      // smaller than any printed mark (a hyphen is a third of the type's height wide, a stop a sixth): a speck, whatever
      // OCR made of it ("số ố 72/…")
      column.filter((word) => word.right - word.left >= 0.12 * row.height || word.bottom - word.top >= 0.12 * row.height),
    )
    .map((column) => {
      let start = 0;
      let end = column.length;
      // a stop or comma opening a column is always dust; other marks when OCR doubts them (a bullet when faint)
      const dust = (word: Word, first: boolean) =>
        !hasLetterOrDigit(word.text) &&
        ((first && /^[.,:;]+$/.test(word.text)) ||
          // a stop or comma as tall as a letter is a streak, not a stop
          (/^[.,]$/.test(word.text) && word.bottom - word.top > 0.6 * row.height) ||
          (word.confidence < 80 && !(first && BULLET.test(word.text) && word.confidence >= 40)));
      while (start < end && dust(column[start], start === 0)) start++;
      while (end > start && dust(column[end - 1], false)) end--;
      return column.slice(start, end);
    })
    .filter((column) => {
      const characters = column.reduce((sum, word) => sum + (word.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
      const confidence = column.reduce((sum, word) => sum + word.confidence, 0) / Math.max(1, column.length);
      // a column of scraps OCR doubts beside the text ("Xu cu sa", "mm"); a doubted label ("Nơi nhận:") is kept, and shown as doubted
      return characters >= 3 ? confidence >= 25 : characters >= 1 && confidence >= 60;
    });
}

/** A row's words, their case slips mended, and its text: words apart by a space, columns by a tab, as the parser reads a header block. */
function rowText(row: Row): { text: string; words: Word[]; fixed: string[] } {
  const columns = rowColumns(row);
  const words = columns.flat();
  const fixed = words.map((word, index) => fixOcrCase(word.text, words[index + 1]?.text));
  let at = 0;
  const text = columns
    .map((column) => column.map(() => fixed[at++]).join(" "))
    .join("\t")
    // a number's stop read as a comma or colon: "2: Tuyên truyền", "1, Quảng bá", "II, NỘI DUNG"
    .replace(/^(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[,:](?=\s+\p{Lu})/u, "$1.")
    // a section's Roman number with an I read as L, l, 1 or | ("IL. MỤC ĐÍCH"): a heading in capitals
    .replace(/^([IVXLl1|]{1,4})(?=[.,:]\s*\p{Lu})/u, (numeral: string, _numeral: string, _at: number, whole: string) =>
      /[Ll1|]/.test(numeral) && /[IVX]/.test(numeral) && isCapitals(whole.slice(numeral.length + 1))
        ? numeral.replace(/[Ll1|]/g, "I")
        : numeral,
    );
  return { text, words, fixed };
}

/**
 * The text of a scan from Tesseract's TSV of each page, in reading order, a
 * blank line where the gap between two lines says a paragraph ends, with
 * every line's confidence. Vietnamese exactly: NFC, whatever OCR gave.
 */
export function ocrTextFromTsv(pagesTsv: string[]): OcrReading {
  const lines: OcrLine[] = [];
  const pageTexts: string[] = [];
  let weighted = 0;
  let characters = 0;
  let pageNumber = 0;
  for (const tsv of pagesTsv) {
    // a multi-page TIFF comes as one TSV of several pages
    for (const [, pageLines] of [...tesseractLines(tsv)].sort(([a], [b]) => a - b)) {
      pageNumber += 1;
      const rows = rowsOf(pageLines);
      const pitch = median(rows.slice(1).map((row, i) => row.top - rows[i].top));
      const out: string[] = [];
      let lineOnPage = 0;
      rows.forEach((row, index) => {
        const { text, words, fixed } = rowText(row);
        if (!text) return;
        if (index > 0 && row.top - rows[index - 1].top > 1.45 * pitch && out.length && out[out.length - 1] !== "") out.push("");
        out.push(text);
        const letters = words.map((w) => ({ w, n: [...w.text].length }));
        const total = letters.reduce((sum, { n }) => sum + n, 0);
        const confidence = letters.reduce((sum, { w, n }) => sum + w.confidence * n, 0) / Math.max(1, total);
        weighted += confidence * total;
        characters += total;
        const doubtedWords = fixed.filter((word, i) => words[i].confidence < DOUBTED_WORD && hasLetterOrDigit(word));
        lines.push({
          page: pageNumber,
          line: ++lineOnPage,
          text,
          confidence: Math.round(confidence * 10) / 10,
          doubted: confidence < DOUBTED_LINE || doubtedWords.length > 0,
          doubtedWords,
        });
      });
      pageTexts.push(out.join("\n"));
    }
  }
  return {
    text: pageTexts.join("\n\n"),
    pages: pageNumber,
    confidence: characters ? Math.round((weighted / characters) * 10) / 10 : 0,
    lines,
  };
}
