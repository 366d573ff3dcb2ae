import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getNamedType, Kind } from "graphql";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { canRead } from "../auth/access";
import { requirePermittedClassification, requireReadableByWriter, type WriteRequest } from "../auth/policies";
import { badUserInput, fromDatabaseError, invalidField, notFound, versionConflict } from "../core/errors";
import { searchableFields, searchKeyOf } from "../core/search";
import { holdsStateSecrets } from "../core/secret-zone";
import { noteWriteFailure, noteWriteSuccess } from "../database/health";
import { appendAudit, auditContent } from "./audit";
import type { HubContext } from "./context";
import { earlierCreate, idempotentCreate, keepCreate } from "./idempotency";
import { recordIdentityUse } from "./replays";

type Target<T> = EntityTarget<T> & { name: string };
interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

function definedOnly<T extends ObjectLiteral>(values: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * The rules every subgraph shares, then its own policy: no state secret in a
 * shared-network deployment; the writer can still read the record afterwards.
 */
async function authorize(ctx: HubContext, request: WriteRequest): Promise<void> {
  requirePermittedClassification(request);
  await ctx.policy.authorizeWrite(ctx, request);
  requireReadableByWriter(ctx, request);
}

/** One write at a time per database in this process, so the audit chain has one end. */
const queues = new WeakMap<DataSource, Promise<unknown>>();
function oneAtATime<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.then(work, work);
  // what the database answered tells readiness whether it takes writes (full, read-only: `shared/database/health.ts`)
  next.then(
    () => noteWriteSuccess(db),
    (error: unknown) => noteWriteFailure(db, error),
  );
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Runs `work`, statements that are no record's write (a reading's entry in
 * the processing log, the reminder scheduler's bookkeeping), where no write's
 * transaction can take them in. The embedded database has one connection
 * that writes, and a write's transaction holds it across its awaits: a
 * statement sent meanwhile would join that transaction and be rolled back
 * with it (reads go elsewhere meanwhile: `committed-reads.ts`). There `work`
 * waits for the writes queued before it; on MySQL each statement has a
 * connection of its own.
 */
export function outsideWrites<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  return db.options.type === "better-sqlite3" ? oneAtATime(db, work) : work();
}

/**
 * A write whose whole effect is what `work` adds (an entry in a log): made
 * as any write is, in the write queue and one transaction with the use of
 * the gateway's identity, so the same request sent again to another replica
 * of the department writes nothing.
 */
export function writeOnce(ctx: HubContext, work: (manager: EntityManager) => Promise<unknown>): Promise<void> {
  return oneAtATime(ctx.db, () =>
    ctx.db.transaction(async (manager) => {
      await recordIdentityUse(manager, ctx);
      await work(manager);
    }),
  );
}

/** Fields a record derives from the others (its province from its agency), recomputed from the state after every write. */
export type Derive<T> = (after: T, ctx: HubContext) => Promise<Partial<T>>;

export interface WriteOptions<T> {
  /** The mutation, e.g. "updateTaskProgress"; `createX`/`updateX` by default. */
  operation?: string;
  derive?: Derive<T>;
  /** What else the write keeps, in its transaction (a task's status history): the record as stored, and as it was. */
  afterWrite?: (manager: EntityManager, stored: T, before: T | null) => Promise<void>;
  /**
   * A create: what the caller sent, when the values written hold more that
   * differs between two sends (a secret made for it), for its `Idempotency-Key`;
   * and what a repeated request gets instead of the record the first made
   * (it may refuse: a secret shown once cannot be shown again).
   */
  idempotencyInput?: ObjectLiteral;
  replay?: (stored: T) => T;
}

/**
 * Every reference the write sets to a record of this subgraph (`ctx.references`)
 * must name one the writer may read, of the record's own province. One answer
 * whether it is missing, hidden or elsewhere: the writer learns nothing more.
 */
