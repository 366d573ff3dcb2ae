// Reads a PDF's text layer with pdf.js and prints it as JSON on stdout:
// { pages, text } with one line per text line and a blank line where the
// vertical gap says a paragraph ends. Run in its own process (the importer
// gives it a time limit), reading the PDF's bytes from stdin.
import { Buffer } from "node:buffer";
import process from "node:process";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const lines = [];
  let current = null;
  for (const item of content.items) {
    if (!("str" in item)) continue;
    // pdf.js stands a space in for a gap it saw; the gap itself is measured below
    if (item.str.trim() === "" && current && !item.hasEOL) continue;
    const x = item.transform[4];
    const y = item.transform[5];
    const height = Math.abs(item.transform[3]) || item.height || 10;
    if (!current || Math.abs(current.y - y) > height * 0.5) {
      if (current) lines.push(current);
      current = { y, height, text: item.str, end: x + (item.width || 0) };
    } else {
      // On one line, a wide gap parts two columns (a header's issuer and motto): a tab, which the parser
      // reads as a cell boundary; a narrow one is a space the PDF did not write as a character.
      const gap = x - current.end;
      if (gap > height * 2) current.text += "\t";
      else if (gap > height * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += " ";
      current.text += item.str;
      current.end = x + (item.width || 0);
    }
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  // A gap of more than about a line and a half between lines ends a paragraph.
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.trim() === "") continue;
    const previous = out.length ? lines[i - 1] : null;
    if (previous && previous.y - line.y > line.height * 1.6) out.push("");
    out.push(line.text.replace(/[ \t]+$/, ""));
  }
  pages.push(out.join("\n"));
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: pages.join("\n\n") }));
