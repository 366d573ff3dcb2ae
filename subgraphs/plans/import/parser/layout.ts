/**
 * Page layout, undone: the two-column blocks of an administrative document's
 * header and signature, and lines hard-wrapped at a page's width.
 */

/** "A | B" (web pages, Word tables), tabs, or a wide gap between columns of plain text. */
const CELL_SEPARATOR = /\s*\|\s*|\t+| {4,}/;

function cellsOf(line: string): string[] | null {
  const text = line.trim();
  // An empty first cell is written as a leading "|" (a web page's or a Word table's row); an indent is no cell.
  const leadingEmpty = text.startsWith("|");
  const body = text.replace(/^\|\s*/, "");
  if (!leadingEmpty && !CELL_SEPARATOR.test(body)) return null;
  const cells = body.split(CELL_SEPARATOR).map((c) => c.trim());
  // A gap of spaces separates columns only between short cells, each but the first opening in capitals (a
  // header's, a signature's), never inside prose a justified copy spaced out (its words after a gap go on in
  // lower case). "|" and tabs always do.
  const columns = cells.length <= 3 && cells.every((c, i) => c.length <= 60 && (i === 0 || /^[\p{Lu}\d(]/u.test(c)));
  if (!leadingEmpty && !/[|\t]/.test(body) && !columns) return null;
  return leadingEmpty ? ["", ...cells] : cells;
}

/**
 * Reads runs of lines laid out in columns column by column, so the issuing
 * body's lines ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH" / "Số: 12/KH-UBND") and
 * the motto's ("CỘNG HÒA …" / "Độc lập …" / "Quảng Ninh, ngày …") each stay
 * together, and so do the recipients and the signature block. Blank lines
 * between rows (a Word table's paragraphs) do not end a block.
 */
export function readColumns(lines: string[]): string[] {
  const rows = lines.map(cellsOf);
  // for each blank line, whether the next line that is not blank is a row of cells (one pass, from the end)
  const rowFollows: boolean[] = new Array(lines.length).fill(false);
  for (let i = lines.length - 1, next = false; i >= 0; i--) {
    if (lines[i].trim() === "") rowFollows[i] = next;
    else next = rows[i] !== null;
  }
  const out: string[] = [];
  let block: string[][] = [];
  const flush = () => {
    const width = block.reduce((widest, cells) => Math.max(widest, cells.length), 0);
    for (let column = 0; column < width; column++) {
      for (const cells of block) if (cells[column]) out.push(cells[column]);
    }
    block = [];
  };
  lines.forEach((line, i) => {
    const cells = rows[i];
    if (cells) block.push(cells);
    else if (block.length > 0 && rowFollows[i]) {
      // a blank line between two rows: still one block
    } else {
      flush();
      out.push(line);
    }
  });
  flush();
  return out;
}

/**
 * The width a document was hard-wrapped at, or null when its lines are
 * paragraphs. Wrapped text has most of its longer lines within a few
 * characters of one width, and almost none beyond it.
 */
export function wrapWidth(lines: string[]): number | null {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n >= 30)
    .sort((a, b) => a - b);
  if (lengths.length < 8) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width > 200) return null;
  const near = lengths.filter((n) => n >= width * 0.8 && n <= width + 5).length;
  const beyond = lengths.filter((n) => n > width + 10).length;
  return near >= lengths.length * 0.4 && beyond <= lengths.length * 0.05 ? width : null;
}

/** A line in capitals: a heading, never a wrapped sentence's tail. */
export function isCapitals(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase();
}

export interface Wrapping {
  width: number;
  /**
   * True when blank lines separate the paragraphs, as in most plans: then
   * every other line break is a wrap, even one that falls after a full stop.
   */
  blankLineParagraphs: boolean;
}

/** How a hard-wrapped document was wrapped, or null when its lines are paragraphs. */
export function readWrapping(lines: string[]): Wrapping | null {
  const width = wrapWidth(lines);
  if (width === null) return null;
  let ends = 0;
  let blankAfter = 0;
  lines.forEach((line, i) => {
    if (!/[.;:!?]$/.test(line.trim())) return;
    ends++;
    if (i + 1 >= lines.length || lines[i + 1].trim() === "") blankAfter++;
  });
  return { width, blankLineParagraphs: ends >= 10 && blankAfter >= ends * 0.85 };
}
