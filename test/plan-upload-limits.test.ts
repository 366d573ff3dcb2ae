import { hostilePlanFiles, type HostileFile } from "../scripts/hostile-plans";
import { PlanDocumentError } from "../subgraphs/plans/import/parser/parse-plan";
import { readPlan } from "../subgraphs/plans/import/read-plan";
import { describeWithoutDatabase } from "./support/database-free";

/** The refusal `readPlan` gives a file, or null when it reads it. */
async function refusalOf(bytes: Buffer): Promise<PlanDocumentError | null> {
  try {
    await readPlan({ file: bytes });
    return null;
  } catch (error) {
    if (error instanceof PlanDocumentError) return error;
    throw error;
  }
}

describeWithoutDatabase("uploaded plan files are checked before and while they are decoded", () => {
  let files: HostileFile[];
  beforeAll(async () => {
    files = await hostilePlanFiles();
  }, 60_000);
  const file = (name: string) => files.find((f) => f.name === name)!.bytes;

  it("refuses every hostile or malformed Word, PDF and HTML file with a coded reason, never a fault", async () => {
    for (const hostile of files) {
      const refusal = await refusalOf(hostile.bytes);
      expect({ file: hostile.name, refused: refusal instanceof PlanDocumentError }).toEqual({ file: hostile.name, refused: true });
      expect(hostile.bytes.length).toBeLessThan(700 * 1024); // small enough to come through the gateway, base64
    }
  });

  it("refuses a 300 KB Word file that inflates to 300 MB from what its archive declares, inflating nothing", async () => {
    const bomb = file("a Word file inflating to 300 MB");
    const heap = process.memoryUsage().heapUsed;
    const refusal = await refusalOf(bomb);
    expect(refusal).toMatchObject({ code: "FILE_INFLATES_TOO_MUCH" });
    expect(refusal!.message).toMatch(/word\/document\.xml inflates to 300 MB or more/);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 * 1024 * 1024);
  });

  it("stops inflating a Word file whose archive lies about its size as soon as it passes what it declared", async () => {
    expect(await refusalOf(file("a Word file inflating to 300 MB that declares 1 KB"))).toMatchObject({
      code: "FILE_BROKEN_ARCHIVE",
      message: expect.stringContaining("too many bytes"),
    });
  });

  it("refuses HTML nested 120,000 deep as BAD input, not a stack overflow", async () => {
    expect(await refusalOf(file("an HTML page nested 120,000 deep"))).toMatchObject({
      code: "FILE_NESTED_TOO_DEEP",
      message: "the page's elements nest more than 256 deep",
    });
    expect(await refusalOf(file("an HTML page of 60,000 elements"))).toMatchObject({ code: "FILE_TOO_MANY_ELEMENTS" });
  });

  it("refuses PDFs of more pages or objects than a plan has, and says what pdf.js could not read", async () => {
    expect(await refusalOf(file("a PDF of 1,000 empty pages"))).toMatchObject({
      code: "FILE_TOO_MANY_PAGES",
      message: "the PDF has 1000 pages; the importer reads at most 500",
    });
    expect(await refusalOf(file("a PDF of 55,000 objects"))).toMatchObject({ code: "FILE_TOO_MANY_OBJECTS" });
    expect(await refusalOf(file("a PDF of a header and garbage"))).toMatchObject({
      code: "FILE_PDF_UNREADABLE",
      message: "the PDF cannot be read (Invalid PDF structure.)",
    });
  });

  it("refuses a Word archive of more parts than a document has", async () => {
    expect(await refusalOf(file("a Word file of 2,000 parts"))).toMatchObject({ code: "FILE_TOO_MANY_PARTS" });
  });
});
