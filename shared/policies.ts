import type { SubgraphName } from "./config";
import type { HubContext } from "./context";
import { forbidden, operates, SUBGRAPH_OPERATORS, unauthenticated, type Official } from "./identity";
import type { WritePolicy, WriteRequest } from "./writes";

/** The writer, who must have signed in. */
export function requireOfficial(ctx: HubContext): Official {
  if (ctx.viewer.anonymous) throw unauthenticated("Sign in to change records.");
  return ctx.viewer;
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
 * The rule for a department's own records (DOMAIN.md, rule 1): editors of an
 * agency that operates the subgraph, in their own province; admins anything.
 */
export function departmentWritePolicy(subgraph: SubgraphName): WritePolicy {
  const operators = SUBGRAPH_OPERATORS[subgraph].join(", ");
  return {
    authorizeWrite(ctx, request) {
      const viewer = requireOfficial(ctx);
      if (viewer.role === "admin") return;
      if (viewer.role !== "editor" || !operates(viewer, subgraph)) {
        throw forbidden(`Only editors of ${operators} change ${subgraph} records.`);
      }
      requireOwnProvince(viewer, request);
    },
  };
}
