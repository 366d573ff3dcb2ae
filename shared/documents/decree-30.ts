import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from "docx";

/**
 * Administrative documents in the layout of Decree 30/2020/NĐ-CP, Appendix I:
 * A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times
 * New Roman; body 14 pt, justified, first line indented 1 cm, paragraphs 6 pt
 * apart, single line spacing; the issuing body (capitals, bold, a short rule
 * under it) and the number top left, the national title (12 pt bold) and
 * motto (13 pt bold, its rule as long as the line) top right on one line
 * each, place and date in italics under them; the secrecy mark (box 10a)
 * under the number; the kind and subject centred, or a letter's "V/v"
 * subject under its number (box 5b); recipients bottom left, the signing
 * authority (TM./KT./TL.) and signer bottom right; page numbers centred in
 * the top margin from the second page.
 */
const MM = 1440 / 25.4; // twips per millimetre
export const FONT = "Times New Roman";
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
} as const;
/** Sizes in half-points, as Word stores them. */
export const SIZE = { body: 28, title: 24, motto: 26, number: 26, subject: 26, recipients: 22, recipientsHeading: 24, note: 22 } as const;
/** 6 pt after each paragraph, in twentieths of a point. */
export const PARAGRAPH_AFTER = 120;
const INDENT = Math.round(10 * MM);
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** The secrecy mark's red. */
export const SECRET_RED = "FF0000";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size ?? SIZE.body,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

export function centred(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [run(text, style)] });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
export function body(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: 240 },
    children: [run(text, style)],
  });
}

/** A section heading in the body ("I. KẾT QUẢ …"): bold, set like a body paragraph. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { before: PARAGRAPH_AFTER, after: PARAGRAPH_AFTER },
    children: [run(text, { bold: true })],
  });
}

/** A short horizontal rule, `length` long, centred in `width` (under the issuing body, and under a title's subject). */
function rule(width: number, length: number): Paragraph {
  const side = Math.round((width - length) / 2);
  return new Paragraph({
    spacing: { after: 0 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

const VIETNAMESE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "ngày 05 tháng 01 năm 2026": a day below 10 and the months January and
 * February take a leading zero; other months do not ("tháng 3").
 */
export function vietnameseDate(iso: string): string {
  const [, year, month, day] = VIETNAMESE_DATE.exec(iso) ?? [];
  if (!year) throw new Error(`not an ISO date: ${iso}`);
  const m = Number(month);
  return `ngày ${day} tháng ${m <= 2 ? month : String(m)} năm ${year}`;
}

/** "Gia Lai, ngày 05 tháng 01 năm 2026". */
export function placeAndDate(place: string, iso: string): string {
  return `${place}, ${vietnameseDate(iso)}`;
}

/** dd/mm/yyyy, as a body cites a date. */
export function shortDate(iso: string): string {
  const [, year, month, day] = VIETNAMESE_DATE.exec(iso) ?? [];
  return year ? `${day}/${month}/${year}` : iso;
}

/** What a classified document states of itself (Law 117/2025/QH15; Decree 30/2020 box 10a): its mark, and its copy. */
export interface SecrecyMark {
  /** MẬT; the hub holds no higher level. */
  level: "MẬT";
  /** This copy's number, and how many were issued. */
  copy: number;
  copies: number;
  /** Who drafted it. */
  drafter: string;
  copyingAllowed: boolean;
}

export interface Heading {
  /** The body above the issuer, in capitals (ỦY BAN NHÂN DÂN TỈNH GIA LAI). */
  superior: string;
  /** The issuer, in capitals (SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH). */
  issuer: string;
  /** "Số: 15/BC-SVHTTDL", or "Số:        /BC-SVHTTDL" for the clerk to fill. */
  numberLine: string;
  /** A letter's subject ("V/v đôn đốc …"), set under the number. */
  letterSubject?: string;
  secrecy?: SecrecyMark | null;
  place: string;
  /** ISO date of the document. */
  date: string;
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
}

/** The red, framed secrecy mark, in box 10a under the number. */
function secrecyMark(mark: SecrecyMark): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: PARAGRAPH_AFTER, after: 0 },
    children: [
      new TextRun({
        text: ` ${mark.level} `,
        font: FONT,
        size: SIZE.body,
        bold: true,
        color: SECRET_RED,
        border: { style: BorderStyle.DOUBLE, size: 6, color: SECRET_RED, space: 1 },
      }),
    ],
  });
}