async function checkReferences(ctx: HubContext, manager: EntityManager, after: ObjectLiteral, before: ObjectLiteral | null): Promise<void> {
  const provinceChanged = before !== null && before.provinceCode !== after.provinceCode;
  for (const [field, target] of Object.entries(ctx.references)) {
    const id = after[field];
    if (typeof id !== "string" || id === "" || (before && before[field] === id && !provinceChanged)) continue;
    const found = await manager.findOneBy(target as EntityTarget<ObjectLiteral>, { id });
    const sameProvince =
      !found ||
      typeof found.provinceCode !== "string" ||
      typeof after.provinceCode !== "string" ||
      found.provinceCode === after.provinceCode;
    if (!found || !canRead(ctx, found) || !sameProvince) {
      throw invalidField(
        field,
        `there is no ${target.name} "${id}"${typeof after.provinceCode === "string" ? ` of ${after.provinceCode}` : ""} that you may read.`,
      );
    }
  }
}

/** A database refusal the writer caused (a key already taken) as their error; anything else as it is. */
function asClientError(error: unknown): unknown {
  return fromDatabaseError(error) ?? error;
}

/** Refusals already in the audit trail, so that the input-refusal plugin below does not write them twice. */
const auditedRefusals = new WeakSet<object>();

/** A refused write leaves an entry too, in its own transaction since the write's was rolled back. */
async function auditRefusal(
  ctx: HubContext,
  operation: string,
  entity: string,
  record: ObjectLiteral | null,
  before: ObjectLiteral | null,
  attempted: ObjectLiteral | null,
  error: unknown,
): Promise<void> {
  // where no state secret may be kept, a refused one is not kept in the trail either: that it was tried, and by whom
  if (!holdsStateSecrets() && attempted?.classification === "SECRET")
    attempted = { id: attempted.id, classification: "INTERNAL", withheld: "a state secret, not stored (HUB_SECRET_ZONE=network)" };
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? "ERROR") : "INTERNAL_SERVER_ERROR";
  const reason = error instanceof GraphQLError ? `${code}: ${error.message}` : code;
  if (error && typeof error === "object") auditedRefusals.add(error);
  try {
    await ctx.db.transaction((manager) => appendAudit(manager, auditContent(ctx, operation, entity, record, before, attempted, reason)));
  } catch (auditError) {
    console.error(JSON.stringify({ level: "error", msg: "could not audit a refused write", operation, error: String(auditError) }));
  }
}

/** Inserts a record in one transaction, with its audit entry, and returns it as stored. */
export async function createRecord<T extends Versioned>(
  ctx: HubContext,
  entity: Target<T>,
  values: Partial<T>,
  options: WriteOptions<T> = {},
): Promise<T> {
  const operation = options.operation ?? `create${entity.name}`;
  const idempotent = idempotentCreate(ctx, operation, options.idempotencyInput ?? values);
  // a request sent again with its Idempotency-Key: the record the first made, as it stands, and nothing written
  const replayed = async (manager: EntityManager, id: string): Promise<T> => {
    const stored = await manager.findOneBy(entity, { id } as never);
    if (!stored || !canRead(ctx, stored)) throw notFound(entity.name, id);
    return options.replay ? options.replay(stored) : stored;
  };
  return oneAtATime(ctx.db, async () => {
    const record = ctx.db.manager.create(entity, { ...definedOnly(values), id: values.id ?? randomUUID() } as never) as T;
    try {
      return await ctx.db.transaction(async (manager) => {
        await recordIdentityUse(manager, ctx);
        const earlier = idempotent && (await earlierCreate(manager, idempotent));
        if (earlier) return replayed(manager, earlier);
        if (options.derive) Object.assign(record, await options.derive(record, ctx));
        await authorize(ctx, { action: "create", operation, entity: entity.name, after: record });
        await checkReferences(ctx, manager, record, null);
        await manager.insert(entity, record as never);
        const stored = await manager.findOneByOrFail(entity, { id: record.id } as never);
        await options.afterWrite?.(manager, stored, null);
        if (idempotent) await keepCreate(manager, idempotent, entity.name, stored.id);
        await appendAudit(manager, auditContent(ctx, operation, entity.name, stored, null, stored));
        return stored;
      });
    } catch (error) {
      // another replica made the same create at the same moment, and its transaction won: its record is the answer
      const earlier = idempotent && (await ctx.db.transaction((manager) => earlierCreate(manager, idempotent)).catch(() => null));
      if (earlier) return ctx.db.transaction((manager) => replayed(manager, earlier));
      const refusal = asClientError(error);
      await auditRefusal(ctx, operation, entity.name, record, null, record, refusal);
      throw refusal;
    }
  });
}

