import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Column, Entity, Index, In, PrimaryColumn, type ObjectLiteral } from "typeorm";
import { v7 as timeOrderedId } from "uuid";
import { operates, rightsOf, viewerAgencyId, type Viewer } from "../../../shared/auth/identity";
import type { Vouched } from "../../../shared/auth/internal-identity";
import { workingDaysAfter } from "../../../shared/core/calendar";
import { DateScalar, DateTimeScalar } from "../../../shared/core/domain";
import { badUserInput, forbidden, notFound, unauthenticated } from "../../../shared/core/errors";
import { todayInVietnam } from "../../../shared/core/functions";
import { territoryOf } from "../../../shared/core/national-directory";
import { foldVietnamese } from "../../../shared/core/text";
import { AuditEntry } from "../../../shared/records/audit";
import { loaderFor, type HubContext } from "../../../shared/records/context";
import { byId, readable } from "../../../shared/records/loaders";
import { openStates, personKey, destroyKeys } from "../../../shared/records/sealed";
import { auditedWrite, outsideWrites, writeOnce } from "../../../shared/records/writes";
import { Agency } from "./agency";
import { FocalPoint } from "./focal-point";

/**
 * Officials' personal data (Law 91/2025/QH15; Decree 356/2025/NĐ-CP, both in
 * force 1 January 2026). A focal point's name and position are every
 * official's to read; their phone and e-mail only theirs who need them —
 * the province's coordinators of the department in charge of foreign
 * information, the focal point's own agency, and the province's admins.
 * Every read and export of those fields, every answer to a person's request
 * and every erasure is written to the processing log, which the province's
 * data-protection officer (`dpo`) and admins read.
 */
export const CONTACT_FIELDS = ["phone", "email"] as const;

export function mayReadContact(viewer: Viewer, focalPoint: Pick<FocalPoint, "agencyId" | "provinceCode">): boolean {
  if (viewer.anonymous) return false;
  const inTerritory = territoryOf(viewer.provinceCode).includes(focalPoint.provinceCode);
  if (!inTerritory) return false;
  if (viewer.role === "admin") return true;
  if (viewerAgencyId(viewer) === focalPoint.agencyId) return true;
  return viewer.role === "coordinator" && operates(viewer, "plans");
}

/** A focal point's state as the audit trail shows it to this viewer: contact fields only for those who may read them. */
export function personalView(ctx: HubContext, entity: string, state: ObjectLiteral): ObjectLiteral {
  if (entity !== "FocalPoint" || mayReadContact(ctx.viewer, state as FocalPoint)) return state;
  return Object.fromEntries(
    Object.entries(state).map(([field, value]) => [
      field,
      (CONTACT_FIELDS as readonly string[]).includes(field) ? "[not shown to you]" : value,
    ]),
  );
}

/** Who may read the processing log and answer people's requests: the province's data-protection officer, and its admins. */
function requireDataProtection(ctx: HubContext, provinceCode: string): void {
  const viewer = ctx.viewer;
  if (viewer.anonymous) throw unauthenticated("Sign in: personal-data records are for the data-protection officer.");
  if (!(viewer.role === "dpo" || viewer.role === "admin") || !territoryOf(viewer.provinceCode).includes(provinceCode))
    throw forbidden("Only the province's data-protection officer and its admins read the processing log and answer people's requests.");
}

/** One processing of personal data: who, when, which records and fields, how (Law 91/2025/QH15). Append-only: no API changes one. */
@ObjectType({ description: "One processing of personal data: who, when, which records and fields, and how." })
@Entity("processing_log")
@Index(["provinceCode", "at"])
export class ProcessingLogEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 40 })
  id!: string;

  @Field(() => DateTimeScalar)
  @Column({ type: "varchar", length: 30 })
  at!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 80, nullable: true })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  role!: string | null;

  @Field({ description: "READ, EXPORT, ACCESS_REQUEST or ERASE." })
  @Column({ type: "varchar", length: 20 })
  operation!: string;

  @Field({ description: "The province whose people's data it was." })
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Field()
  @Column({ type: "varchar", length: 40 })
  entity!: string;

  @Field(() => [ID])
  @Column({ type: "simple-array" })
  recordIds!: string[];

  @Field(() => [String])
  @Column({ type: "simple-array" })
  fields!: string[];

  @Field(() => String, { nullable: true, description: "The request it answered, or why (an export's format, an erasure's reason)." })
  @Column({ type: "varchar", length: 300, nullable: true })
  note!: string | null;
}

