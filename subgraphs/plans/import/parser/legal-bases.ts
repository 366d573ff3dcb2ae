import { foldVietnamese } from "../../../../shared/core/text";
import { readDate } from "./dates";
import { foldAligned } from "./normalize";

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
  "Hiến pháp",
].map((kind) => ({ kind, folded: foldVietnamese(kind) }));

function kindAt(text: string): { kind: string; length: number } | null {
  const folded = foldAligned(text);
  for (const { kind, folded: f } of KINDS) {
    if (folded.startsWith(f) && !/[a-z0-9]/.test(folded.charAt(f.length))) return { kind, length: f.length };
  }
  return null;
}

/** Where the subject of a reference starts: the issuer ends before it. */
const ISSUER_END =
  /\s(?:ve|ban hanh|huong dan|quy dinh|phe duyet|v\/v|viec|trien khai|thuc hien|hoat dong|giai doan|nam \d{4}|sua doi|bo sung)(?![a-z])|[,;(]/;

/** "UBND tỉnh An Giang ban hành …" → "UBND tỉnh An Giang": a committee's name ends with its place. */
const COMMITTEE = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+(?:tinh|thanh pho|huyen)\b/;

function readIssuer(after: string): string | null {
  const folded = foldAligned(after);
  const of = /(?:^|\s)cua\s+/.exec(folded);
  if (!of) return null;
  const start = of.index + of[0].length;
  const rest = after.slice(start);
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
  return issuer.replace(/[\s.,;:]+$/, "") || null;
}

/** One reference as written: "Quyết định số 1468/QĐ-TTg ngày 06/11/2018 của Thủ tướng Chính phủ …". */
export function parseLegalReference(written: string): LegalBasis | null {
  const text = written
    .trim()
    .replace(/^(?:căn cứ|thực hiện)\s+/iu, "")
    .replace(/[\s;.,]+$/, "")
    .trim();
  const kind = kindAt(text);
  if (!kind) return null;
  const afterKind = text.slice(kind.length);
  const numberMatch = /^\s*(?:số\s*:?\s*)?(\d[\p{L}\d.-]*\/[\p{L}\d/.-]*[\p{L}\d])/u.exec(afterKind);
  const number = numberMatch ? numberMatch[1] : null;
  const afterNumber = numberMatch ? afterKind.slice(numberMatch[0].length) : afterKind;
  const date = readDate(afterNumber);
  const afterDate = date ? afterNumber.slice(date.index + date.raw.length) : afterNumber;
  return { kind: kind.kind, number, issuedOn: date?.iso ?? null, issuer: readIssuer(afterDate), text };
}

/** The clause that enacts the plan ("Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:") ends the bases. */
function isEnactingClause(text: string): boolean {
  const folded = foldVietnamese(text);
  return /:\s*$/.test(text) || /\bnhu sau\b/.test(folded) || /\b(ban hanh|xay dung)\s+ke hoach\b/.test(folded);
}

/**
 * Legal bases from the paragraphs between the title and the first section:
 * one "Căn cứ …" per paragraph, or one run-on paragraph split on ";".
 */
export function parseLegalBases(paragraphs: string[], warnings: string[]): LegalBasis[] {
  const bases: LegalBasis[] = [];
  for (const paragraph of paragraphs) {
    if (!/^(?:căn cứ|thực hiện)\s/iu.test(paragraph.normalize("NFC"))) continue;
    if (/^thực hiện\s/iu.test(paragraph) && !kindAt(paragraph.replace(/^thực hiện\s+/iu, ""))) continue;
    const segments = paragraph.split(/;\s*/);
    for (const segment of segments) {
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const basis = parseLegalReference(trimmed);
      if (basis) {
        bases.push(basis);
        if (basis.issuedOn === null) {
          const date = readDate(trimmed);
          if (date?.warning) warnings.push(`legal basis '${basis.text}': ${date.warning}`);
        }
      } else if (isEnactingClause(trimmed)) {
        break;
      } else if (bases.length > 0) {
        // a ";" inside one reference: keep it with the reference before
        const last = bases[bases.length - 1];
        last.text = `${last.text}; ${trimmed.replace(/[\s;.,]+$/, "")}`;
      }
    }
  }
  return bases;
}
