/**
 * A report's document as an agency sends it: a one-page PDF with a text
 * layer, small enough to inline, and its base64 as `ReportFileInput` takes it.
 */
export function reportPdf(text = "BÁO CÁO kết quả thực hiện công tác thông tin đối ngoại"): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

export function reportFile(fileName = "bao-cao.pdf", bytes = reportPdf()): { fileName: string; content: string } {
  return { fileName, content: bytes.toString("base64") };
}
