import type { Session } from "./session";

/**
 * What the page offers each official. The subgraphs' write policies decide;
 * these mirror them only so that the page shows no control that would be
 * refused (a forged request is still refused, and audited, by the API).
 */
type Who = Session | null;

const writer = (who: Who, provinceCode: string): who is Session =>
  !!who && (who.official.role === "admin" || (who.official.role !== "viewer" && who.official.provinceCode === provinceCode));

/**
 * Coordinators of the department in charge of foreign information — today's,
 * or the one that was before 2025, for its plans — and admins: imports, the
 * plans of their province. For one plan, its `mayCoordinate` is the API's answer.
 */
export function coordinatesPlans(who: Who, provinceCode: string, plan?: { mayCoordinate: boolean }): boolean {
  if (!who) return false;
  if (plan) return plan.mayCoordinate;
  if (who.official.role === "admin") return true;
  const departments = [...(who.official.departments ?? []), ...(who.official.formerDepartments ?? [])];
  return who.official.role === "coordinator" && who.official.provinceCode === provinceCode && departments.includes("plans");
}

/** A task's lead agency (its editors and coordinators) reports its progress; so may the plan's coordinators. */
export function reportsProgress(who: Who, plan: { mayCoordinate: boolean; province: { code: string } }, leadIds: string[]): boolean {
  return plan.mayCoordinate || (writer(who, plan.province.code) && leadIds.includes(who.official.agencyId));
}

/** An agency's officer submits its reports and names its focal points; the plan's coordinators record any. */
export function actsForAgency(who: Who, provinceCode: string, agencyId: string, plan?: { mayCoordinate: boolean }): boolean {
  return (
    (plan ? plan.mayCoordinate : coordinatesPlans(who, provinceCode)) || (writer(who, provinceCode) && who.official.agencyId === agencyId)
  );
}

/** Editors of an agency that keeps a department's records create and change them, in their province. */
export function keepsRecords(who: Who, provinceCode: string, department: string): boolean {
  if (!who) return false;
  if (who.official.role === "admin") return true;
  return writer(who, provinceCode) && (who.official.departments ?? []).includes(department);
}

/** The classifications an official may give a record: SECRET only with SECRET clearance, and only where the hub may keep state secrets. */
export function classificationsFor(who: Who): string[] {
  return who?.official.clearance === "SECRET" && who.official.stateSecrets !== false
    ? ["PUBLIC", "INTERNAL", "SECRET"]
    : ["PUBLIC", "INTERNAL"];
}

/** The province's data-protection officer and admins read the processing log and answer people's requests. */
export function handlesPersonalData(who: Who): who is Session {
  return !!who && (who.official.role === "dpo" || who.official.role === "admin");
}

/** Coordinators and admins read the audit log. */
export function readsAudit(who: Who): boolean {
  return !!who && (who.official.role === "coordinator" || who.official.role === "admin");
}

/**
 * Whether the official may read a province's non-public records — its plans,
 * tasks, reports and focal points — mirroring the API's read rule
 * (shared/auth/access.ts): admins everywhere, others in their own province
 * and in the provinces merged into it. "signIn" for a visitor who is signed
 * out, "notShown" for an official of another province: what the API hides
 * from them is shown as hidden, never as zero or none.
 */
export type ProvinceAccess = "full" | "signIn" | "notShown";

export function provinceAccess(who: Who, province: { code: string; successor?: { code: string } | null } | string): ProvinceAccess {
  if (!who) return "signIn";
  if (who.official.role === "admin") return "full";
  const code = typeof province === "string" ? province : province.code;
  const successor = typeof province === "string" ? undefined : province.successor?.code;
  return code === who.official.provinceCode || successor === who.official.provinceCode ? "full" : "notShown";
}
