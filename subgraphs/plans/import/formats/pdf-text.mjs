// Reads a PDF's text layer with pdf.js and prints it as JSON on stdout:
// { pages, text } with one line per text line and a blank line where the
// vertical gap says a paragraph ends. Run in its own process (the importer
// gives it a time and a memory limit), reading the PDF's bytes from stdin.
// Its arguments are the most pages and characters it reads: beyond them it
// says which limit was met ("LIMIT TOO_MANY_PAGES: …" on stderr) and exits 3.
import { Buffer } from "node:buffer";
import process from "node:process";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Without trailing spaces and tabs, in linear time (/[ \t]+$/ retries from every blank of a long run). */
function trimEndBlanks(text) {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(0, end);
}

const [maxPages, maxCharacters] = process.argv.slice(2).map(Number);
function refuse(code, message) {
  process.stderr.write(`LIMIT ${code}: ${message}\n`);
  process.exit(3);
}

process.on("uncaughtException", (error) => {
  // one line the importer can show: what pdf.js said, not where it said it
  process.stderr.write(`ERROR ${String(error?.message ?? error).split("\n")[0]}\n`);
  process.exit(1);
});

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
if (pdf.numPages > maxPages) refuse("TOO_MANY_PAGES", `the PDF has ${pdf.numPages} pages; the importer reads at most ${maxPages}`);
const pages = [];
let characters = 0;
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
      else if (gap > height * 0.15 && !/\s/.test(current.text.slice(-1)) && !/^\s/.test(item.str)) current.text += " ";
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
    out.push(trimEndBlanks(line.text));
  }
  pages.push(out.join("\n"));
  characters += pages[pages.length - 1].length;
  if (characters > maxCharacters) refuse("TOO_MUCH_TEXT", `the PDF holds more than ${maxCharacters} characters of text`);
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: pages.join("\n\n") }));
