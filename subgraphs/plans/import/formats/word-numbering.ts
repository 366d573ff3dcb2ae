import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Level {
  /** decimal, upperRoman, lowerLetter, bullet, none… (w:numFmt) */
  format: string;
  /** How the number is written, "%1.%2." (w:lvlText). */
  text: string;
  start: number;
}

/** A list instance's levels, and its own counters (w:num: an abstract list with its overrides). */
interface List {
  levels: Map<number, Level>;
  counters: (number | undefined)[];
}

const attr = (element: Element | null | undefined, name: string): string | null => element?.getAttributeNS(W, name) ?? null;
const child = (element: Element | null | undefined, name: string): Element | null =>
  element
    ? ((Array.from(element.childNodes as ArrayLike<Node>).find((n) => n.nodeType === 1 && (n as Element).localName === name) as
        Element | undefined) ?? null)
    : null;
const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes as ArrayLike<Node>).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);

function readLevels(container: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(container, "lvl")) {
    levels.set(Number(attr(lvl, "ilvl") ?? 0), {
      format: attr(child(lvl, "numFmt"), "val") ?? "decimal",
      text: attr(child(lvl, "lvlText"), "val") ?? "",
      start: Number(attr(child(lvl, "start"), "val") ?? 1),
    });
  }
  return levels;
}

/** numbering.xml's list instances by numId, each with its abstract list's levels and its own overrides. */
function readLists(numbering: Element): Map<string, List> {
  const abstracts = new Map(children(numbering, "abstractNum").map((a) => [attr(a, "abstractNumId") ?? "", readLevels(a)]));
  const lists = new Map<string, List>();
  for (const num of children(numbering, "num")) {
    const levels = new Map(abstracts.get(attr(child(num, "abstractNumId"), "val") ?? "") ?? []);
    for (const override of children(num, "lvlOverride")) {
      const ilvl = Number(attr(override, "ilvl") ?? 0);
      const own = child(override, "lvl");
      const level = own ? readLevels(override).get(ilvl) : levels.get(ilvl);
      const start = attr(child(override, "startOverride"), "val");
      if (level) levels.set(ilvl, start === null ? level : { ...level, start: Number(start) });
    }
    lists.set(attr(num, "numId") ?? "", { levels, counters: [] });
  }
  return lists;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let rest = value;
  return ROMAN.reduce((out, [n, letters]) => {
    while (rest >= n) {
      out += letters;
      rest -= n;
    }
    return out;
  }, "");
}

/** One counter as its level's format writes it; the Vietnamese alphabet's letters are Word's too (a, b, c … z, aa). */
function formatted(value: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return roman(value);
    case "lowerRoman":
      return roman(value).toLowerCase();
    case "upperLetter":
    case "lowerLetter": {
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "decimalZero":
      return String(value).padStart(2, "0");
    case "none":
      return "";
    default:
      return String(value);
  }
}

/** The number a paragraph at `ilvl` of `list` shows, counting it: deeper levels start again, as Word restarts them. */
function nextNumber(list: List, ilvl: number): string | null {
  const level = list.levels.get(ilvl);
  if (!level) return null;
  list.counters[ilvl] = (list.counters[ilvl] ?? level.start - 1) + 1;
  list.counters.length = ilvl + 1;
  if (level.format === "bullet") return "-";
  return level.text.replace(/%(\d)/g, (_, n: string) => {
    const at = Number(n) - 1;
    const shown = list.levels.get(at);
    return shown ? formatted(list.counters[at] ?? shown.start, shown.format) : "";
  });
}

/** The numbering a paragraph style gives (Heading 1 numbered "I."), following the styles it is based on. */
function styleNumbering(styles: Element | null): Map<string, { numId: string; ilvl: number }> {
  const byId = new Map<string, Element>();
  if (styles) for (const style of children(styles, "style")) byId.set(attr(style, "styleId") ?? "", style);
  const found = new Map<string, { numId: string; ilvl: number }>();
  for (const [id] of byId) {
    let style = byId.get(id);
    for (let depth = 0; style && depth < 10; depth++) {
      const numPr = child(child(style, "pPr"), "numPr");
      if (numPr) {
        found.set(id, { numId: attr(child(numPr, "numId"), "val") ?? "0", ilvl: Number(attr(child(numPr, "ilvl"), "val") ?? 0) });
        break;
      }
      style = byId.get(attr(child(style, "basedOn"), "val") ?? "");
    }
  }
  return found;
}

/**
 * A Word document whose lists are numbered by Word itself (w:numPr, as most
 * plans typed in Word are) keeps its numbers out of the text: they live in
 * numbering.xml. Here each numbered paragraph gets its number written at its
 * start, as Word shows it ("I.", "1.", "1.1.", "a)", "-" for a bullet), and
 * its list numbering is turned off, so the reader sees the plan as if its
 * numbers had been typed by hand. A document without lists comes back as it
 * was. The archive has been checked (archive.ts) before this inflates it.
 */
export async function withWordNumbering(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const documentFile = zip.file("word/document.xml");
  if (!numberingXml || !documentFile) return bytes;
  const parser = new DOMParser();
  const lists = readLists(parser.parseFromString(numberingXml, "text/xml").documentElement);
  const stylesXml = await zip.file("word/styles.xml")?.async("string");
  const styled = styleNumbering(stylesXml ? parser.parseFromString(stylesXml, "text/xml").documentElement : null);
  const document = parser.parseFromString(await documentFile.async("string"), "text/xml");

  let numbered = 0;
  for (const paragraph of Array.from(document.getElementsByTagNameNS(W, "p"))) {
    const pPr = child(paragraph, "pPr");
    const own = child(pPr, "numPr");
    const fromStyle = styled.get(attr(child(pPr, "pStyle"), "val") ?? "");
    const numId = own ? attr(child(own, "numId"), "val") : (fromStyle?.numId ?? null);
    const ilvl = own ? Number(attr(child(own, "ilvl"), "val") ?? fromStyle?.ilvl ?? 0) : (fromStyle?.ilvl ?? 0);
    const list = numId && numId !== "0" ? lists.get(numId) : undefined;
    if (!list) continue;
    const number = nextNumber(list, ilvl);
    if (number === null) continue;
    numbered++;
    // numId 0: no list, overriding the style's too, so the reader does not number it again
    const off = document.createElementNS(W, "w:numPr");
    const zero = document.createElementNS(W, "w:numId");
    zero.setAttributeNS(W, "w:val", "0");
    off.appendChild(zero);
    if (own) pPr!.replaceChild(off, own);
    else if (pPr) pPr.appendChild(off);
    if (!number) continue;
    const run = document.createElementNS(W, "w:r");
    const text = document.createElementNS(W, "w:t");
    text.setAttribute("xml:space", "preserve");
    text.appendChild(document.createTextNode(`${number} `));
    run.appendChild(text);
    paragraph.insertBefore(run, pPr ? pPr.nextSibling : paragraph.firstChild);
  }
  if (numbered === 0) return bytes;
  zip.file("word/document.xml", new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
