import { Column, Entity, Index, PrimaryColumn, type EntityManager } from "typeorm";
import { IDENTITY_REFUSAL, MAX_AGE_SECONDS } from "../auth/internal-identity";
import { isUniqueViolation, unauthenticated } from "../core/errors";
import type { HubContext } from "./context";
import { purgeExpired } from "./expiry";

/**
 * The gateway's identity tokens that have written, kept in the department's
 * database until they could no longer be accepted anyway. Each subgraph
 * process refuses a token it has seen before; this table makes the refusal
 * hold across the department's replicas for what matters most, writes: a
 * request captured and sent again to another replica writes nothing.
 */
@Entity("used_identity")
export class UsedIdentity {
  /** The token's id and the place of the write among the request's writes. */
  @PrimaryColumn({ type: "varchar", length: 100 })
  slot!: string;

  @Index()
  @Column({ type: "varchar", length: 30 })
  expiresAt!: string;
}

/**
 * Records, in the write's own transaction, that this request's identity
 * made its next write; the same request already recorded (on any replica)
 * is refused as the gateway's identity is when replayed. The tokens of the
 * officials vouched for beside the caller (`ctx.alsoFor`) are recorded with
 * it, each as if it were the request's own: none of them writes again,
 * whichever is later sent as a request's own. Writes not asked through the
 * gateway (the scheduler's own) carry no token.
 */
export async function recordIdentityUse(manager: EntityManager, ctx: HubContext): Promise<void> {
  if (!ctx.identityToken) return;
  ctx.identityWrites += 1;
  const now = new Date();
  purgeExpired(manager.connection, UsedIdentity, "expiresAt", now.toISOString());
  const expiresAt = new Date(now.getTime() + (MAX_AGE_SECONDS + 10) * 1000).toISOString();
  const tokens = [ctx.identityToken, ...ctx.alsoFor.flatMap((also) => (also.tokenId ? [also.tokenId] : []))];
  try {
    await manager.insert(
      UsedIdentity,
      tokens.map((token) => ({ slot: `${token.slice(0, 80)}:${ctx.identityWrites}`, expiresAt })),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw unauthenticated(IDENTITY_REFUSAL);
    throw error;
  }
}
