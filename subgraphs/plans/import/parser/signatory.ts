import { foldVietnamese } from "../../../../shared/core/text";
import { readColumns } from "./layout";
import { tidy } from "./normalize";

export interface Signatory {
  name: string | null;
  title: string | null;
}

/** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC": who signs for whom. */
const AUTHORITY = /^(KT|TM|TL|TUQ|Q)\.\s*\S/u;
const POSITION = /^(pho\s+)?(chu tich|giam doc|truong ban|chanh van phong|bi thu|thu truong|vien truong|cuc truong)\b/;
const SIGNED = /^[([]?\s*(da ky|ky ten|ky, ghi ro ho ten|ky va dong dau|da ky va dong dau)[^)\]]*[)\]]?$/;

function isUpperLine(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && !/^[-+•]/.test(text);
}

function isPosition(text: string): boolean {
  return isUpperLine(text) && (AUTHORITY.test(text) || POSITION.test(foldVietnamese(text)));
}

/** "Huỳnh Nữ Thu Hà", "ĐẶNG HUY HẬU", "Ksor H'Lan": two to six capitalised words. */
const WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}\\p{M}]*(?:['’]\\p{Lu}[\\p{Ll}\\p{Lu}\\p{M}]*)?";
const NAME = new RegExp(`^${WORD}(?:\\s+${WORD}){1,5}$`, "u");

function looksLikeName(text: string): boolean {
  if (!NAME.test(text)) return false;
  // a name in capitals or in title case, not a mixture such as "Ủy BAN"
  const words = text.split(/\s+/);
  return words.every((w) => w === w.toUpperCase()) || words.every((w) => w.slice(1) !== w.slice(1).toUpperCase() || w.length === 1);
}

/**
 * The signature block after the plan's body: the position lines ("KT. CHỦ
 * TỊCH" / "PHÓ CHỦ TỊCH", joined with " / "; the "TM. …" line names the body
 * signed for, not the signer) and the name under them when written. Blocks
 * laid out beside the recipients are read column by column.
 */
export function readSignatory(lines: string[]): Signatory | null {
  const cells = readColumns(lines).map(tidy).filter(Boolean);
  let start = -1;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (isPosition(cells[i])) {
      start = i;
      // walk back over the rest of the same block
      while (start > 0 && isPosition(cells[start - 1])) start--;
      break;
    }
  }
  if (start < 0) return null;
  const titles: string[] = [];
  let i = start;
  for (; i < cells.length && isPosition(cells[i]); i++) {
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