type Processing = Pick<ProcessingLogEntry, "operation" | "provinceCode" | "entity" | "recordIds" | "fields"> & { note?: string | null };

/** One processing entry, as `viewer`, at `at` (now; entries written in one statement share their moment). */
function processingEntry(viewer: Viewer, entry: Processing, at = new Date().toISOString()): ProcessingLogEntry {
  const official = viewer.anonymous ? null : viewer;
  return Object.assign(new ProcessingLogEntry(), {
    // time-ordered (RFC 9562 UUIDv7): the log only grows, and each entry goes to the end of its key's index, not to a
    // random page of it (an insert into a log of 230,000 entries cost half as much so, embedded)
    id: timeOrderedId(),
    at,
    userId: official?.userId ?? null,
    agencyCode: official?.agencyCode ?? null,
    role: official?.role ?? null,
    note: entry.note ?? null,
    ...entry,
  });
}

/**
 * Writes one processing entry of a query (a reading, an access request's
 * answer), as the viewer, now, in no other request's transaction. Sent
 * again, a query reads again, and that reading is logged again; entries
 * that are a mutation's whole effect (an export, a shared reading) are
 * written once (`writeOnce`).
 */
async function logProcessing(ctx: HubContext, entry: Processing): Promise<void> {
  const row = processingEntry(ctx.viewer, entry);
  // logged under this official's name: the gateway hands the answer to another only once it is logged under them too
  (ctx.processingLogged ??= []).push(row.id);
  await outsideWrites(ctx.db, () => ctx.db.getRepository(ProcessingLogEntry).insert(row));
}

/**
 * Logs the readings of a shared answer again under each of `readers`, in
 * one statement, for those who may read every contact detail it holds:
 * for each reader, whether it is logged. Refused outright unless every
 * entry is a recent reading of contact details.
 */
async function logSharedReadings(ctx: HubContext, entries: string[], readers: Vouched[]): Promise<boolean[]> {
  const ids = [...new Set(entries)];
  if (ids.length === 0 || ids.length > 100) throw badUserInput("Name 1 to 100 processing-log entries.", ["entries"]);
  const found = await ctx.db.getRepository(ProcessingLogEntry).findBy({ id: In(ids) });
  const missing = ids.find((id) => !found.some((entry) => entry.id === id));
  if (missing) throw notFound("Processing-log entry", missing);
  const oldest = Date.now() - SHARED_READING_WINDOW_MS;
  if (found.some((entry) => entry.operation !== "READ" || entry.entity !== "FocalPoint" || Date.parse(entry.at) < oldest))
    throw forbidden("Only a reading of contact details made a moment ago is shared: ask for the answer itself.");
  const recordIds = [...new Set(found.flatMap((entry) => entry.recordIds))];
  if (!recordIds.length) throw forbidden("That answer logged no reading of contact details: there is nothing to log again.");
  // the read rule sees rights, not accounts: one check for each rights among the readers
  const readableBy = new Map<string, Promise<FocalPoint[]>>();
  const allowed = await Promise.all(
    readers.map(async ({ viewer }) => {
      if (viewer.anonymous) return false;
      let focalPoints = readableBy.get(rightsOf(viewer));
      if (!focalPoints) {
        focalPoints = readable({ ...ctx, viewer, loaders: new Map() }, FocalPoint)
          .andWhere("r.id IN (:...recordIds)", { recordIds })
          .getMany();
        readableBy.set(rightsOf(viewer), focalPoints);
      }
      const seen = await focalPoints;
      return seen.length === recordIds.length && seen.every((focalPoint) => mayReadContact(viewer, focalPoint));
    }),
  );
  const at = new Date().toISOString();
  const rows = readers.flatMap(({ viewer, requestId }, i) =>
    allowed[i]
      ? found.map((entry) =>
          processingEntry(
            viewer,
            {
              operation: "READ",
              provinceCode: entry.provinceCode,
              entity: entry.entity,
              recordIds: entry.recordIds,
              fields: entry.fields,
              note: `request ${requestId ?? ctx.requestId}, answered with ${entry.note ?? "another request"}`.slice(0, 300),
            },
            at,
          ),
        )
      : [],
  );
  if (rows.length) await writeOnce(ctx, (manager) => manager.insert(ProcessingLogEntry, rows));
  return allowed;
}

