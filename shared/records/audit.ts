import { createHash } from "node:crypto";
import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, type ClassType } from "type-graphql";
import {
  Column,
  Entity,
  Index,
  MoreThanOrEqual,
  PrimaryColumn,
  type DataSource,
  type EntityManager,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from "typeorm";
import { readableOnly } from "../auth/access";
import { auditLogRefusal } from "../auth/identity";
import { numberFromEnv, type SubgraphName } from "../core/config";
import { DateTimeScalar } from "../core/domain";
import { territoryOf } from "../core/national-directory";
import type { HubContext } from "./context";
import { paging } from "./paging";
import { openStates, sealState } from "./sealed";

/**
 * The audit trail (docs/domain.md, rule 4): every write and every refused write, in
 * the subgraph's own database, appended in the same transaction as the write.
 * Each entry carries the hash of the one before it, so an entry changed or
 * removed behind the API's back breaks the chain (`npm run audit:verify`).
 * Nothing in the API changes or deletes an entry.
 */
@Directive("@shareable")
@ObjectType({ description: "One write, or one refused write, as the subgraph recorded it." })
@Entity("audit_entry")
export class AuditEntry {
  @Field(() => Int, { description: "Position in this subgraph's chain, from 1." })
  @PrimaryColumn({ type: "integer" })
  sequence!: number;

  @Field(() => DateTimeScalar)
  @Column({ type: "varchar", length: 30 })
  at!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: "The writer's agency code." })
  @Column({ type: "varchar", length: 80, nullable: true })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true, description: "The writer's province." })
  @Column({ type: "varchar", length: 16, nullable: true })
  actorProvinceCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  role!: string | null;

  @Field({ description: "The mutation, e.g. updateTradeEvent." })
  @Column({ type: "varchar", length: 80 })
  operation!: string;

  @Field()
  @Column({ type: "varchar", length: 80 })
  entity!: string;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: "varchar", length: 160, nullable: true })
  recordId!: string | null;

  @Field({ description: "ALLOWED or REFUSED." })
  @Column({ type: "varchar", length: 16 })
  outcome!: "ALLOWED" | "REFUSED";

  @Field(() => String, { nullable: true, description: "Why a write was refused (error code and message)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "The record before the write, as JSON." })
  @Column({ type: "text", nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "The record after the write (or as attempted), as JSON." })
  @Column({ type: "text", nullable: true })
  after!: string | null;

  /** Who may read the entry (`entryAccess`): readable only by those who may read every state it records. */
  @Column({ type: "varchar", length: 16 })
  classification!: string;

  @Index()
  @Column({ type: "varchar", length: 16, nullable: true })
  provinceCode!: string | null;

  @Column({ type: "simple-array" })
  agencyIds: string[] = [];

  @Field()
  @Column({ type: "varchar", length: 64 })
  previousHash!: string;

  @Field()
  @Column({ type: "varchar", length: 64 })
  hash!: string;
}

const GENESIS = "0".repeat(64);
type EntryContent = Omit<AuditEntry, "sequence" | "previousHash" | "hash">;
/** An entry before it is appended: its states still as records, sealed as they are stored (`sealed.ts`). */
export type AuditDraft = Omit<EntryContent, "before" | "after"> & { before: ObjectLiteral | null; after: ObjectLiteral | null };

/** An operator's command (`npm run …`) as the trail keeps it: who ran it, what it did, never a record's content. */
export function operatorEntry(operator: string, operation: string, after: ObjectLiteral): AuditDraft {
  return {
    at: new Date().toISOString(),
    userId: operator,
    agencyCode: null,
    actorProvinceCode: null,
    role: "operator",
    operation,
    entity: "*",
    recordId: null,
    outcome: "ALLOWED",
    reason: null,
    before: null,
    after,
    classification: "INTERNAL",
    provinceCode: null,
    agencyIds: [],
  };
}

/** The hash that seals an entry: its content, its place and the hash before it. */
export function entryHash(entry: Omit<AuditEntry, "hash">): string {
  const fields = [
    entry.sequence,
    entry.at,
    entry.userId,
    entry.agencyCode,
    entry.actorProvinceCode,
    entry.role,
    entry.operation,
    entry.entity,
    entry.recordId,
    entry.outcome,
    entry.reason,
    entry.before,
    entry.after,
    entry.classification,
    entry.provinceCode,
    [...(entry.agencyIds ?? [])].join(","),
    entry.previousHash,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

const LEVELS = ["PUBLIC", "INTERNAL", "SECRET"];

/**
 * Who may read an entry: only someone who may read every state of the record
 * it records. So the entry takes the highest classification among them; a
 * SECRET entry names only the agencies every SECRET state names; and an entry
 * whose states lie in different provinces belongs to none (admins only).
 * Without a readable state (a refusal of an unknown id) it is the writer's
 * province's INTERNAL business.
 */
export function entryAccess(
  states: (ObjectLiteral | null | undefined)[],
  writerProvince: string | null,
): Pick<AuditEntry, "classification" | "provinceCode" | "agencyIds"> {
  const present = states.filter((state): state is ObjectLiteral => !!state);
  if (present.length === 0) return { classification: "INTERNAL", provinceCode: writerProvince, agencyIds: [] };
  const level = (state: ObjectLiteral) => Math.max(0, LEVELS.indexOf(String(state.classification ?? "INTERNAL")));
  const classification = LEVELS[Math.max(1, ...present.map(level))];
  const provinces = new Set(present.map((state) => (state.provinceCode as string | undefined) ?? null));
  const provinceCode = provinces.size === 1 ? [...provinces][0] : null;
  const secret = present
    .filter((state) => state.classification === "SECRET")
    .map((state) => (state.agencyIds as string[] | undefined) ?? []);
  const agencyIds = secret.length ? secret.reduce((common, ids) => common.filter((id) => ids.includes(id))) : [];
  return { classification, provinceCode, agencyIds };
}

/** What an entry says about who wrote what; the record's states decide who may read the entry. */
export function auditContent(
  ctx: HubContext,
  operation: string,
  entity: string,
  record: ObjectLiteral | null | undefined,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
  refusal?: string,
): AuditDraft {
  const viewer = ctx.viewer;
  const official = viewer.anonymous ? null : viewer;
  return {
    at: new Date().toISOString(),
    userId: official?.userId ?? null,
    agencyCode: official?.agencyCode ?? null,
    actorProvinceCode: official?.provinceCode ?? null,
    role: official?.role ?? "anonymous",
    operation,
    entity,
    recordId: (record?.id as string | undefined) ?? null,
    outcome: refusal ? "REFUSED" : "ALLOWED",
    reason: refusal ? refusal.slice(0, 500) : null,
    before: before ?? null,
    after: after ?? null,
    ...entryAccess([before, after], official?.provinceCode ?? null),
  };
}

/** Appends an entry at the end of the chain, inside the caller's transaction: its states sealed where they hold a person's data or a state secret. */
export async function appendAudit(manager: EntityManager, draft: AuditDraft): Promise<void> {
  const content: EntryContent = {
    ...draft,
    before: await sealState(manager, draft.entity, draft.before),
    after: await sealState(manager, draft.entity, draft.after),
  };
  const query = manager.getRepository(AuditEntry).createQueryBuilder("a").orderBy("a.sequence", "DESC").limit(1);
  // On MySQL the row lock orders concurrent appends from several processes; one process is serialized in shared/records/writes.
  if (manager.connection.driver.options.type !== "better-sqlite3") query.setLock("pessimistic_write");
  const last = await query.getOne();
  const entry = { ...content, sequence: (last?.sequence ?? 0) + 1, previousHash: last?.hash ?? GENESIS };
  await manager.insert(AuditEntry, { ...entry, hash: entryHash(entry) });
}

export interface ChainReport {
  intact: boolean;
  entries: number;
  problem?: string;
}

/** Walks the whole chain: every entry must hash to what it says and point at the one before it. */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainReport> {
  const repository = dataSource.getRepository(AuditEntry);
  let previousHash = GENESIS;
  let expected = 1;
  const batch = 1000;
  for (;;) {
    const entries = await repository.find({ where: { sequence: MoreThanOrEqual(expected) }, order: { sequence: "ASC" }, take: batch });
    for (const entry of entries) {
      if (entry.sequence !== expected)
        return { intact: false, entries: expected - 1, problem: `entry ${expected} is missing (found ${entry.sequence} next)` };
      if (entry.previousHash !== previousHash)
        return { intact: false, entries: expected - 1, problem: `entry ${entry.sequence} does not follow entry ${entry.sequence - 1}` };
      if (entryHash(entry) !== entry.hash)
        return { intact: false, entries: expected - 1, problem: `entry ${entry.sequence} was changed after it was written` };
      previousHash = entry.hash;
      expected += 1;
    }
    if (entries.length < batch) return { intact: true, entries: expected - 1 };
  }
}

interface ChainCheck {
  at: number;
  report: Promise<ChainReport>;
  /** True while the walk is under way: callers meanwhile share it, whatever the interval. */
  running: boolean;
}
const checks = new WeakMap<DataSource, ChainCheck>();

/**
 * The chain's state as the API reports it, at a bounded cost whatever the
 * callers ask: a walk is shared by every caller until it is
 * `HUB_AUDIT_CHECK_INTERVAL_MS` old (60 s; 0 walks again on each request,
 * still shared by the fields of one request) — fifteen aliases of a chain
 * field are one walk, not fifteen. The operator's `npm run audit:verify`
 * walks it on demand.
 */
export function auditChainState(dataSource: DataSource): Promise<ChainReport> {
  const interval = numberFromEnv("HUB_AUDIT_CHECK_INTERVAL_MS", 60_000, { allowZero: true });
  const check = checks.get(dataSource);
  if (check && (Date.now() - check.at < interval || check.running)) return check.report;
  const next: ChainCheck = { at: Date.now(), report: verifyAuditChain(dataSource), running: true };
  next.report.then(
    () => (next.running = false),
    () => checks.delete(dataSource),
  );
  checks.set(dataSource, next);
  return next.report;
}

/** The entries a coordinator or admin reads: their province's (with its merged history) and their officials' own, under the read rule. */
function readableEntries(ctx: HubContext): SelectQueryBuilder<AuditEntry> {
  const viewer = ctx.viewer;
  const query = readableOnly(ctx, ctx.db.getRepository(AuditEntry).createQueryBuilder("a"), "a");
  if (!viewer.anonymous && viewer.role !== "admin") {
    // the province's own entries, those of provinces merged into it (its history), and its officials' own actions
    query.andWhere("(a.provinceCode IN (:...auditTerritory) OR a.actorProvinceCode = :auditProvince)", {
      auditTerritory: territoryOf(viewer.provinceCode),
      auditProvince: viewer.provinceCode,
    });
  }
  return query;
}

const AuditPage = paging(100, 1000);
type AuditPage = InstanceType<typeof AuditPage>;

@Directive("@shareable")
@ObjectType({ description: "Whether a subgraph's audit chain is whole: every entry hashes to what it says and follows the one before it." })
export class AuditChainState {
  @Field()
  intact!: boolean;

  @Field(() => Int, { description: "Entries checked and found in order (all of them when intact)." })
  entries!: number;

  @Field(() => String, { nullable: true, description: "Where the chain breaks, when it does." })
  problem!: string | null;
}

/**
 * `auditLog { plans { … } trade { … } … }`: the plans subgraph owns the root
 * field, and each subgraph answers its own chain. Coordinators read the
 * entries of their province, admins all; entries about records the reader
 * may not see are left out like the records themselves.
 */
export function auditLogResolvers(subgraph: SubgraphName): { types: ClassType[]; resolvers: Function[] } {
  @Directive(`@key(fields: "id")`)
  @ObjectType("AuditLog", { description: "The audit trails of the five subgraphs." })
  class AuditLog {
    @Field(() => ID)
    id!: string;
  }
  Object.defineProperty(AuditLog, "name", { value: `${subgraph}AuditLog` });

  @Resolver(() => AuditLog)
  class AuditTrail {
    @FieldResolver(() => [AuditEntry], { name: subgraph, description: `The ${subgraph} subgraph's entries, newest first.` })
    async entries(
      @Args(() => AuditPage) page: AuditPage,
      @Arg("recordId", () => ID, { nullable: true }) recordId: string | undefined,
      @Arg("userId", () => String, { nullable: true, description: "Only this user's writes." }) userId: string | undefined,
      @Arg("operation", () => String, { nullable: true, description: "Only this mutation, e.g. updateTaskProgress." })
      operation: string | undefined,
      @Arg("since", () => DateTimeScalar, { nullable: true, description: "Only entries written at or after this moment." })
      since: Date | undefined,
      @Arg("until", () => DateTimeScalar, { nullable: true, description: "Only entries written before this moment." })
      until: Date | undefined,
      @Ctx() ctx: HubContext,
    ): Promise<AuditEntry[]> {
      const refusal = auditLogRefusal(ctx.viewer);
      if (refusal) throw refusal;
      const query = readableEntries(ctx);
      if (recordId) query.andWhere("a.recordId = :recordId", { recordId });
      if (userId) query.andWhere("a.userId = :userId", { userId });
      if (operation) query.andWhere("a.operation = :operation", { operation });
      // Moments are stored as ISO 8601 in UTC, which sort as text.
      if (since) query.andWhere("a.at >= :since", { since: new Date(since).toISOString() });
      if (until) query.andWhere("a.at < :until", { until: new Date(until).toISOString() });
      const entries = await query.orderBy("a.sequence", "DESC").take(page.limit).skip(page.offset).getMany();
      // what a person's erasure or a secret's export took away reads as such; the rest opens as it was written
      const opened = await openStates(
        ctx.db.manager,
        entries.flatMap((e) => [e.before, e.after]),
      );
      const shown = (entity: string, text: string | null) => {
        if (!text || !ctx.policy.personalView) return text;
        return JSON.stringify(ctx.policy.personalView(ctx, entity, JSON.parse(text) as ObjectLiteral));
      };
      return entries.map((entry, i) =>
        Object.assign(entry, { before: shown(entry.entity, opened[2 * i]), after: shown(entry.entity, opened[2 * i + 1]) }),
      );
    }

    @FieldResolver(() => AuditChainState, {
      name: `${subgraph}Chain`,
      description: `Whether the ${subgraph} subgraph's audit chain is intact, or where it breaks (as npm run audit:verify checks it).`,
    })
    async chain(@Ctx() ctx: HubContext): Promise<AuditChainState> {
      const viewer = ctx.viewer;
      const refusal = auditLogRefusal(viewer);
      if (refusal || viewer.anonymous) throw refusal;
      const report = await auditChainState(ctx.db);
      // Whether the trail can be trusted is everyone's business; how many entries there are and where it breaks is the
      // whole hub's, so a coordinator counts only the entries the log shows them.
      if (viewer.role === "admin") return { intact: report.intact, entries: report.entries, problem: report.problem ?? null };
      return {
        intact: report.intact,
        entries: await readableEntries(ctx).getCount(),
        problem: report.intact ? null : "The chain is broken; an admin of the hub can see where.",
      };
    }
  }
  Object.defineProperty(AuditTrail, "name", { value: `${subgraph}AuditTrail` });

  if (subgraph !== "plans") return { types: [AuditLog], resolvers: [AuditTrail] };

  @Resolver()
  class AuditLogQuery {
    @Query(() => AuditLog, { description: "The hub's audit trails (coordinators and admins)." })
    auditLog(@Ctx() ctx: HubContext): AuditLog {
      const refusal = auditLogRefusal(ctx.viewer);
      if (refusal) throw refusal;
      return { id: "hub" };
    }
  }
  return { types: [AuditLog], resolvers: [AuditTrail, AuditLogQuery] };
}
