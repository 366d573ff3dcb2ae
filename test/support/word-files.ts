import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

/*
 * Plans as Word files, written with the docx package the way Word writes them:
 * for the importer's tests of Word documents.
 */

/** A plan as a Word document: its first line a two-column table, as administrative documents open, then one paragraph per line. */
export async function asDocx(plan: string): Promise<Buffer> {
  const LINES = plan.split("\n");
  const cell = (text: string) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], width: { size: 50, type: WidthType.PERCENTAGE } });
  const [first, ...rest] = LINES;
  const [left, right] = first.includes("|") ? first.split("|").map((s) => s.trim()) : [first, ""];
  const document = new Document({
    sections: [
      {
        children: [
          new Table({ rows: [new TableRow({ children: [cell(left), cell(right)] })], width: { size: 100, type: WidthType.PERCENTAGE } }),
          ...rest.map((line) => new Paragraph({ children: [new TextRun(line)] })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** How each numbered line of a plan is numbered, as Word's list levels: sections, tasks, sub-tasks, items. */
const LEVELS: { pattern: RegExp; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }[] = [
  { pattern: /^([IVX]+)\.\s+/, format: LevelFormat.UPPER_ROMAN, text: "%1." },
  { pattern: /^(\d+)\.\s+/, format: LevelFormat.DECIMAL, text: "%2." },
  { pattern: /^(\d+\.\d+)\.?\s+/, format: LevelFormat.DECIMAL, text: "%2.%3." },
  { pattern: /^(\d+\.\d+\.\d+)\.?\s+/, format: LevelFormat.DECIMAL, text: "%2.%3.%4." },
  { pattern: /^([a-zđ])\)\s+/, format: LevelFormat.LOWER_LETTER, text: "%5)" },
];

/**
 * A plan as Word writes one typed with its list numbering on: each numbered
 * line's number taken out of its text and given to a multi-level list
 * (Roman sections, "1.", "1.1.", "1.1.1.", "a)") and bullets to a bullet
 * list, so the numbers live only in numbering.xml. A line whose typed number
 * Word would not give (a list that skips, a number inside a signature
 * block) keeps its number typed.
 */
export async function asNumberedDocx(plan: string): Promise<Buffer> {
  const [first, ...rest] = plan.split("\n");
  const counters: number[] = [];
  const wordNumber = (level: number): string => {
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    const n = (at: number) => counters[at] ?? 1;
    return [
      ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n(0)],
      `${n(1)}`,
      `${n(1)}.${n(2)}`,
      `${n(1)}.${n(2)}.${n(3)}`,
      String.fromCharCode(96 + n(4)),
    ][level];
  };
  let numbered = 0;
  const paragraphs = rest.map((line) => {
    if (!line.includes("|")) {
      if (/^-\s+/.test(line)) return new Paragraph({ text: line.replace(/^-\s+/, ""), numbering: { reference: "bullets", level: 0 } });
      for (const [level, { pattern }] of LEVELS.entries()) {
        const typed = pattern.exec(line);
        if (!typed) continue;
        const saved = [...counters];
        if (wordNumber(level) !== typed[1]) {
          counters.splice(0, counters.length, ...saved);
          break;
        }
        numbered++;
        return new Paragraph({ text: line.slice(typed[0].length), numbering: { reference: "plan", level } });
      }
    }
    return new Paragraph({ children: [new TextRun(line)] });
  });
  if (numbered <= 5) throw new Error(`only ${numbered} lines were numbered: not a numbered plan`);
  const [left, right] = first.includes("|") ? first.split("|").map((s) => s.trim()) : [first, ""];
  const cell = (text: string) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], width: { size: 50, type: WidthType.PERCENTAGE } });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "plan",
          levels: LEVELS.map(({ format, text }, level) => ({ level, format, text, alignment: AlignmentType.START })),
        },
        { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        children: [
          new Table({ rows: [new TableRow({ children: [cell(left), cell(right)] })], width: { size: 100, type: WidthType.PERCENTAGE } }),
          ...paragraphs,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
