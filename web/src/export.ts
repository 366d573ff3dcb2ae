import { vietnamDay } from "./format";

/** A calendar date (`yyyy-mm-dd`) for a spreadsheet: a real date in .xlsx, `dd/mm/yyyy` in .csv. */
export interface ExportDate {
  date: string;
}

/** A cell: text, a number (kept a number), a date, or empty. */
export type ExportCell = string | number | ExportDate | null;

/** A table for export: the header row, then one row per record; numbers stay numbers, dates dates. */
export interface ExportTable {
  sheet: string;
  header: string[];
  rows: ExportCell[][];
  /** Column widths in characters (24 each by default). */
  widths?: number[];
}

/** A date cell, or an empty one for no date. */
export const exportDate = (iso: string | null | undefined): ExportDate | null => (iso ? { date: vietnamDay(iso) } : null);

const isDate = (value: ExportCell): value is ExportDate => typeof value === "object" && value !== null;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Text that a spreadsheet would read as a formula — starting with "=", "+",
 * "-", "@", a tab or a carriage return — gets a leading apostrophe, so it
 * stays text: a focal point named `=HYPERLINK(…)` is shown, never run, when
 * the coordinator opens the file (OWASP, CSV injection).
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV for Excel: UTF-8 with a byte-order mark, so Vietnamese text opens intact; every text cell inert. */
export function csvText(table: ExportTable): string {
  const cell = (value: ExportCell) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    if (isDate(value)) return value.date.split("-").reverse().join("/");
    const text = inertText(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

export function downloadCsv(table: ExportTable, fileName: string): void {
  downloadBlob(new Blob([csvText(table)], { type: "text/csv;charset=utf-8" }), fileName);
}

/**
 * A real .xlsx workbook, written by exceljs (loaded only when asked for: it
 * is large): text cells are text (exceljs writes a formula only when given
 * one, so nothing typed into the hub becomes one), numbers are numbers,
 * dates are dates shown `dd/mm/yyyy`, the header row is frozen and filters
 * sit on it.
 */
export async function downloadXlsx(table: ExportTable, fileName: string): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const values of table.rows) {
    // a date at midnight UTC is a whole day's serial number in the workbook, the same day wherever it is opened
    const row = sheet.addRow(values.map((value) => (isDate(value) ? new Date(`${value.date}T00:00:00Z`) : value)));
    values.forEach((value, index) => {
      if (isDate(value)) row.getCell(index + 1).numFmt = "dd/mm/yyyy";
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  sheet.columns.forEach((column, index) => (column.width = table.widths?.[index] ?? 24));
  const buffer = await workbook.xlsx.writeBuffer();
  downloadBlob(new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), fileName);
}
