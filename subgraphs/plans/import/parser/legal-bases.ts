import { NATIONAL_PROVINCES } from "../../../../shared/core/national-directory";
import { foldVietnamese } from "../../../../shared/core/text";
import { dateProblemParams, dateWarning, readDate } from "./dates";
import { foldAligned, trimEndPunctuation } from "./normalize";
import type { Place, WarningParams, Warnings } from "./warnings";

export interface LegalBasis {
  kind: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  text: string;
}

/** Kinds of legal document, longest first so "Thông tư liên tịch" wins over "Thông tư". */
const KINDS = [
  "Thông tư liên tịch",
  "Nghị quyết",
  "Nghị định",
  "Kết luận",
  "Chỉ thị",
  "Quyết định",
  "Thông tư",
  "Công văn",
  "Hướng dẫn",
  "Kế hoạch",
  "Bộ luật",
  "Luật",
  "Pháp lệnh",
  "Thông báo",
  "Công điện",
  "Văn bản",
  "Chương trình",
  "Đề án",
  "Quy chế",
  "Quy định",
  "Tờ trình",
  "Hiến pháp",
].map((kind) => ({ kind, folded: foldVietnamese(kind) }));

/** The kind of document named at `at` in a folded text. */
function kindIn(folded: string, at: number): { kind: string; length: number } | null {
  for (const { kind, folded: f } of KINDS) {
    if (folded.startsWith(f, at) && !/[a-z0-9]/.test(folded.charAt(at + f.length))) return { kind, length: f.length };
  }
  return null;
}

function kindAt(text: string): { kind: string; length: number } | null {
  return kindIn(foldAligned(text), 0);
}

/** Where the subject of a reference starts: the issuer ends before it. */
const ISSUER_END =
  /\s(?:ve|ban hanh|huong dan|quy dinh|phe duyet|v\/v|viec|trien khai|thuc hien|hoat dong|giai doan|nam \d{4}|sua doi|bo sung|xay dung)(?![a-z])|[,;(]/;

/** "UBND tỉnh An Giang ban hành …" → "UBND tỉnh An Giang": a committee's name ends with its place. */
const COMMITTEE = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(?:tinh|thanh pho|huyen)\b/;

/**
 * The bodies that issue what plans cite, by the name they are written with:
 * a name is bounded by what it can be, not by the word after it ("Tỉnh ủy
 * Lào Cai quản lý …", "Bộ Văn hóa, Thể thao và Du lịch về …"). Longest first.
 */
const CENTRAL_ISSUERS = [
  "Ủy ban Thường vụ Quốc hội",
  "Ban Chấp hành Trung ương",
  "Ban Tuyên giáo và Dân vận Trung ương",
  "Ban Tuyên giáo Trung ương",
  "Ban Đối ngoại Trung ương",
  "Ban Chỉ đạo công tác thông tin đối ngoại",
  "Thủ tướng Chính phủ",
  "Văn phòng Chính phủ",
  "Chính phủ",
  "Quốc hội",
  "Bộ Chính trị",
  "Ban Bí thư",
  "Bộ Ngoại giao",
  "Bộ Thông tin và Truyền thông",
  "Bộ Văn hóa, Thể thao và Du lịch",
  "Bộ Công Thương",
  "Bộ Quốc phòng",
  "Bộ Công an",
  "Bộ Nội vụ",
  "Bộ Tài chính",
  "Bộ Kế hoạch và Đầu tư",
  "Bộ Khoa học và Công nghệ",
  "Bộ Giáo dục và Đào tạo",
  "Bộ Tư pháp",
  "Bộ Y tế",
  "Bộ Xây dựng",
  "Bộ Nông nghiệp và Phát triển nông thôn",
  "Bộ Nông nghiệp và Môi trường",
  "Bộ Tài nguyên và Môi trường",
  "Bộ Giao thông vận tải",
  "Bộ Lao động - Thương binh và Xã hội",
  "Bộ Dân tộc và Tôn giáo",
  "Ủy ban Dân tộc",
  "Bộ Tư lệnh Bộ đội Biên phòng",
]
  .map((name) => ({ name, folded: foldVietnamese(name) }))
  .sort((a, b) => b.folded.length - a.folded.length);

/** A province's own bodies, named with the province after them ("Tỉnh ủy Lào Cai", "Ủy ban nhân dân tỉnh Gia Lai"). */
const PROVINCIAL_ISSUERS =
  /^(?:ban thuong vu tinh uy|ban thuong vu thanh uy|tinh uy|thanh uy|chu tich uy ban nhan dan (?:tinh|thanh pho)|uy ban nhan dan (?:tinh|thanh pho)|ubnd (?:tinh|thanh pho)|hoi dong nhan dan (?:tinh|thanh pho)|hdnd (?:tinh|thanh pho))(?![a-z])/;
const PROVINCE_NAMES = [...new Set(NATIONAL_PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])]))]
  .map((name) => foldVietnamese(name))
  .sort((a, b) => b.length - a.length);

