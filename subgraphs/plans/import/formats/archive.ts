import yauzl from "yauzl";
import { FILE_LIMITS, unreadableFile } from "./limits";

const MB = 1024 * 1024;

/**
 * Checks a Word file's zip archive before any reader inflates it — the
 * number of parts, each part's declared size and compression ratio — then
 * inflates every part once, counting, and stops at the limit: a part that
 * inflates to more than it declares (yauzl's size check) or parts that
 * together pass the limit refuse the file. A 300 KB file that inflates to
 * 300 MB costs a few milliseconds and no memory.
 */
export async function checkArchive(bytes: Uint8Array): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    throw unreadableFile("NOT_AN_ARCHIVE", `the Word document is not a valid archive (${String((error as Error).message).slice(0, 120)})`);
  }
  try {
    if (zip.entryCount > FILE_LIMITS.archiveEntries)
      throw unreadableFile(
        "TOO_MANY_PARTS",
        `the Word document has ${zip.entryCount} parts; the importer reads at most ${FILE_LIMITS.archiveEntries}`,
        {
          parts: zip.entryCount,
          limit: FILE_LIMITS.archiveEntries,
        },
      );
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      const declared = entry.uncompressedSize;
      if (declared > FILE_LIMITS.entryBytes || (declared > MB && declared > FILE_LIMITS.ratio * Math.max(1, entry.compressedSize)))
        throw inflatesTooMuch(entry.fileName, declared);
      if (entry.fileName.endsWith("/")) continue;
      let inflated = 0;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          inflated += chunk.length;
          total += chunk.length;
          if (total > FILE_LIMITS.archiveBytes) {
            stream.destroy();
            throw inflatesTooMuch(entry.fileName, total);
          }
        }
      } catch (error) {
        if (error instanceof Error && error.name === "PlanDocumentError") throw error;
        // yauzl's own refusals: a part larger than it says, a broken stream, an unsupported method
        throw unreadableFile(
          "BROKEN_ARCHIVE",
          `the Word document's part ${entry.fileName} cannot be read (${String((error as Error).message).slice(0, 120)})`,
        );
      }
      if (inflated > FILE_LIMITS.entryBytes) throw inflatesTooMuch(entry.fileName, inflated);
    }
  } finally {
    zip.close();
  }
}

function inflatesTooMuch(part: string, bytes: number) {
  return unreadableFile(
    "INFLATES_TOO_MUCH",
    `the Word document's part ${part} inflates to ${Math.round(bytes / MB)} MB or more, beyond what any plan needs (at most ${FILE_LIMITS.entryBytes / MB} MB a part, ${FILE_LIMITS.archiveBytes / MB} MB in all, ${FILE_LIMITS.ratio} times its compressed size)`,
    { part, limit: FILE_LIMITS.archiveBytes },
  );
}
