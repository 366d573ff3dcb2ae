import { foldVietnamese } from "../../../../shared/core/text";
import { parseOrdinal, stripBullet } from "./sections";

/**
 * The objectives-and-requirements section: items under "Mục tiêu" / "Mục đích"
 * go to objectives, under "Yêu cầu" to requirements; one paragraph or bullet
 * per item. Without sub-headings the section heading decides.
 */
export function parseObjectives(heading: string, paragraphs: string[]): { objectives: string[]; requirements: string[] } {
  const objectives: string[] = [];
  const requirements: string[] = [];
  const headingWords = foldVietnamese(heading);
  let bucket = /yeu cau/.test(headingWords) && !/muc tieu|muc dich/.test(headingWords) ? requirements : objectives;
  for (const paragraph of paragraphs) {
    const ordinal = parseOrdinal(paragraph);
    const text = ordinal ? ordinal.rest : paragraph;
    const words = foldVietnamese(text);
    const sub = /^(muc tieu|muc dich|yeu cau)(\s+\S+){0,4}\s*:?\s*/.exec(words);
    const short = words.split(" ").length <= (ordinal ? 6 : 3);
    if (sub && (short || /^[^:]{0,40}:/.test(text))) {
      bucket = sub[1] === "yeu cau" ? requirements : objectives;
      // "1. Mục đích: …" carries its first item on the same line
      const colon = text.indexOf(":");
      const inline = colon >= 0 ? text.slice(colon + 1).trim() : "";
      if (inline) bucket.push(stripBullet(inline));
      continue;
    }
    bucket.push(stripBullet(text));
  }
  return { objectives, requirements };
}