/** A Party body's or a council's term after its name: "Bộ Chính trị khóa XI", "Tỉnh ủy Gia Lai khóa XV". */
const TERM = /^\s+khoa\s+[ivxlc\d]+(?![a-z0-9])/;

/** The issuer at the start of `rest` when it is one of the bodies above, else null. */
function knownIssuer(rest: string): string | null {
  const name = knownIssuerName(rest);
  if (name === null) return null;
  const term = TERM.exec(foldAligned(rest.slice(name)));
  return rest.slice(0, name + (term ? term[0].length : 0));
}

/** The length of the issuer's name at the start of `rest`, or null. */
function knownIssuerName(rest: string): number | null {
  const folded = foldAligned(rest);
  const central = CENTRAL_ISSUERS.find((i) => folded.startsWith(i.folded) && !/[a-z0-9]/.test(folded.charAt(i.folded.length)));
  if (central) return central.folded.length;
  const provincial = PROVINCIAL_ISSUERS.exec(folded);
  if (!provincial) return null;
  const after = folded.slice(provincial[0].length).replace(/^\s+/, "");
  const province = PROVINCE_NAMES.find((name) => after.startsWith(name) && !/[a-z0-9]/.test(after.charAt(name.length)));
  return province ? folded.length - after.length + province.length : provincial[0].length;
}

function readIssuer(after: string): string | null {
  const folded = foldAligned(after);
  const of = /(?:^|\s)cua\s+/.exec(folded);
  if (!of) return null;
  const start = of.index + of[0].length;
  const rest = after.slice(start);
  const known = knownIssuer(rest);
  if (known) return trimEndPunctuation(known.trim());
  const end = ISSUER_END.exec(foldAligned(rest));
  let issuer = (end ? rest.slice(0, end.index) : rest).trim();
  const committee = COMMITTEE.exec(foldAligned(issuer));
  if (committee) {
    const head = issuer.slice(0, committee[0].length);
    const place = issuer.slice(committee[0].length).trim().split(/\s+/);
    const proper: string[] = [];
    for (const word of place) {
      if (!/^\p{Lu}/u.test(word)) break;
      proper.push(word);
    }
    issuer = [head, ...proper].join(" ");
  }
  return trimEndPunctuation(issuer) || null;
}

/** Words that introduce a basis: "Căn cứ", "Thực hiện", "Theo", "Xét". */
const INTRODUCER = /^(?:căn cứ|thực hiện|theo|xét|và)\s+/iu;

/** One reference as written: "Quyết định số 1468/QĐ-TTg ngày 06/11/2018 của Thủ tướng Chính phủ …". */
export function parseLegalReference(written: string): LegalBasis | null {
  const text = trimEndPunctuation(written.trim().replace(INTRODUCER, ""), ".,;").trim();
  const kind = kindAt(text);
  if (kind) return readReference(text, text.slice(kind.length), kind.kind, null);
  // cited in mid-sentence: "chỉ đạo của Bộ … nêu tại Văn bản số 4110/BTTTT-TTĐN …"
  const cited = citedIn(text);
  if (!cited) return null;
  const before = text.slice(0, cited.at).replace(/\s+(?:nêu tại|tại|theo|trong|ở|bằng)\s*$/iu, "");
  return readReference(text, text.slice(cited.at + cited.length), cited.kind, readIssuer(before));
}

/** A kind of document followed by its number, inside a sentence. */
function citedIn(text: string): { kind: string; at: number; length: number } | null {
  // folded once, and looked at word by word: a long paragraph costs its length, not its square
  const folded = foldAligned(text);
  for (let at = 1; at < folded.length; at++) {
    if (folded[at - 1] !== " ") continue;
    const kind = kindIn(folded, at);
    const after = kind ? folded.slice(at + kind.length, at + kind.length + 16) : "";
    if (kind && /^\s*(?:so\s*:?\s*)?\d/.test(after)) return { kind: kind.kind, at, length: kind.length };
  }
  return null;
}

function readReference(text: string, afterKind: string, kind: string, issuerBefore: string | null): LegalBasis {
  const numberMatch = /^\s*(?:số\s*:?\s*)?(\d[\p{L}\d.-]*\/[\p{L}\d/.-]*[\p{L}\d])/u.exec(afterKind);
  const number = numberMatch ? numberMatch[1] : null;
  const afterNumber = numberMatch ? afterKind.slice(numberMatch[0].length) : afterKind;
  const date = readDate(afterNumber);
  const afterDate = date ? afterNumber.slice(date.index + date.raw.length) : afterNumber;
  return { kind, number, issuedOn: date?.iso ?? null, issuer: readIssuer(afterDate) ?? issuerBefore, text };
}

/** The clause that enacts the plan ("Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:") ends the bases. */
function isEnactingClause(text: string): boolean {
  const folded = foldVietnamese(text);
  return /:\s*$/.test(text) || /\bnhu sau\b/.test(folded) || /\b(ban hanh|xay dung)\s+ke hoach\b/.test(folded);
}

