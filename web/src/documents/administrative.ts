import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";

/**
 * Administrative documents in the layout of Decree 30/2020/NĐ-CP, Appendix I
 * (docs/domain.md): A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt;
 * issuing body and number top left, national title and motto top right with
 * place and date below; the kind and subject centred (a letter puts its
 * subject under the number); the body; recipients bottom left and the
 * signing authority bottom right. A classified document carries MẬT under its number.
 */
const MM = 56.7; // twips per millimetre
const FONT = "Times New Roman";
const BODY = 28; // half-points: 14 pt
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export interface Heading {
  /** The body above the issuer, in capitals (ỦY BAN NHÂN DÂN TỈNH GIA LAI). */
  superior: string;
  /** The issuer, in capitals (SỞ THÔNG TIN VÀ TRUYỀN THÔNG). */
  issuer: string;
  /** "Số:      /BC-STTTT": the number is left for the clerk to fill. */
  numberLine: string;
  /** A letter's subject ("V/v đôn đốc …"), set under the number. */
  letterSubject?: string;
  classified: boolean;
  place: string;
  date: Date;
}

function run(text: string, options: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });
}

export function centred(text: string, options: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, options)] });
}

/** A body paragraph: justified, first line indented, as administrative prose is set. */
export function body(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 10 * MM },
    spacing: { after: 80 },
    children: [run(text, options)],
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 10 * MM },
    spacing: { before: 120, after: 80 },
    children: [run(text, { bold: true })],
  });
}

/** "Gia Lai, ngày 15 tháng 6 năm 2019", as administrative documents date themselves. */
export function placeAndDate(place: string, date: Date): string {
  return `${place}, ngày ${date.getDate()} tháng ${date.getMonth() + 1} năm ${date.getFullYear()}`;
}

function cell(children: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

export function header(h: Heading): Table {
  const left = [
    centred(h.superior, { size: 26 }),
    centred(h.issuer, { bold: true, size: 26 }),
    centred("———", { size: 20 }),
    centred(h.numberLine, { size: 26 }),
    ...(h.classified ? [centred("MẬT", { bold: true, size: 28 })] : []),
    ...(h.letterSubject ? [centred(h.letterSubject, { size: 24 })] : []),
  ];
  const right = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 26 }),
    centred("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: 28 }),
    centred(""),
    centred(placeAndDate(h.place, h.date), { italics: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 42), cell(right, 58)] })],
  });
}

/** Recipients bottom left, the signing authority and signatory bottom right. */
export function closing(recipients: string[], authority: string[], signatory: string): Table {
  const left = [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
    ...recipients.map((recipient) => new Paragraph({ children: [run(recipient, { size: 22 })] })),
  ];
  const right = [
    ...authority.map((line) => centred(line, { bold: true })),
    centred(""),
    centred(""),
    centred(""),
    centred(signatory, { bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

/** One document of the given sections' content, on A4 with the decree's margins, as a .docx Blob. */
export async function administrativeDocument(title: string, children: ISectionOptions["children"]): Promise<Blob> {
  const document = new Document({
    title,
    creator: "Hệ thống thông tin đối ngoại tỉnh",
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBlob(document);
}