/**
 * The reads of one request, one entry per province: every contact field a
 * request reads is written to the log (batched per request) before the
 * value is returned.
 */
function logRead(ctx: HubContext, focalPoint: FocalPoint, field: string): Promise<void> {
  const loader = loaderFor<string, void>(ctx, "processing-log:read", async (keys) => {
    const reads = keys.map((key) => JSON.parse(key) as { id: string; province: string; field: string });
    for (const province of new Set(reads.map((r) => r.province))) {
      const mine = reads.filter((r) => r.province === province);
      await logProcessing(ctx, {
        operation: "READ",
        provinceCode: province,
        entity: "FocalPoint",
        recordIds: [...new Set(mine.map((r) => r.id))],
        fields: [...new Set(mine.map((r) => r.field))],
        note: `request ${ctx.requestId}`,
      });
    }
    return keys.map(() => undefined);
  });
  return loader.load(JSON.stringify({ id: focalPoint.id, province: focalPoint.provinceCode, field }));
}

@ObjectType({ description: "What the hub holds about a person, for their access request, and when it must be answered." })
export class PersonalDataReport {
  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => DateScalar, {
    description: "Two working days after it was received (Decree 356/2025/NĐ-CP): the request is acknowledged, and answered, by then.",
  })
  answerBy!: string;

  @Field(() => [FocalPoint], { description: "The focal-point records naming the person (phone and e-mail included, for the officer)." })
  focalPoints!: FocalPoint[];

  @Field(() => [AuditEntry], { description: "The audit trail's entries about those records." })
  history!: AuditEntry[];

  @Field(() => [ProcessingLogEntry], { description: "Every recorded read, export and answer of the person's data." })
  processing!: ProcessingLogEntry[];
}

@ObjectType()
export class ErasureReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  erasedAt!: string;

  @Field({
    description: "Whether the key sealing the person's data in the audit trail was destroyed: what the trail kept cannot be read again.",
  })
  auditTrailSealed!: boolean;
}

/** Records handed to the data-protection officer in an answer to the person's own access request: their contact details included. */
const ANSWERED = new WeakSet<object>();

/**
 * How old a reading may be for the gateway to hand its answer to another
 * official: it shares only answers still in flight, so a reading it asks to
 * log again was written a moment ago (the identity's own lifetime bounds it).
 */
export const SHARED_READING_WINDOW_MS = 60_000;

