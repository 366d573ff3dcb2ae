import { execFile } from "node:child_process";
import path from "node:path";
import { REPOSITORY_ROOT } from "../../../../shared/core/config";
import { PlanDocumentError } from "../parser/errors";

/** How long reading one PDF may take: a crafted file must not hold the import. */
const PDF_TIME_LIMIT_MS = 30_000;

/** Fewer visible characters a page than this: the PDF is a scan, with no text layer to read. */
const TEXT_PER_PAGE = 40;

/** pdf-text.mjs, an ES module run as it is (not compiled): in the sources, as the image keeps it. */
const READER = path.join(REPOSITORY_ROOT, "subgraphs", "plans", "import", "formats", "pdf-text.mjs");

/**
 * A PDF's text layer, read with pdf.js in a child process (pdf.js is an ES
 * module, and an untrusted file is better parsed apart, with a time limit).
 * A PDF without one — a scan — is refused, saying so, never parsed into nonsense.
 */
export async function pdfToPlanText(bytes: Uint8Array): Promise<string> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [READER],
      { timeout: PDF_TIME_LIMIT_MS, maxBuffer: 32 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) {
          const reason = error.killed ? "reading it took too long" : (stderr.split("\n").find((line) => line.trim()) ?? error.message);
          reject(new PlanDocumentError(`the PDF cannot be read (${reason.slice(0, 200)})`));
        } else resolve(stdout);
      },
    );
    child.stdin!.on("error", () => undefined); // the reader may stop before reading everything
    child.stdin!.end(Buffer.from(bytes));
  });
  const { pages, text } = JSON.parse(output) as { pages: number; text: string };
  const visible = text.replace(/\s/g, "").length;
  if (visible < TEXT_PER_PAGE * Math.max(1, pages)) {
    throw new PlanDocumentError(
      `the PDF has no text layer (${pages} page${pages === 1 ? "" : "s"}, ${visible} characters of text): it is probably a scan; ask for the Word file, or a PDF saved from it`,
    );
  }
  return text;
}
