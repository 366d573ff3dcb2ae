import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { badUserInput, forbidden, unauthenticated } from "../../../shared/core/errors";
import type { HubContext } from "../../../shared/records/context";
import { Plan } from "../plan/plan";
import { planFileText } from "./formats/read-plan-file";
import { PlanDocumentError } from "./parser/errors";
import { importPlanText } from "./plan-import";
import { PlanImportPreview, previewPlanImport } from "./plan-preview";

/** Well over any plan's text (the samples are 28,000 and 50,000 characters). */
const MAX_DOCUMENT_CHARACTERS = 300_000;

/**
 * The document's text, from `text` or from `file` (the file's bytes, base64:
 * Word, PDF, HTML, Markdown or plain text, told apart by their content).
 * Exactly one of the two.
 */
async function documentText(given: string | null | undefined, sent: string | null | undefined): Promise<string> {
  const text = given ?? null;
  const file = sent ?? null;
  if ((text === null) === (file === null))
    throw badUserInput("Send the plan as text or as file (base64), one of the two.", ["text", "file"]);
  let read = text;
  if (file !== null) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file)) throw badUserInput("file must be the file's bytes in base64.", ["file"]);
    try {
      read = (await planFileText(Buffer.from(file, "base64"))).text;
    } catch (error) {
      if (error instanceof PlanDocumentError) throw badUserInput(`The file cannot be read: ${error.message}.`, ["file"]);
      throw error;
    }
  }
  if (read!.length > MAX_DOCUMENT_CHARACTERS) {
    throw badUserInput(`The document is too long (${MAX_DOCUMENT_CHARACTERS.toLocaleString("en")} characters at most).`, [
      file ? "file" : "text",
    ]);
  }
  return read!;
}

const TEXT = { nullable: true, description: "The document's text, UTF-8 (or send file)." } as const;
const FILE = {
  nullable: true,
  description:
    "The document file's bytes, base64: Word (.docx), PDF with a text layer, HTML, Markdown or plain text, told apart by content (or send text). A legacy .doc or a scanned PDF is refused, saying so.",
} as const;

function refusalOf(refusal: { code: string; message: string }) {
  return refusal.code === "UNAUTHENTICATED" ? unauthenticated(refusal.message) : forbidden(refusal.message);
}

@Resolver()
export class PlanImportResolver {
  @Query(() => PlanImportPreview, {
    description:
      "Reads a plan document as importPlan would and says what importing it would do — the plan as read, agencies the directory lacks, " +
      "what changes against the stored plan, and the refusal if importing would be refused — storing nothing (coordinators of its province).",
  })
  async previewPlanImport(
    @Arg("text", () => String, TEXT) text: string | null,
    @Arg("file", () => String, FILE) file: string | null,
    @Arg("addUnknown", { defaultValue: false, description: "Rehearse the import with addUnknown." }) addUnknown: boolean,
    @Arg("provinceCode", () => String, { nullable: true, description: "As for importPlan." }) provinceCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<PlanImportPreview> {
    const preview = await previewPlanImport(ctx, await documentText(text, file), { addUnknown, provinceCode: provinceCode ?? undefined });
    // Only those who may import may preview: the policy's refusal is the answer itself, not a preview.
    if (preview.refusal && ["FORBIDDEN", "UNAUTHENTICATED"].includes(preview.refusal.code)) throw refusalOf(preview.refusal);
    return preview;
  }

  @Mutation(() => Plan, {
    description:
      "Reads a plan document (Word, PDF, HTML, Markdown or plain text) and loads it, all or nothing (coordinators of its province). " +
      "Importing the same plan again updates it. A province or agencies missing from the directory refuse it unless addUnknown is true.",
  })
  async importPlan(
    @Arg("text", () => String, TEXT) text: string | null,
    @Arg("file", () => String, FILE) file: string | null,
    @Arg("addUnknown", { defaultValue: false, description: "Add agencies (and a province) the directory lacks." }) addUnknown: boolean,
    @Arg("provinceCode", () => String, {
      nullable: true,
      description: "ISO 3166-2:VN code of a province the directory cannot name (e.g. VN-58).",
    })
    provinceCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<Plan> {
    return (await importPlanText(ctx, await documentText(text, file), { addUnknown, provinceCode: provinceCode ?? undefined })).plan;
  }
}