@Resolver(() => FocalPoint)
export class PersonalDataResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Only for the province's coordinators in charge of foreign information, the focal point's own agency and admins; every read is logged.",
  })
  async phone(@Root() focalPoint: FocalPoint, @Ctx() ctx: HubContext): Promise<string | null> {
    return this.contact(focalPoint, "phone", ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "As phone." })
  async email(@Root() focalPoint: FocalPoint, @Ctx() ctx: HubContext): Promise<string | null> {
    return this.contact(focalPoint, "email", ctx);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency that named the focal point." })
  agency(@Root() focalPoint: FocalPoint, @Ctx() ctx: HubContext) {
    return byId(ctx, Agency).load(focalPoint.agencyId);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the asking official may read this focal point's phone and e-mail: when false, null is not 'none' but 'not shown to you'.",
  })
  contactShown(@Root() focalPoint: FocalPoint, @Ctx() ctx: HubContext): boolean {
    return mayReadContact(ctx.viewer, focalPoint);
  }

  private async contact(focalPoint: FocalPoint, field: "phone" | "email", ctx: HubContext): Promise<string | null> {
    const value = focalPoint[field];
    if (value === null || value === undefined || !(ANSWERED.has(focalPoint) || mayReadContact(ctx.viewer, focalPoint))) return null;
    await logRead(ctx, focalPoint, field);
    return value;
  }

  /**
   * The gateway's own, before it hands the asking official an answer it
   * fetched for another official of equal rights: the readings that answer
   * logged are logged again under the asking official, each re-checked
   * against that official's own rights. Refused (and the gateway then asks
   * for itself) for anything but a recent reading of contact details the
   * caller may read. Gateways of the earlier version ask this, one official
   * a request; today's ask `recordSharedReadings`.
   */
  @Directive("@inaccessible")
  @Mutation(() => Int, {
    description: "Logs under the caller the readings of an answer shared with them (the gateway's own; not in the API).",
  })
  async recordSharedReading(@Arg("entries", () => [ID]) entries: string[], @Ctx() ctx: HubContext): Promise<number> {
    if (ctx.viewer.anonymous) throw unauthenticated("Sign in: only an official's reading is logged.");
    const [logged] = await logSharedReadings(ctx, entries, [{ viewer: ctx.viewer, requestId: ctx.requestId }]);
    if (!logged) throw forbidden("You may not read every contact detail that answer holds: ask for the answer itself.");
    return new Set(entries).size;
  }

  /**
   * As `recordSharedReading`, for the caller and every official the gateway
   * vouches for beside it (`ALSO_IDENTITIES_HEADER`): the gateway's one
   * request for all the officials waiting on one answer.
   */
  @Directive("@inaccessible")
  @Mutation(() => [Boolean], {
    description:
      "Logs the readings of an answer shared with them under the caller and each official vouched for beside it (the gateway's own; not in the API): whether each, in that order, is logged.",
  })
  async recordSharedReadings(@Arg("entries", () => [ID]) entries: string[], @Ctx() ctx: HubContext): Promise<boolean[]> {
    if (ctx.viewer.anonymous) throw unauthenticated("Sign in: only an official's reading is logged.");
    return logSharedReadings(ctx, entries, [{ viewer: ctx.viewer, requestId: ctx.requestId }, ...ctx.alsoFor]);
  }

  @Query(() => [ProcessingLogEntry], {
    description: "The province's processing log, newest first (its data-protection officer and admins).",
  })
  async processingLog(
    @Arg("provinceCode") provinceCode: string,
    @Arg("recordId", () => ID, { nullable: true }) recordId: string | undefined,
    @Arg("limit", () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: HubContext,
  ): Promise<ProcessingLogEntry[]> {
    requireDataProtection(ctx, provinceCode);
    const entries = await ctx.db
      .getRepository(ProcessingLogEntry)
      .find({ where: { provinceCode }, order: { at: "DESC", id: "DESC" }, take: Math.min(Math.max(limit, 1), 1000) });
    return recordId ? entries.filter((e) => e.recordIds.includes(recordId)) : entries;
  }

  @Query(() => PersonalDataReport, {
    description:
      "A person's access request: every focal-point record naming them in the province, its history and every processing of it; the answer is logged.",
  })
  async personalData(
    @Arg("provinceCode") provinceCode: string,
    @Arg("fullName", { description: "As the person gives it; case and tone marks ignored." }) fullName: string,
    @Arg("receivedOn", () => DateScalar, { nullable: true, description: "When the request came (today by default)." })
    receivedOn: string | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<PersonalDataReport> {
    requireDataProtection(ctx, provinceCode);
    const wanted = foldVietnamese(fullName);
    const focalPoints = (await ctx.db.getRepository(FocalPoint).findBy({ provinceCode: In(territoryOf(provinceCode)) })).filter(
      (f) => foldVietnamese(f.fullName) === wanted,
    );
    const ids = focalPoints.map((f) => f.id);
    const history = ids.length
      ? await ctx.db.getRepository(AuditEntry).find({ where: { recordId: In(ids) }, order: { sequence: "ASC" } })
      : [];
    const opened = await openStates(
      ctx.db.manager,
      history.flatMap((e) => [e.before, e.after]),
    );
    history.forEach((entry, i) => Object.assign(entry, { before: opened[2 * i], after: opened[2 * i + 1] }));
    const processing = (
      await ctx.db.getRepository(ProcessingLogEntry).find({ where: { entity: "FocalPoint" }, order: { at: "ASC", id: "ASC" } })
    ).filter((e) => e.recordIds.some((id) => ids.includes(id)));
    focalPoints.forEach((f) => ANSWERED.add(f));
    const received = receivedOn ?? todayInVietnam();
    await logProcessing(ctx, {
      operation: "ACCESS_REQUEST",
      provinceCode,
      entity: "FocalPoint",
      recordIds: ids,
      fields: ["fullName", "position", "phone", "email"],
      note: `request received ${received}`,
    });
    return { receivedOn: received, answerBy: workingDaysAfter(received, 2), focalPoints, history, processing };
  }

  @Mutation(() => Int, {
    description:
      "Records that the asking official exported focal points' contact details (a spreadsheet): those they may read are logged and counted.",
  })
  async recordContactExport(
    @Arg("focalPointIds", () => [ID]) focalPointIds: string[],
    @Arg("format", { description: "xlsx or csv" }) format: string,
    @Ctx() ctx: HubContext,
  ): Promise<number> {
    if (ctx.viewer.anonymous) throw unauthenticated("Sign in to export contact details.");
    const readable = (await ctx.db.getRepository(FocalPoint).findBy({ id: In(focalPointIds.slice(0, 1000)) })).filter((f) =>
      mayReadContact(ctx.viewer, f),
    );
    const at = new Date().toISOString();
    const rows = [...new Set(readable.map((f) => f.provinceCode))].map((province) =>
      processingEntry(
        ctx.viewer,
        {
          operation: "EXPORT",
          provinceCode: province,
          entity: "FocalPoint",
          recordIds: readable.filter((f) => f.provinceCode === province).map((f) => f.id),
          fields: [...CONTACT_FIELDS],
          note: String(format).slice(0, 20),
        },
        at,
      ),
    );
    if (rows.length) await writeOnce(ctx, (manager) => manager.insert(ProcessingLogEntry, rows));
    return readable.length;
  }

  @Mutation(() => ErasureReceipt, {
    description:
      "Erases a person's focal-point record at their request (the data-protection officer or an admin of the province): the record goes, and the key sealing its personal fields in the audit trail is destroyed, so the trail keeps nothing readable of them and still verifies.",
  })
  async erasePersonalData(
    @Arg("id", () => ID) id: string,
    @Arg("reason", { description: "The request it answers." }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ErasureReceipt> {
    const focalPoint = await ctx.db.getRepository(FocalPoint).findOneBy({ id });
    if (!focalPoint) throw notFound("FocalPoint", id);
    requireDataProtection(ctx, focalPoint.provinceCode);
    const erasedAt = new Date().toISOString();
    const receipt = await auditedWrite(
      ctx,
      {
        action: "update",
        operation: "erasePersonalData",
        entity: "FocalPoint",
        before: {
          id,
          agencyId: focalPoint.agencyId,
          provinceCode: focalPoint.provinceCode,
          role: focalPoint.role,
          classification: focalPoint.classification,
        },
        after: { id, agencyId: focalPoint.agencyId, provinceCode: focalPoint.provinceCode, classification: focalPoint.classification },
      },
      async (manager) => {
        await manager.delete(FocalPoint, { id });
        const destroyed = await destroyKeys(manager, [personKey("FocalPoint", id)]);
        // in the erasure's own transaction: no erasure without its entry in the log
        await manager.insert(
          ProcessingLogEntry,
          processingEntry(ctx.viewer, {
            operation: "ERASE",
            provinceCode: focalPoint.provinceCode,
            entity: "FocalPoint",
            recordIds: [id],
            fields: ["fullName", "position", "phone", "email"],
            note: reason.slice(0, 300),
          }),
        );
        return { id, erasedAt, auditTrailSealed: destroyed > 0, provinceCode: focalPoint.provinceCode, classification: "INTERNAL" };
      },
    );
    return receipt;
  }
}