/**
 * Applies the given fields (omitted ones keep their value, `null` clears one)
 * when the caller's `version` is still current; otherwise `CONFLICT`, and
 * nothing is written. A record the caller may not read is NOT_FOUND, exactly
 * like one that does not exist.
 */
export async function updateRecord<T extends Versioned>(
  ctx: HubContext,
  entity: Target<T>,
  id: string,
  version: number,
  values: Partial<T>,
  options: WriteOptions<T> = {},
): Promise<T> {
  const operation = options.operation ?? `update${entity.name}`;
  const changes = definedOnly(values);
  delete changes.id;
  delete changes.version;
  return oneAtATime(ctx.db, async () => {
    let before: T | null = null;
    let after: T | null = null;
    try {
      return await ctx.db.transaction(async (manager) => {
        await recordIdentityUse(manager, ctx);
        const stored = await manager.findOneBy(entity, { id } as never);
        if (!stored || !canRead(ctx, stored)) throw notFound(entity.name, id);
        before = stored;
        after = manager.merge(entity, manager.create(entity, { ...stored } as never), changes as never) as T;
        // What derives from other fields follows them: re-pointing a report at another agency moves its province too.
        if (options.derive) Object.assign(changes, await options.derive(after, ctx));
        Object.assign(after, changes);
        // Authorised against the record as it stands and as it would stand.
        await authorize(ctx, { action: "update", operation, entity: entity.name, before: stored, after });
        await checkReferences(ctx, manager, after, stored);
        if (stored.version !== version) throw versionConflict(entity.name, id, version, stored.version);
        if (searchableFields(entity as Function).length > 0) (changes as ObjectLiteral).searchKey = searchKeyOf(entity as Function, after);
        if (Object.keys(changes).length > 0) {
          const result = await manager
            .createQueryBuilder()
            .update(entity)
            .set(changes as never)
            .where("id = :id AND version = :version", { id, version })
            .execute();
          if (!result.affected) {
            const current = await manager.findOneByOrFail(entity, { id } as never);
            throw versionConflict(entity.name, id, version, current.version);
          }
        }
        const updated = await manager.findOneByOrFail(entity, { id } as never);
        await options.afterWrite?.(manager, updated, stored);
        await appendAudit(manager, auditContent(ctx, operation, entity.name, updated, stored, updated));
        return updated;
      });
    } catch (error) {
      // Nothing about a record the caller may not read goes into their refusal entry.
      const visible = before !== null;
      const refusal = asClientError(error);
      await auditRefusal(ctx, operation, entity.name, visible ? before : { id }, visible ? before : null, visible ? after : null, refusal);
      throw refusal;
    }
  });
}

/**
 * A write that is not one record's create or update (importing a whole plan):
 * the policy decides on `request`, `work` runs in one transaction, and the
 * write — or its refusal — is audited like any other. `details` go into the
 * entry beside the record's state after the write (or as attempted): what
 * the write was asked to do that the record itself does not keep (the
 * corrections an import was loaded with).
 */
export async function auditedWrite<T extends ObjectLiteral>(
  ctx: HubContext,
  request: WriteRequest,
  work: (manager: EntityManager) => Promise<T>,
  options: { details?: ObjectLiteral } = {},
): Promise<T> {
  const withDetails = <S extends ObjectLiteral | null>(state: S) => (state && options.details ? { ...state, ...options.details } : state);
  return oneAtATime(ctx.db, async () => {
    try {
      return await ctx.db.transaction(async (manager) => {
        await recordIdentityUse(manager, ctx);
        await authorize(ctx, request);
        const result = await work(manager);
        await appendAudit(
          manager,
          auditContent(ctx, request.operation, request.entity, result, request.before ?? null, withDetails(result)),
        );
        return result;
      });
    } catch (error) {
      const refusal = asClientError(error);
      const attempted = withDetails(request.after);
      await auditRefusal(ctx, request.operation, request.entity, request.after, request.before ?? null, attempted, refusal);
      throw refusal;
    }
  });
}

