import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from "type-graphql";
import { DateScalar } from "../../../shared/core/domain";
import { badUserInput, forbidden } from "../../../shared/core/errors";
import type { HubContext } from "../../../shared/records/context";
import { ReportPeriod } from "../enums";
import { Plan } from "../plan/plan";
import { PlanImportCorrection } from "./plan-corrections";
import { importPlanSource } from "./plan-import";
import { PlanImportPreview, previewPlanImport } from "./plan-preview";
import type { PlanSource } from "./read-plan";

/**
 * The document as sent: `text`, or `file` (the file's bytes, base64: Word,
 * PDF, HTML, Markdown or plain text, told apart by their content), exactly
 * one of the two — looked at only once the caller is known to be allowed to
 * import, when the importer asks for it.
 */
function documentSource(given: string | null | undefined, sent: string | null | undefined): () => PlanSource {
  return () => {
    const text = given ?? null;
    const file = sent ?? null;
    if ((text === null) === (file === null))
      throw badUserInput("Send the plan as text or as file (base64), one of the two.", ["text", "file"], { reason: "TEXT_OR_FILE" });
    if (file === null) return { text: text! };
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file))
      throw badUserInput("file must be the file's bytes in base64.", ["file"], { reason: "FILE_NOT_BASE64" });
    return { file: Buffer.from(file, "base64") };
  };
}

/** A date the coordinator sets for a reporting deadline the document wrote as no real date. */
@InputType()
export class DeadlineDateInput {
  @Field(() => ReportPeriod)
  period!: ReportPeriod;

  @Field(() => DateScalar)
  dueOn!: string;
}

const DEADLINE_DATES = {
  nullable: true,
  description:
    'Dates for reporting deadlines the document wrote as no real date ("31/11"), by period: set before loading, the text kept as written.',
} as const;

const CORRECTIONS = {
  nullable: true,
  description:
    "What the coordinator sets right before loading — a task's timeframe, a task's leads, an agency name mapped to the directory, " +
    "the date of a deadline or legal basis written as no real date — applied to the document as read; each is checked, and refused with a reason when it cannot apply.",
} as const;

const TEXT = { nullable: true, description: "The document's text, UTF-8 (or send file)." } as const;
const FILE = {
  nullable: true,
  description:
    "The document file's bytes, base64: Word (.docx), PDF, HTML, Markdown or plain text, or a scan — a PDF without a text layer, a PNG, JPEG or TIFF picture — read by OCR, told apart by content (or send text). A legacy .doc is refused, saying so.",
} as const;

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
    @Arg("deadlineDates", () => [DeadlineDateInput], DEADLINE_DATES) deadlineDates: DeadlineDateInput[] | null,
    @Arg("corrections", () => [PlanImportCorrection], CORRECTIONS) corrections: PlanImportCorrection[] | null,
    @Ctx() ctx: HubContext,
  ): Promise<PlanImportPreview> {
    const preview = await previewPlanImport(ctx, documentSource(text, file), {
      addUnknown,
      provinceCode: provinceCode ?? undefined,
      deadlineDates: deadlineDates ?? undefined,
      corrections: corrections ?? undefined,
    });
    // A plan the caller may not import (another province's) is refused, not previewed.
    if (preview.refusal?.code === "FORBIDDEN") throw forbidden(preview.refusal.message);
    return preview;
  }

  @Mutation(() => Plan, {
    description:
      "Reads a plan document (Word, PDF, HTML, Markdown, plain text or a scan, by OCR) and loads it, all or nothing (coordinators of its province). " +
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
    @Arg("deadlineDates", () => [DeadlineDateInput], DEADLINE_DATES) deadlineDates: DeadlineDateInput[] | null,
    @Arg("corrections", () => [PlanImportCorrection], CORRECTIONS) corrections: PlanImportCorrection[] | null,
    @Ctx() ctx: HubContext,
  ): Promise<Plan> {
    const options = {
      addUnknown,
      provinceCode: provinceCode ?? undefined,
      deadlineDates: deadlineDates ?? undefined,
      corrections: corrections ?? undefined,
    };
    return (await importPlanSource(ctx, documentSource(text, file), options)).plan;
  }
}
