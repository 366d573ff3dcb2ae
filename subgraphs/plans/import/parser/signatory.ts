import { foldVietnamese } from "../../../../shared/core/text";
import { tidy } from "./normalize";

export interface Signatory {
  name: string | null;
  title: string | null;
}

/** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC": who signs for whom. */
const AUTHORITY = /^(KT|TM|TL|TUQ|Q)\.\s*\S/u;
const POSITION = /^(pho\s+)?(chu tich|giam doc|truong ban|chanh van phong|bi thu)\b/;
const SIGNED = /^[([]?\s*(da ky|ky ten|ky, ghi ro ho ten|ky va dong dau|da ky va dong dau)[^)\]]*[)\]]?$/;

function isUpperLine(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && !/^[-+•]/.test(text);
}

function looksLikeName(text: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u.test(text);
}

/**
 * The signature block after the plan's body: the position lines ("KT. CHỦ
 * TỊCH" / "PHÓ CHỦ TỊCH", joined with " / "; the "TM. …" line names the body
 * signed for, not the signer) and the name under them when written.
 */
export function readSignatory(lines: string[]): Signatory | null {
  // layout tabs put recipients and the signature block on one line
  const cells = lines
    .flatMap((line) => line.split(/\t+|\s{3,}/))
    .map(tidy)
    .filter(Boolean);
  let start = -1;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (isUpperLine(cells[i]) && (AUTHORITY.test(cells[i]) || POSITION.test(foldVietnamese(cells[i])))) {
      start = i;
      // walk back over the rest of the same block
      while (
        start > 0 &&
        isUpperLine(cells[start - 1]) &&
        (AUTHORITY.test(cells[start - 1]) || POSITION.test(foldVietnamese(cells[start - 1])))
      )
        start--;
      break;
    }
  }
  if (start < 0) return null;
  const titles: string[] = [];
  let i = start;
  for (; i < cells.length && isUpperLine(cells[i]) && !looksLikeName(cells[i]); i++) {
    if (!/^TM\./u.test(cells[i])) titles.push(cells[i]);
  }
  let name: string | null = null;
  for (; i < cells.length; i++) {
    if (SIGNED.test(foldVietnamese(cells[i]))) continue;
    if (looksLikeName(cells[i])) name = cells[i];
    break;
  }
  return { name, title: titles.length > 0 ? titles.join(" / ") : null };
}
