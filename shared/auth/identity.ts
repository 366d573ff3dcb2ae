import type { GraphQLError } from "graphql";
import type { SubgraphName } from "../core/config";
import { registeredDepartment } from "../core/departments";
import { forbidden, unauthenticated } from "../core/errors";
import { holds, todayInVietnam, type StateFunction } from "../core/functions";
import { slug } from "../core/text";

/**
 * What a user may do (docs/domain.md, "Rules the hub enforces"); `dpo`, the
 * province's data-protection officer, reads what personal data was processed
 * and answers people's requests about theirs (Law 91/2025/QH15).
 */
export const ROLES = ["viewer", "editor", "coordinator", "admin", "dpo"] as const;
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

/** The function each department serves, with its national holders (from the departments' manifests). */
export function subgraphFunction(subgraph: SubgraphName): StateFunction {
  return registeredDepartment(subgraph).function;
}

/**
 * Whether the viewer's agency holds the department's function in their
 * province on `on` (today by default): only then do its editors write
 * there, and its cleared officials read the department's SECRET records.
 */
export function operates(viewer: Viewer, subgraph: SubgraphName, on = todayInVietnam()): boolean {
  return !viewer.anonymous && holds(viewer.agencyCode, subgraphFunction(subgraph), viewer.provinceCode, on);
}

/** Agency id in the directory: `<province>-<code>`, districts as `VN-30-UBND-H-duc-co`. */
export function agencyId(provinceCode: string, code: string): string {
  const district = /^UBND-H:(.+)$/.exec(code);
  return district ? `${provinceCode}-UBND-H-${slug(district[1])}` : `${provinceCode}-${code}`;
}

/** The directory id of the viewer's agency, as records name agencies (`VN-30-BDBP`, `VN-30-UBND-H-duc-co`). */
export function viewerAgencyId(viewer: Official): string {
  return agencyId(viewer.provinceCode, viewer.agencyCode);
}

/** ISO 3166-2:VN: two digits for a province, two letters for the five centrally-run cities (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ). */
const PROVINCE = /^VN-(\d{2}|HN|SG|HP|DN|CT)$/;
/**
 * A directory code (`STTTT`, `UBND-H:Đức Cơ`): capitals and digits, then for a
 * district committee its name in letters, spaces, apostrophes and hyphens.
 * Nothing a SQL pattern or a list separator could read (`%`, `_`, `,`, `\\`).
 */
const AGENCY = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?::\p{L}[\p{L}\p{M}0-9]*(?:[ '’-][\p{L}\p{M}0-9]+)*)?$/u;

/** True when `code` is a well-formed agency code, exactly as the directory writes it (NFC). */
export function isAgencyCode(code: string): boolean {
  return code.length <= 80 && AGENCY.test(code) && code === code.normalize("NFC");
}

/** Reads the identity claims of a verified token; null when any is missing or malformed. */
export function viewerFromClaims(claims: Record<string, unknown>): Official | null {
  const { sub, province, agency, role, clearance } = claims;
  if (typeof sub !== "string" || sub.length === 0 || sub.length > 200) return null;
  if (typeof province !== "string" || !PROVINCE.test(province)) return null;
  if (typeof agency !== "string" || !isAgencyCode(agency)) return null;
  if (!ROLES.includes(role as Role)) return null;
  const level = clearance ?? "INTERNAL";
  if (!CLEARANCES.includes(level as Clearance)) return null;
  return { anonymous: false, userId: sub, provinceCode: province, agencyCode: agency, role: role as Role, clearance: level as Clearance };
}

/**
 * The rights the read rules see: they decide on the province, agency, role
 * and clearance, never on the account, so equal keys read equal answers.
 * The gateway shares a fetch only among callers of one key, and a
 * department checks a shared reading once for each key.
 */
export function rightsOf(viewer: Viewer | undefined): string {
  if (!viewer || viewer.anonymous) return "anonymous";
  return JSON.stringify([viewer.provinceCode, viewer.agencyCode, viewer.role, viewer.clearance]);
}

export function claimsOf(viewer: Official): Record<string, string> {
  return { sub: viewer.userId, province: viewer.provinceCode, agency: viewer.agencyCode, role: viewer.role, clearance: viewer.clearance };
}

/**
 * The audit log is read by coordinators (their province's entries) and
 * admins; anyone else is refused. One rule for the gateway's guard and the
 * subgraphs' resolvers (`http` adds the status the gateway answers with).
 */
export function auditLogRefusal(viewer: Viewer, http = false): GraphQLError | null {
  if (viewer.anonymous) return unauthenticated("Sign in: the audit log is for coordinators and admins.", http ? { httpStatus: 401 } : {});
  if (viewer.role !== "coordinator" && viewer.role !== "admin")
    return forbidden("Only coordinators and admins read the audit log.", http ? { httpStatus: 403 } : {});
  return null;
}
