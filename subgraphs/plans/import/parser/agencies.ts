import { NATIONAL_PROVINCES } from "../../../../shared/core/national-directory";
import { foldVietnamese, nfc } from "../../../../shared/core/text";
import { REFERENCE_DIRECTORY } from "../../directory/reference-directory";
import type { DocumentAgency } from "../plan-document";
import { trimEndPunctuation, trimEndWhere, unifyToneMarks } from "./normalize";
import type { Place, Warnings } from "./warnings";

/** Abbreviations plans use, folded → the words they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  "tt&tt": "thong tin truyen thong",
  tttt: "thong tin truyen thong",
  stttt: "so thong tin truyen thong",
  "stt&tt": "so thong tin truyen thong",
  vhttdl: "van hoa the thao du lich",
  "vhtt&dl": "van hoa the thao du lich",
  "vh,tt&dl": "van hoa the thao du lich",
  svhttdl: "so van hoa the thao du lich",
  "kh&dt": "ke hoach dau tu",
  khdt: "ke hoach dau tu",
  skhdt: "so ke hoach dau tu",
  "nn&ptnt": "nong nghiep phat trien nong thon",
  nnptnt: "nong nghiep phat trien nong thon",
  snnptnt: "so nong nghiep phat trien nong thon",
  bdbp: "bo doi bien phong",
  bch: "bo chi huy",
  bchqs: "bo chi huy quan su",
  chqs: "chi huy quan su",
  mttq: "mat tran to quoc",
  "pt-th": "phat thanh truyen hinh",
  "pt&th": "phat thanh truyen hinh",
  ptth: "phat thanh truyen hinh",
  btgtu: "ban tuyen giao tinh uy",
  bql: "ban quan ly",
  kkt: "khu kinh te",
  "xttm&dt": "xuc tien thuong mai dau tu",
  xttmdt: "xuc tien thuong mai dau tu",
  cttdt: "cong thong tin dien tu",
};

/** Spellings the directory names do not yield by themselves (folded keys). */
const EXTRA_ALIASES: Record<string, string[]> = {
  BDBP: ["bo doi bien phong"],
  MTTQ: ["mat tran to quoc", "mat tran to quoc viet nam", "uy ban mat tran to quoc"],
};

/** Words that open an agency's name in a list; a piece that starts otherwise continues the previous one. */
const HEADS = [
  "uy ban",
  "ubnd",
  "hdnd",
  "hoi dong",
  "so",
  "ban",
  "cong an",
  "bo chi huy",
  "bch",
  "bo",
  "bdbp",
  "bao",
  "dai",
  "cong thong tin",
  "trung tam",
  "lien hiep",
  "lien doan",
  "hoi",
  "van phong",
  "tinh doan",
  "tinh uy",
  "thanh tra",
  "cuc",
  "chi cuc",
  "kho bac",
  "ngan hang",
  "vien",
  "truong",
  "benh vien",
  "mat tran",
  "mttq",
  "doan",
  "thuong truc",
  "chi nhanh",
  "hai quan",
  "toa an",
  "cong ty",
  "tong cong ty",
  "hoc vien",
  "stttt",
  "svhttdl",
  "skhdt",
  "btgtu",
  // the heads of bodies: "Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện"
  "thu truong",
  "chu tich",
  "giam doc",
].map((h) => h.split(" "));

/** "Giám đốc Sở …", "Thủ trưởng các sở …": the body is matched without its head's title. */
const HEAD_OF = /^(?:giám đốc|thủ trưởng|chủ tịch|lãnh đạo)\s+/iu;

/** A name for several bodies ("các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"), not one. */
export function namesGroup(name: string): boolean {
  return /(?:^|\s)(cac|nhung|cap)(?:\s|$)/.test(foldVietnamese(name));
}

/** Openers of a collective phrase ("các sở, ban, ngành", "những cơ quan …"). */
const COLLECTIVE = new Set(["cac", "nhung"]);

/** A word that names no body by itself and belongs with the next piece ("Thường trực, Ban …"). */
const MODIFIERS = new Set(["thuong truc", "lanh dao", "thu truong"]);

function foldedWords(text: string): string[] {
  return foldVietnamese(text).split(" ").filter(Boolean);
}

function startsWithHead(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return false;
  const words = foldedWords(trimmed).map((w) => w.replace(/[^a-z0-9&-]/g, ""));
  return HEADS.some((head) => head.every((w, i) => words[i] === w));
}

