/** A table for export: the header row, then one row per record, every cell as text. */
export interface ExportTable {
  sheet: string;
  header: string[];
  rows: string[][];
}

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

/** CSV for Excel: UTF-8 with a byte-order mark, so Vietnamese text opens intact. */
export function downloadCsv(table: ExportTable, fileName: string): void {
  const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = [table.header, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n");
  downloadBlob(new Blob([`\uFEFF${text}\r\n`], { type: "text/csv;charset=utf-8" }), fileName);
}

/** A real .xlsx workbook, written by exceljs (loaded only when asked for: it is large). */
export async function downloadXlsx(table: ExportTable, fileName: string): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 24));
  const buffer = await workbook.xlsx.writeBuffer();
  downloadBlob(new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), fileName);
}