/** The two-column head of an administrative document (boxes 1 to 5b and 10a). */
export function header(h: Heading): Table {
  // the national title (12 pt bold) fits the right column on one line with little to spare; the rest goes to the
  // issuing body's column, so a superior body such as "ỦY BAN NHÂN DÂN TỈNH GIA LAI" keeps to one line too
  const right = 5290;
  const left = TEXT_WIDTH - right;
  const issuer = [
    centred(h.superior, { size: SIZE.title }),
    centred(h.issuer, { bold: true, size: SIZE.title }),
    rule(left, left * 0.4),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: PARAGRAPH_AFTER, after: 0 },
      children: [run(h.numberLine, { size: SIZE.number })],
    }),
    ...(h.secrecy ? [secrecyMark(h.secrecy)] : []),
    ...(h.letterSubject
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: PARAGRAPH_AFTER, after: 0 },
            children: [run(h.letterSubject, { size: SIZE.subject })],
          }),
        ]
      : []),
  ];
  const nation = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: SIZE.title }),
    centred("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: SIZE.motto }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: PARAGRAPH_AFTER * 2, after: 0 },
      children: [run(placeAndDate(h.place, h.date), { italics: true })],
    }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(issuer, left), cell(nation, right)] })],
  });
}

/**
 * About how wide a line of Vietnamese set in Times New Roman bold is, in
 * twips, at `size` half-points: 0.44 em a character (lower case, as a
 * subject is written), at most the width of the text. Enough to size a rule
 * 1/3 to 1/2 as long as the line without the font's metrics.
 */
function boldLineWidth(text: string, size: number): number {
  return Math.min(TEXT_WIDTH, [...text].length * 0.44 * size * 10);
}

/**
 * The document's kind and subject, centred and bold, with a short rule under
 * them, 2/5 as long as the subject's line (1/3 to 1/2, the decree says); a
 * letter has its "V/v" under its number instead.
 */
export function title(kind: string, subject: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: PARAGRAPH_AFTER * 3, after: 0 },
      children: [run(kind, { bold: true })],
    }),
    centred(subject, { bold: true }),
    rule(TEXT_WIDTH, boldLineWidth(subject, SIZE.body) * 0.4),
    new Paragraph({ spacing: { after: PARAGRAPH_AFTER }, children: [] }),
  ];
}

/** Who signs, as the directory holds them: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", and the signer's name. */
export interface Signature {
  /** The lines above the signature: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  authority: string[];
  name: string;
}

/** Recipients bottom left, the signing authority and signer bottom right; under them a classified copy's own particulars. */
export function closing(recipients: string[], signature: Signature, secrecy?: SecrecyMark | null): FileChild[] {
  const half = TEXT_WIDTH / 2;
  const left = [
    new Paragraph({ spacing: { after: 0 }, children: [run("Nơi nhận:", { bold: true, italics: true, size: SIZE.recipientsHeading })] }),
    ...recipients.map((recipient) => new Paragraph({ spacing: { after: 0 }, children: [run(recipient, { size: SIZE.recipients })] })),
  ];
  const right = [
    ...signature.authority.map((line) => centred(line, { bold: true })),
    ...Array.from({ length: 4 }, () => centred("")),
    centred(signature.name, { bold: true }),
  ];
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [half, half],
      borders: NO_BORDERS,
      rows: [new TableRow({ children: [cell(left, half), cell(right, half)] })],
    }),
    ...(secrecy
      ? [
          new Paragraph({
            spacing: { before: PARAGRAPH_AFTER * 2, after: 0 },
            children: [
              run(
                `Bản số ${String(secrecy.copy).padStart(2, "0")}/${String(secrecy.copies).padStart(2, "0")} bản. Người soạn thảo: ${secrecy.drafter}. ${secrecy.copyingAllowed ? "Được phép sao, chụp." : "Không được sao, chụp."}`,
                { size: SIZE.note },
              ),
            ],
          }),
        ]
      : []),
  ];
}

/** Pages numbered in the top margin, centred, from the second page (the first has a header of its own, empty). */
function pageNumbers(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

/**
 * One document, or several (a reminder letter to each agency), on A4 with
 * the decree's margins, as the bytes of a .docx file: each document in a
 * section of its own, starting on a new page, its pages numbered from 1 and
 * its first page showing no number.
 */
export async function administrativeDocument(documentTitle: string, ...documents: FileChild[][]): Promise<Buffer> {
  const section = (children: FileChild[]): ISectionOptions => ({
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height },
        margin: { ...MARGINS, header: Math.round(10 * MM) },
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumbers(),
    children,
  });
  const document = new Document({
    title: documentTitle,
    creator: "Hệ thống thông tin đối ngoại tỉnh",
    styles: { default: { document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { after: PARAGRAPH_AFTER } } } } },
    sections: documents.map(section),
  });
  return Packer.toBuffer(document);
}
