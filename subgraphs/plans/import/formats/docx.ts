import mammoth from "mammoth";
import { checkArchive } from "./archive";
import { htmlToPlanText } from "./html";
import { unreadableFile } from "./limits";
import { withWordNumbering } from "./word-numbering";

/**
 * A Word document's text, read with mammoth: its paragraphs, numbered lists
 * (with the numbers Word shows, word-numbering.ts) and table cells as the
 * document has them, by way of the HTML mammoth writes.
 */
export async function docxToPlanText(bytes: Uint8Array): Promise<string> {
  await checkArchive(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(await withWordNumbering(bytes)) })).value;
  } catch (error) {
    throw unreadableFile(
      "DOCX_UNREADABLE",
      `the Word document cannot be read (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
    );
  }
  return htmlToPlanText(html);
}