/**
 * Something done that is not a write — a platform's call through the REST
 * door — kept in the audit trail as one is, in the chain's order: `state` is
 * what was done, `refusal` why it was refused. What was done is written once
 * (`writeOnce`): sent again to another replica, it adds nothing; a refusal
 * is kept each time, as a refused write's is.
 */
export function auditEvent(ctx: HubContext, operation: string, entity: string, state: ObjectLiteral, refusal?: string): Promise<void> {
  const entry = (manager: EntityManager) => appendAudit(manager, auditContent(ctx, operation, entity, state, null, state, refusal));
  if (!refusal) return writeOnce(ctx, entry);
  return oneAtATime(ctx.db, () => ctx.db.transaction(entry));
}

/**
 * Asks the policy before work that comes ahead of the write itself (reading
 * an uploaded document): a refusal is audited like that of the write, and
 * nothing of the caller's input has been looked at.
 */
export async function authorizeAudited(ctx: HubContext, request: WriteRequest): Promise<void> {
  try {
    await ctx.policy.authorizeWrite(ctx, request);
  } catch (error) {
    await oneAtATime(ctx.db, () => auditRefusal(ctx, request.operation, request.entity, null, null, null, error));
    throw error;
  }
}

const ROLLED_BACK = new Error("rehearsal: rolled back");

/**
 * Rehearses a write: the policy and `work` run in a transaction that is
 * always rolled back, so nothing changes and nothing is audited. Returns why
 * the write would be refused (the error it would raise), or null when it
 * would go through — for previews that must say exactly what the write
 * itself would say.
 */
export async function rehearseWrite(
  ctx: HubContext,
  request: WriteRequest,
  work: (manager: EntityManager) => Promise<unknown>,
): Promise<unknown> {
  return oneAtATime(ctx.db, async () => {
    try {
      await ctx.db.transaction(async (manager) => {
        await authorize(ctx, request);
        await work(manager);
        throw ROLLED_BACK;
      });
      return null;
    } catch (error) {
      return error === ROLLED_BACK ? null : asClientError(error);
    }
  });
}

/**
 * A mutation refused for its input before any resolver ran — a value that
 * does not validate, a variable of the wrong type — is a refused write too,
 * and is audited like one: who, when, which mutation, which fields. What was
 * typed is not kept (it may be text the writer meant to classify).
 */
export function auditRefusedInput(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ operation, errors, contextValue, schema }) {
          if (operation?.operation !== "mutation") return;
          const refused = errors.filter(
            (error) =>
              error.extensions?.code === "BAD_USER_INPUT" &&
              !auditedRefusals.has(error) &&
              !(error.originalError && auditedRefusals.has(error.originalError)),
          );
          if (refused.length === 0) return;
          const mutations = schema.getMutationType()?.getFields() ?? {};
          const fields = operation.selectionSet.selections.flatMap((selection) =>
            selection.kind === Kind.FIELD ? [{ key: selection.alias?.value ?? selection.name.value, name: selection.name.value }] : [],
          );
          for (const field of fields) {
            const mine = refused.filter((error) => !error.path || error.path[0] === field.key);
            if (mine.length === 0) continue;
            const named = mine.flatMap(
              (error) => (error.extensions?.fields as string[] | undefined) ?? [/ at "([^"]+)"/.exec(error.message)?.[1] ?? []].flat(),
            );
            const message = `Invalid input${named.length ? ` (${[...new Set(named)].join(", ")})` : ""}.`;
            const entity = getNamedType(mutations[field.name]?.type)?.name ?? "unknown";
            const refusal = badUserInput(message);
            await oneAtATime(contextValue.db, () => auditRefusal(contextValue, field.name, entity, null, null, null, refusal));
          }
        },
      };
    },
  };
}