function startsCollective(text: string): boolean {
  return COLLECTIVE.has(foldedWords(text)[0] ?? "");
}

/** True when `text` begins like an agency name or a collective of agencies. */
export function beginsAgency(text: string): boolean {
  return startsWithHead(text) || startsCollective(text);
}

/**
 * Splits a list of agencies as written: ";" and sentences always separate;
 * "," and "và" separate only before a new agency ("Sở Văn hóa, Thể thao và Du
 * lịch" stays whole, "Sở Ngoại vụ và các cơ quan …" splits), and so does ":"
 * (a ";" a scan read as a colon: "Sở Công Thương: Sở Ngoại vụ").
 */
export function splitAgencyList(text: string): string[] {
  const clean = trimEndPunctuation(text.trim().replace(/^[-+•]\s*/, ""));
  const names: string[] = [];
  for (const segment of clean.split(/\s*;\s*|\.\s+(?=\p{Lu})/u)) {
    const parts = segment.split(/(,\s*|\s+và\s+|:\s+)/u);
    let current = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const next = parts[i + 1] ?? "";
      if (beginsAgency(next) && !MODIFIERS.has(foldVietnamese(current))) {
        names.push(current);
        current = next;
      } else {
        current += parts[i] + next;
      }
    }
    names.push(current);
  }
  return names.map((n) => trimEndPunctuation(n.trim())).filter(Boolean);
}

const PROVINCE_KEYS = [
  ...new Set(
    [...REFERENCE_DIRECTORY.map((p) => p.name), ...NATIONAL_PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])])].map((n) =>
      foldVietnamese(n),
    ),
  ),
];

