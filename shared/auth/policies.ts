import type { ObjectLiteral } from "typeorm";
import type { SubgraphName } from "../core/config";
import { forbidden, stateSecretNotPermitted, unauthenticated } from "../core/errors";
import { holdersOf, todayInVietnam } from "../core/functions";
import { holdsStateSecrets, STATE_SECRETS_LAW } from "../core/secret-zone";
import { canRead, type AccessContext } from "./access";
import { operates, subgraphFunction, type Official } from "./identity";

export interface WriteRequest {
  action: "create" | "update";
  /** The mutation, e.g. "updateTaskProgress". */
  operation: string;
  /** Entity name, e.g. "TradeEvent". */
  entity: string;
  /** The record as it stands before the write (updates only). */
  before?: ObjectLiteral;
  /** The record as it would stand after the write. */
  after: ObjectLiteral;
}

/**
 * Each subgraph decides in one place who may write what; every create and
 * update below asks it, inside the write's transaction, before touching a row.
 * It throws UNAUTHENTICATED or FORBIDDEN to refuse.
 */
export interface WritePolicy {
  authorizeWrite(ctx: AccessContext, request: WriteRequest): void | Promise<void>;
  /** A record's state as this viewer may see its personal fields in the audit trail (departments that keep personal data). */
  personalView?(ctx: AccessContext, entity: string, state: ObjectLiteral): ObjectLiteral;
}

/** The writer, who must have signed in. */
export function requireOfficial(ctx: AccessContext): Official {
  if (ctx.viewer.anonymous) throw unauthenticated("Sign in to change records.");
  return ctx.viewer;
}

/**
 * Every write, in every subgraph, after its policy: the record must stay one
 * its writer may read. So nobody sets a classification above their clearance
 * — an editor cleared for INTERNAL cannot make a record SECRET and hide it
 * from every uncleared colleague, themselves included, with no way back.
 */
export function requireReadableByWriter(ctx: AccessContext, request: WriteRequest): void {
  if (canRead(ctx, request.after)) return;
  const classification = String(request.after.classification ?? "");
  const clearance = ctx.viewer.anonymous ? "none" : ctx.viewer.clearance;
  throw forbidden(
    classification === "SECRET" && clearance !== "SECRET"
      ? `You may not classify a record SECRET: your clearance is ${clearance}, and you could not read the record afterwards. Nothing was changed.`
      : `The record would be one you may not read (${classification}); nothing was changed.`,
  );
}

/** In a shared-network deployment (HUB_SECRET_ZONE=network) no write stores a state secret, whoever the writer. */
export function requirePermittedClassification(request: WriteRequest): void {
  if (request.after.classification === "SECRET" && !holdsStateSecrets()) throw stateSecretNotPermitted(STATE_SECRETS_LAW);
}

/** A department writes only its own province's records: before and after the change. */
export function requireOwnProvince(viewer: Official, request: WriteRequest): void {
  for (const record of [request.before, request.after]) {
    if (record && record.provinceCode !== viewer.provinceCode) {
      throw forbidden(`You may change only records of your own province (${viewer.provinceCode}).`);
    }
  }
}

/**
 * The rule for a department's own records (docs/domain.md, rule 1): editors of an
 * agency that operates the subgraph, in their own province; admins anything.
 */
export function departmentWritePolicy(subgraph: SubgraphName): WritePolicy {
  return {
    authorizeWrite(ctx, request) {
      const viewer = requireOfficial(ctx);
      if (viewer.role === "admin") return;
      if (viewer.role !== "editor" || !operates(viewer, subgraph)) {
        // looked up when a write is checked, not when the department's code loads: its manifest is registered when it starts
        const fn = subgraphFunction(subgraph);
        const holders = holdersOf(fn, viewer.provinceCode, todayInVietnam()).join(", ");
        throw forbidden(`Only editors of the agencies in charge of ${fn.label} (${holders}) change ${subgraph} records.`);
      }
      requireOwnProvince(viewer, request);
    },
  };
}
