import type { DocumentAgency } from "../plan-document";
import { beginsAgency, splitAgencyList, type AgencyResolver } from "./agencies";
import { foldAligned, trimEndPunctuation } from "./normalize";
import { parseOrdinal, stripBullet, type Ordinal } from "./sections";
import type { Place } from "./warnings";

export interface Assignment {
  agency: DocumentAgency;
  /** What the heading adds about the agency: "(cơ quan thường trực)", "… là cơ quan thường trực". */
  role?: string;
  duties: string[];
}

/** "Sở … (cơ quan thường trực)" or "Sở … là cơ quan thường trực": the agencies, and their role. */
function withoutRole(name: string): { name: string; role: string | null } {
  const parenthesised = /^(.*\S)\s*\(([^()]+)\)$/u.exec(name);
  if (parenthesised) return { name: parenthesised[1], role: parenthesised[2].trim() };
  const stated = /^(.*\S)\s+là\s+(.+)$/u.exec(name);
  if (stated && beginsAgency(stated[1])) return { name: stated[1], role: trimEndPunctuation(stated[2]) };
  return { name, role: null };
}

/** Verbs that open a duty: a heading without ":" names its agencies up to the first of them. */
const DUTY_VERB =
  /(?<=\s)(can cu|chu tri|phoi hop|co trach nhiem|chiu trach nhiem|trien khai|thuc hien|tham muu|chu dong|theo doi|huong dan|xay dung|to chuc|tang cuong|day manh|cung cap)(?=[\s,.:;]|$)/g;

/** Where the agencies of a heading end and its first duty begins. */
function cutAtVerb(text: string): { name: string; rest: string } {
  const folded = foldAligned(text);
  for (const match of folded.matchAll(DUTY_VERB)) {
    const at = match.index ?? 0;
    if (!/^\p{Ll}/u.test(text.charAt(at))) continue; // "Thực hiện" in a proper name
    if (/(?:^|\s)(cac|nhung)\s+$/.test(folded.slice(0, at))) continue; // "các tổ chức" is a noun
    return { name: text.slice(0, at).trim(), rest: text.slice(at).trim() };
  }
  return { name: text.trim(), rest: "" };
}

/** "Đề nghị Ban Tuyên giáo Tỉnh ủy phối hợp:" → agencies "Ban Tuyên giáo Tỉnh ủy", no duty yet. */
export function readAssignmentHeading(text: string): { name: string; role: string | null; firstDuty: string } | null {
  const colon = text.indexOf(":");
  let name: string;
  let firstDuty: string;
  const beforeColon = colon >= 0 ? cutAtVerb(text.slice(0, colon)) : null;
  // "… phối hợp:" ends the heading; a duty running on to a later ":" does not
  if (beforeColon && beforeColon.rest.split(/\s+/).filter(Boolean).length <= 3) {
    name = beforeColon.name;
    firstDuty = text.slice(colon + 1).trim();
  } else {
    ({ name, rest: firstDuty } = cutAtVerb(text));
  }
  name = trimEndPunctuation(name.replace(/^(?:đề nghị|giao|yêu cầu)\s+/iu, "")).trim();
  const { name: agencies, role } = withoutRole(name);
  if (!agencies || !beginsAgency(agencies)) return null;
  return { name: agencies, role, firstDuty };
}

function level(ordinal: Ordinal): number {
  return ordinal.kind === "decimal" ? ordinal.depth : 100;
}

/**
 * The implementation section: each numbered heading that names agencies opens
 * their duties (bullets or plain paragraphs). A heading naming several agencies
 * gives each the same duties; one naming only collectives ("Các sở, ban,
 * ngành; Ủy ban nhân dân các huyện …") is one addressee.
 */
export function parseAssignments(paragraphs: string[], agencies: AgencyResolver, where: Place): Assignment[] {
  const groups: { names: string[]; role: string | null; duties: string[]; level: number; ordinal: string }[] = [];
  let current: (typeof groups)[number] | null = null;

  for (const paragraph of paragraphs) {
    const ordinal = parseOrdinal(paragraph);
    if (ordinal) {
      // under an agency, a numbered line is a duty unless it is "<agency>: …"
      const nested: boolean = current !== null && level(ordinal) > current.level;
      const heading: { name: string; role: string | null; firstDuty: string } | null =
        nested && !ordinal.rest.includes(":") ? null : readAssignmentHeading(ordinal.rest);
      if (heading) {
        const names = splitAgencyList(heading.name);
        const specific = names.some((n) => agencies.lookup(n).code !== null);
        current = {
          names: specific ? names : [heading.name],
          role: heading.role,
          duties: [],
          level: level(ordinal),
          ordinal: ordinal.ordinal,
        };
        if (heading.firstDuty) current.duties.push(heading.firstDuty);
        groups.push(current);
        continue;
      }
      if (current && level(ordinal) > current.level) current.duties.push(ordinal.rest);
      else current = null; // a sub-heading that names no agency ("Trách nhiệm chung")
      continue;
    }
    if (current) current.duties.push(stripBullet(paragraph));
  }

  return groups.flatMap((group) =>
    group.names.map((name) => ({
      agency: agencies.resolve(name, { ...where, item: group.ordinal }),
      ...(group.role ? { role: group.role } : {}),
      duties: [...group.duties],
    })),
  );
}
