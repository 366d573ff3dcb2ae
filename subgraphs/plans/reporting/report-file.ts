import { createHash } from "node:crypto";
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Column, Entity, PrimaryColumn, type EntityManager } from "typeorm";
import { canRead } from "../../../shared/auth/access";
import { badUserInput, notFound } from "../../../shared/core/errors";
import type { HubContext } from "../../../shared/records/context";
import { byId } from "../../../shared/records/loaders";
import { authorizeAudited, createRecord, updateRecord } from "../../../shared/records/writes";
import { provinceOfItsAgency } from "../directory/province-of-agency";
import { detectFormat } from "../import/formats/detect";
import { PlanDocumentError } from "../import/parser/errors";
import { Report, ReportInput, type ReportFileInput } from "./reporting";

/**
 * A report comes with its document: the file the agency signed and sent
 * (PDF or Word), kept with the report in this department's database, and
 * read by whoever may read the report. Its bytes are stored in parts small
 * enough for any database's plain BLOB; the report row keeps its name,
 * type, size and SHA-256, which the audit trail records.
 */
// within the 1 MB request body every service reads, once in base64
export const REPORT_FILE_BYTES = 700 * 1024;
const PART_BYTES = 48 * 1024;

const MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

@Entity("report_file_part")
export class ReportFilePart {
  @PrimaryColumn({ type: "varchar", length: 120 })
  reportId!: string;

  @PrimaryColumn({ type: "integer" })
  part!: number;

  @Column({ type: "blob" })
  bytes!: Buffer;
}

@ObjectType({ description: "A report's document, its bytes in base64." })
export class ReportFileContent {
  @Field()
  fileName!: string;

  @Field()
  fileType!: string;

  @Field(() => Int)
  fileBytes!: number;

  @Field()
  fileSha256!: string;

  @Field({ description: "The file's bytes, base64." })
  content!: string;
}

interface ReadFile {
  fileName: string;
  fileType: string;
  fileBytes: number;
  fileSha256: string;
  bytes: Buffer;
}

/** The file as sent, checked: base64, at most 5 MB, a PDF or Word document by its content (never by its name). */
function readFile(input: ReportFileInput): ReadFile {
  const fileName = String(input.fileName ?? "").trim();
  if (!fileName || fileName.length > 200 || /[\\/]/.test(fileName) || [...fileName].some((c) => c.charCodeAt(0) < 0x20))
    throw badUserInput("file.fileName must be a file name of 1 to 200 characters, without a path.", ["file", "fileName"]);
  const content = String(input.content ?? "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length === 0)
    throw badUserInput("file.content must be the file's bytes in base64.", ["file", "content"]);
  // a size from the base64's length first, so an oversized file is refused before it is decoded
  if (Math.floor((content.length * 3) / 4) > REPORT_FILE_BYTES + 2)
    throw badUserInput(
      `The report file is larger than ${REPORT_FILE_BYTES / 1024} KB: export the signed report as a PDF of text, or scan it at 150 dpi in grey.`,
      ["file", "content"],
    );
  const bytes = Buffer.from(content, "base64");
  let format: string;
  try {
    format = detectFormat(bytes);
  } catch (error) {
    if (error instanceof PlanDocumentError) throw badUserInput(`The report file cannot be kept: ${error.message}.`, ["file", "content"]);
    throw error;
  }
  if (format !== "pdf" && format !== "docx")
    throw badUserInput("The report file must be a PDF or a Word (.docx) document; this one is neither.", ["file", "content"]);
  return {
    fileName,
    fileType: MEDIA_TYPES[format],
    fileBytes: bytes.length,
    fileSha256: createHash("sha256").update(bytes).digest("hex"),
    bytes,
  };
}

/** Replaces the stored parts of a report's file, in the write's transaction. */
function storeParts(bytes: Buffer) {
  return async (manager: EntityManager, report: Report): Promise<void> => {
    await manager.delete(ReportFilePart, { reportId: report.id });
    const parts: Partial<ReportFilePart>[] = [];
    for (let offset = 0, part = 0; offset < bytes.length; offset += PART_BYTES, part += 1)
      parts.push({ reportId: report.id, part, bytes: bytes.subarray(offset, offset + PART_BYTES) });
    for (let i = 0; i < parts.length; i += 20) await manager.insert(ReportFilePart, parts.slice(i, i + 20));
  };
}

function fields(input: ReportInput): Partial<Report> {
  const { agencyId, deadlineId, submittedOn, documentNumber, summary } = input;
  return { agencyId, deadlineId, submittedOn, documentNumber: documentNumber?.trim(), summary };
}

@Resolver(() => Report)
export class ReportResolver {
  @Mutation(() => Report, {
    description:
      "Records an agency's report against a deadline with its document: number, date and file (PDF or Word) required. " +
      "The agency's officer submits its own; the department in charge records one received on paper.",
  })
  async createReport(@Arg("input", () => ReportInput) input: ReportInput, @Ctx() ctx: HubContext): Promise<Report> {
    const values = fields(input);
    // the writer is known to be allowed before a byte of the file is decoded
    await authorizeAudited(ctx, {
      action: "create",
      operation: "createReport",
      entity: "Report",
      after: { ...values, ...(await provinceOfItsAgency(input, ctx)) },
    });
    if (!input.file) throw badUserInput("A report is recorded with its document: send the report file (PDF or Word).", ["file"]);
    const { bytes, ...file } = readFile(input.file);
    return createRecord(ctx, Report, { ...values, ...file }, { derive: provinceOfItsAgency, afterWrite: storeParts(bytes) });
  }

  @Mutation(() => Report, {
    description:
      "Corrects a report: omitted fields keep their value; a file sent replaces the one kept. Refused with CONFLICT when `version` is stale.",
  })
  async updateReport(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => ReportInput) input: ReportInput,
    @Ctx() ctx: HubContext,
  ): Promise<Report> {
    const values = fields(input);
    if (input.file) {
      const before = await ctx.db.getRepository(Report).findOneBy({ id });
      if (!before || !canRead(ctx, before)) throw notFound("Report", id);
      await authorizeAudited(ctx, {
        action: "update",
        operation: "updateReport",
        entity: "Report",
        before,
        after: { ...before, ...values, ...(await provinceOfItsAgency(input, ctx)) },
      });
      const { bytes, ...file } = readFile(input.file);
      return updateRecord(ctx, Report, id, version, { ...values, ...file }, { derive: provinceOfItsAgency, afterWrite: storeParts(bytes) });
    }
    return updateRecord(ctx, Report, id, version, values, { derive: provinceOfItsAgency });
  }

  @Query(() => ReportFileContent, {
    nullable: true,
    description: "A report's document, for those who may read the report; null when the report was recorded without its file.",
  })
  async reportFile(@Arg("reportId", () => ID) reportId: string, @Ctx() ctx: HubContext): Promise<ReportFileContent | null> {
    const report = await byId(ctx, Report).load(reportId);
    if (!report) throw notFound("Report", reportId);
    if (!report.fileName || !report.fileType || report.fileBytes === null || !report.fileSha256) return null;
    const parts = await ctx.db.getRepository(ReportFilePart).find({ where: { reportId }, order: { part: "ASC" } });
    const bytes = Buffer.concat(parts.map((p) => Buffer.from(p.bytes)));
    return {
      fileName: report.fileName,
      fileType: report.fileType,
      fileBytes: report.fileBytes,
      fileSha256: report.fileSha256,
      content: bytes.toString("base64"),
    };
  }
}