/** Folded, abbreviations expanded, punctuation and "và" dropped, a trailing "tỉnh [name]" removed. */
export function agencyKey(name: string, provinceName?: string | null): string {
  const provinces = provinceName ? [foldVietnamese(provinceName), ...PROVINCE_KEYS] : PROVINCE_KEYS;
  const words = foldedWords(name).flatMap((w) => (ABBREVIATIONS[trimEndWhere(w, /[.,;:()]/).replace(/^\(/, "")] ?? w).split(" "));
  let key = words
    .join(" ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "va")
    .join(" ");
  for (let changed = true; changed;) {
    changed = false;
    for (const province of provinces) {
      if (province && key.endsWith(` ${province}`)) {
        key = key.slice(0, -province.length - 1);
        changed = true;
      }
    }
    if (key.endsWith(" tinh")) {
      key = key.slice(0, -" tinh".length);
      changed = true;
    }
  }
  return key;
}

interface KnownAgency {
  code: string;
  /** Folded district name for "UBND-H:<name>" entries. */
  district?: string;
}

const KNOWN_KEYS = new Map<string, string>();
const DISTRICTS: KnownAgency[] = [];
for (const province of REFERENCE_DIRECTORY) {
  for (const entry of province.agencies) {
    const district = /^UBND-H:(.+)$/.exec(entry.code);
    if (district) DISTRICTS.push({ code: entry.code, district: foldVietnamese(district[1]) });
    else if (!KNOWN_KEYS.has(agencyKey(entry.name, province.name))) KNOWN_KEYS.set(agencyKey(entry.name, province.name), entry.code);
  }
}
for (const [code, aliases] of Object.entries(EXTRA_ALIASES)) for (const alias of aliases) KNOWN_KEYS.set(alias, code);
const KNOWN_CODES = new Set([...KNOWN_KEYS.values(), ...DISTRICTS.map((d) => d.code)]);

const DISTRICT_HEAD = /^(?:uy ban nhan dan|ubnd)\s+(?:huyen|thi xa|thanh pho|quan)\s+/;

/** "Ủy ban nhân dân huyện Đức Cơ" → "UBND-H:Đức Cơ" (directory spelling when it has one). */
function districtCode(name: string, provinceName?: string | null): string | null {
  const written = nfc(name).trim().split(/\s+/);
  const folded = written.map((w) => foldVietnamese(w));
  const head = DISTRICT_HEAD.exec(folded.join(" "));
  if (!head) return null;
  const headWords = head[0].trim().split(" ").length;
  let rest = written.slice(headWords);
  // "… huyện Đức Cơ, tỉnh Gia Lai" names the district, not the province
  const cut = rest.findIndex((w) => foldVietnamese(w).replace(/[^a-z]/g, "") === "tinh");
  if (cut > 0) rest = rest.slice(0, cut);
  const districtName = trimEndPunctuation(rest.join(" "));
  if (!districtName || !/^\p{Lu}/u.test(districtName) || foldedWords(districtName).some((w) => COLLECTIVE.has(w))) return null;
  if (provinceName && foldVietnamese(districtName) === foldVietnamese(provinceName)) return null;
  const known = DISTRICTS.find((d) => d.district === foldVietnamese(districtName));
  return known ? known.code : `UBND-H:${districtName}`;
}

/**
 * A code for a specific body the directory lacks ("Sở Xây dựng" → "SXD"), built
 * the way the directory's codes are (initials), so the importer can name it.
 * Collectives and bodies without a proper name get none.
 */
function derivedCode(name: string, provinceName?: string | null): string | null {
  if (!startsWithHead(name)) return null;
  const folded = foldVietnamese(name);
  if (/\b(cac|nhung|cap|lien quan|truc thuoc|don vi)\b/.test(folded)) return null;
  if (/^(uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan)\b/.test(folded)) return null;
  let words = name.split(/[\s,\-–]+/).filter((w) => w && foldVietnamese(w) !== "va");
  const provinceWords = provinceName ? foldedWords(provinceName) : [];
  if (
    provinceWords.length &&
    words
      .slice(-provinceWords.length)
      .map((w) => foldVietnamese(w))
      .join(" ") === provinceWords.join(" ")
  ) {
    words = words.slice(0, -provinceWords.length);
  }
  if (words.length > 1 && foldVietnamese(words[words.length - 1]) === "tinh") words = words.slice(0, -1);
  if (words.length < 2 || !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const code = words
    .map((w) =>
      /^[\p{Lu}Đ&]{2,}$/u.test(w)
        ? foldVietnamese(w)
            .toUpperCase()
            .replace(/[^A-Z0-9]/g, "")
        : foldVietnamese(w).charAt(0).toUpperCase(),
    )
    .join("");
  return /^[A-Z0-9]{2,}$/.test(code) && !KNOWN_CODES.has(code) ? code : null;
}

export interface AgencyMatch {
  agency: DocumentAgency;
  /** True when the directory knows the agency. */
  known: boolean;
}

/** Matches one agency name, whatever its spelling, to a directory code. */
export function matchAgency(name: string, provinceName?: string | null): AgencyMatch {
  const written = trimEndPunctuation(nfc(name).trim());
  const body = written.replace(HEAD_OF, "");
  if (body !== written && /^\p{Lu}/u.test(body)) {
    const match = matchAgency(body, provinceName);
    return { agency: { name: written, code: match.agency.code }, known: match.known };
  }
  const district = districtCode(written, provinceName);
  if (district) return { agency: { name: written, code: district }, known: KNOWN_CODES.has(district) };
  const code = KNOWN_KEYS.get(agencyKey(written, provinceName));
  if (code) return { agency: { name: written, code }, known: true };
  return { agency: { name: written, code: derivedCode(written, provinceName) }, known: false };
}

/** Resolves agency names for one plan, warning once per name the directory lacks. */
export class AgencyResolver {
  private readonly warned = new Set<string>();

  constructor(
    private readonly provinceName: string | null,
    private readonly warnings: Warnings,
  ) {}

  /** The match without recording a warning. */
  lookup(name: string): DocumentAgency {
    return matchAgency(name, this.provinceName).agency;
  }

  /** `where` says where the name is first met ("task 2.1", "section III, item 4") for its warning. */
  resolve(name: string, where: Place): DocumentAgency {
    const { agency, known } = matchAgency(name, this.provinceName);
    // "Uỷ ban …" and "Ủy ban …" are one name
    const key = unifyToneMarks(agency.name);
    // a group of bodies names no single agency to look up: kept with code null, without a warning
    if (!known && !namesGroup(agency.name) && !this.warned.has(key)) {
      this.warned.add(key);
      if (agency.code)
        this.warnings.add(
          where,
          "AGENCY_UNKNOWN",
          { name: agency.name, code: agency.code },
          `agency not in directory: ${agency.name} (kept as written; code ${agency.code} derived from the name)`,
        );
      else
        this.warnings.add(
          where,
          "AGENCY_UNKNOWN_NO_CODE",
          { name: agency.name },
          `agency not in directory: ${agency.name} (kept as written; code left null)`,
        );
    }
    return agency;
  }

  resolveList(text: string, where: Place): DocumentAgency[] {
    return splitAgencyList(text).map((name) => this.resolve(name, where));
  }
}
