import { GraphQLError } from "graphql";
import type { SubgraphName } from "./config";

/** What a user may do (DOMAIN.md, "Rules the hub enforces"). */
export const ROLES = ["viewer", "editor", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** How secret a record the user may read can be. */
export const CLEARANCES = ["INTERNAL", "SECRET"] as const;
export type Clearance = (typeof CLEARANCES)[number];

/**
 * Who is asking. Anonymous callers (no token) see PUBLIC records only;
 * officials carry their province, agency, role and clearance.
 */
export type Viewer =
  | { anonymous: true; requestId?: string }
  | {
      anonymous: false;
      userId: string;
      provinceCode: string;
      agencyCode: string;
      role: Role;
      clearance: Clearance;
    };

export type Official = Extract<Viewer, { anonymous: false }>;

export const ANONYMOUS: Viewer = { anonymous: true };

/** The agencies that operate each subgraph (DOMAIN.md): only their editors write there. */
export const SUBGRAPH_OPERATORS: Record<SubgraphName, readonly string[]> = {
  plans: ["STTTT"],
  trade: ["SCT", "TTXTTMDT", "SKHDT", "BQLKKT"],
  tourism: ["SVHTTDL"],
  foreignAffairs: ["SNGV"],
  borderSecurity: ["BDBP", "CA", "BCHQS"],
};

export function operates(viewer: Viewer, subgraph: SubgraphName): boolean {
  return !viewer.anonymous && SUBGRAPH_OPERATORS[subgraph].includes(viewer.agencyCode);
}

/** The directory id of the viewer's agency, as records name agencies (`VN-30-BDBP`). */
export function viewerAgencyId(viewer: Official): string {
  return `${viewer.provinceCode}-${viewer.agencyCode}`;
}

const PROVINCE = /^VN-\d{2}$/;
const AGENCY = /^[A-Z][A-Z0-9-]*(:.+)?$/;

/** Reads the identity claims of a verified token; null when any is missing or malformed. */
export function viewerFromClaims(claims: Record<string, unknown>): Official | null {
  const { sub, province, agency, role, clearance } = claims;
  if (typeof sub !== "string" || sub.length === 0 || sub.length > 200) return null;
  if (typeof province !== "string" || !PROVINCE.test(province)) return null;
  if (typeof agency !== "string" || !AGENCY.test(agency) || agency.length > 80) return null;
  if (!ROLES.includes(role as Role)) return null;
  const level = clearance ?? "INTERNAL";
  if (!CLEARANCES.includes(level as Clearance)) return null;
  return { anonymous: false, userId: sub, provinceCode: province, agencyCode: agency, role: role as Role, clearance: level as Clearance };
}

export function claimsOf(viewer: Official): Record<string, string> {
  return { sub: viewer.userId, province: viewer.provinceCode, agency: viewer.agencyCode, role: viewer.role, clearance: viewer.clearance };
}

export function unauthenticated(message = "Sign in: a valid bearer token is required."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}
