import { createHash } from "node:crypto";
import { Column, Entity, Index, LessThan, PrimaryColumn, type EntityManager, type ObjectLiteral } from "typeorm";
import { numberFromEnv } from "../core/config";
import { conflict } from "../core/errors";
import type { HubContext } from "./context";
import { purgeExpired } from "./expiry";

/**
 * Idempotent creates. A client that timed out cannot tell whether its create
 * was made; it sends the request again with the same `Idempotency-Key` header
 * (the gateway vouches for it in the identity it signs). Within the retention
 * window, the same key from the same official for the same mutation returns
 * the record the first request made and writes nothing more; the same key
 * with another input is refused with CONFLICT. The key is kept in the
 * department's own database, in the transaction of the create itself, so
 * there is never a record without its key, nor a key without its record.
 */
@Entity("idempotent_write")
export class IdempotentWrite {
  /** SHA-256 of the official, the key and the mutation (with its place among the request's creates of that mutation). */
  @PrimaryColumn({ type: "varchar", length: 64 })
  slot!: string;

  @Column({ type: "varchar", length: 200 })
  userId!: string;

  @Column({ type: "varchar", length: 80 })
  operation!: string;

  /** SHA-256 of the create's input: the same key with another input is a mistake, not a retry. */
  @Column({ type: "varchar", length: 64 })
  inputHash!: string;

  @Column({ type: "varchar", length: 80 })
  entity!: string;

  @Column({ type: "varchar", length: 160 })
  recordId!: string;

  @Index()
  @Column({ type: "varchar", length: 30 })
  createdAt!: string;
}

/** How long a key is kept (HUB_IDEMPOTENCY_RETENTION_HOURS, 24 by default): a retry later than that makes a new record. */
export function idempotencyRetentionMs(): number {
  return numberFromEnv("HUB_IDEMPOTENCY_RETENTION_HOURS", 24) * 3_600_000;
}

/** The same value, whatever the order of its keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value as ObjectLiteral)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export interface IdempotentCreate {
  slot: string;
  userId: string;
  operation: string;
  inputHash: string;
}

/**
 * The slot this create takes under the request's key, or null when the
 * request has none (or no official sent it). The second create of the same
 * mutation in one request takes the next slot, so a request making two
 * records makes both, and its retry neither.
 */
export function idempotentCreate(ctx: HubContext, operation: string, input: ObjectLiteral): IdempotentCreate | null {
  if (!ctx.idempotencyKey || ctx.viewer.anonymous) return null;
  const place = (ctx.idempotentCreates.get(operation) ?? 0) + 1;
  ctx.idempotentCreates.set(operation, place);
  const userId = ctx.viewer.userId;
  return {
    slot: sha256(JSON.stringify([userId, ctx.idempotencyKey, operation, place])),
    userId,
    operation,
    inputHash: sha256(JSON.stringify(canonical(input))),
  };
}

/**
 * The id of the record an earlier request with this slot made, inside the
 * create's transaction; null when there is none within the retention window.
 * The same key with another input is refused.
 */
export async function earlierCreate(manager: EntityManager, create: IdempotentCreate): Promise<string | null> {
  const cutoff = new Date(Date.now() - idempotencyRetentionMs()).toISOString();
  const earlier = await manager.findOneBy(IdempotentWrite, { slot: create.slot });
  if (!earlier || earlier.createdAt < cutoff) return null;
  if (earlier.inputHash !== create.inputHash)
    throw conflict(
      `This Idempotency-Key was already used for another ${create.operation} with different input: send a new key for a new record. Nothing was written.`,
      { reason: "IDEMPOTENCY_KEY_REUSED" },
    );
  return earlier.recordId;
}

/** Keeps the slot with the record it made, in the create's transaction; forgets the keys past the retention window. */
export async function keepCreate(manager: EntityManager, create: IdempotentCreate, entity: string, recordId: string): Promise<void> {
  const cutoff = new Date(Date.now() - idempotencyRetentionMs()).toISOString();
  purgeExpired(manager.connection, IdempotentWrite, "createdAt", cutoff);
  // this slot's own expired key, if the purge has not come by yet (one row, by its primary key)
  await manager.delete(IdempotentWrite, { slot: create.slot, createdAt: LessThan(cutoff) });
  await manager.insert(IdempotentWrite, { ...create, entity, recordId, createdAt: new Date().toISOString() });
}