/** "…năm 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:": the reference ends before the enacting clause. */
function withoutEnactingClause(segment: string): { reference: string; enacts: boolean } {
  const folded = foldAligned(segment);
  // the enacting body is the subject: "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch", never "…, ngày … của Ban Thường vụ về việc ban hành Kế hoạch triển khai …"
  const clause = /,\s+(?:uy ban nhan dan|ubnd|so |ban chi dao|chu tich)[^,;]*\b(?:ban hanh|xay dung|trien khai)\s+ke hoach\b[^;]*$/.exec(
    folded,
  );
  return clause ? { reference: segment.slice(0, clause.index), enacts: true } : { reference: segment, enacts: false };
}

/**
 * An enumeration of references in one sentence — "Nghị định số 72/…, Thông
 * tư số 22/… và Văn bản số 3616/…" — split at each comma or "và" that opens
 * another numbered document, once the part before it holds a reference of
 * its own (else the comma is inside one: "chỉ đạo của Tỉnh ủy, Văn bản số …").
 */
function splitEnumeration(segment: string): string[] {
  const folded = foldAligned(segment);
  const parts: string[] = [];
  let start = 0;
  for (const separator of folded.matchAll(/,\s+(?:va\s+)?|\s+va\s+/g)) {
    const at = separator.index + separator[0].length;
    const kind = kindIn(folded, at);
    if (!kind || !/^\s*(?:so\s*:?\s*)?\d/.test(folded.slice(at + kind.length, at + kind.length + 16))) continue;
    const part = segment.slice(start, separator.index);
    if (!parseLegalReference(part)) continue;
    parts.push(part);
    start = at;
  }
  parts.push(segment.slice(start));
  return parts;
}

/** "…/2017/QĐ-UBND" dated in 2018: the number's year and the date disagree. */
function contradiction(basis: LegalBasis, written: string): { params: WarningParams; english: string } | null {
  const numbered = basis.number ? /\/((?:19|20)\d{2})\//.exec(basis.number) : null;
  if (!numbered || !basis.issuedOn || basis.issuedOn.startsWith(numbered[1])) return null;
  const date = readDate(written.slice(written.indexOf(basis.number as string)))?.raw ?? basis.issuedOn;
  return {
    params: { number: basis.number as string, numberYear: numbered[1], date },
    english: `'${basis.number}' is numbered for ${numbered[1]} but dated ${date}; both kept as written`,
  };
}

/**
 * Legal bases from the paragraphs between the title and the first section:
 * one per paragraph introduced by "Căn cứ", "Thực hiện", "Theo" or "Xét", or
 * one run-on paragraph split on ";" and on the commas and "và" of an
 * enumeration, a reference cited in mid-sentence included. Numbers are kept
 * as written.
 */
export function parseLegalBases(paragraphs: string[], warnings: Warnings): LegalBasis[] {
  const bases: LegalBasis[] = [];
  for (const paragraph of paragraphs) {
    if (!INTRODUCER.test(paragraph.normalize("NFC")) || /^và\s/iu.test(paragraph)) continue;
    for (const segment of paragraph.split(/;\s*/).flatMap(splitEnumeration)) {
      const { reference, enacts } = withoutEnactingClause(segment.trim());
      const trimmed = reference.trim();
      if (!trimmed) continue;
      const basis = parseLegalReference(trimmed);
      if (basis) {
        bases.push(basis);
        const where: Place = { part: "legalBasis", number: String(bases.length) };
        if (basis.issuedOn === null) {
          const date = readDate(trimmed);
          if (date?.problem)
            warnings.add(
              where,
              "BASIS_DATE_NOT_REAL",
              dateProblemParams(date),
              `${dateWarning(date)}; issuedOn left null, the text kept as written`,
            );
        }
        const mismatch = contradiction(basis, trimmed);
        if (mismatch) warnings.add(where, "BASIS_NUMBER_YEAR_MISMATCH", mismatch.params, mismatch.english);
      } else if (isEnactingClause(trimmed)) {
        break;
      } else if (bases.length > 0 && !INTRODUCER.test(trimmed)) {
        // a ";" inside one reference: keep it with the reference before
        const last = bases[bases.length - 1];
        last.text = `${last.text}; ${trimEndPunctuation(trimmed, ".,;")}`;
      }
      if (enacts) break;
    }
  }
  return bases;
}

/** A plan dated before a document it cites (Tây Ninh's, printed 15/01/2019, cites one of 02/10/2019): a slip in one date. */
export function warnOfLaterBasis(planDate: string | null, bases: LegalBasis[], warnings: Warnings): void {
  if (!planDate) return;
  const later = bases.findIndex((b) => b.issuedOn !== null && b.issuedOn > planDate);
  if (later < 0) return;
  warnings.add(
    { part: "header" },
    "PLAN_BEFORE_BASIS",
    { planDate, basis: later + 1, basisDate: bases[later].issuedOn as string },
    `the plan is dated ${planDate} but cites legal basis ${later + 1}, dated ${bases[later].issuedOn} (a slip in one of the two dates); both kept as written`,
  );
}
