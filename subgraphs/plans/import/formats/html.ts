import { convert, type FormatCallback } from "html-to-text";
import { Parser } from "htmlparser2";
import { FILE_LIMITS, unreadableFile } from "./limits";

/**
 * A cell of a table as the plan parser reads a row: cells side by side,
 * separated by " | " (how the header block of an administrative document —
 * issuing body beside national motto — reaches it from a web page or Word).
 */
const cell: FormatCallback = (element, walk, builder) => {
  walk(element.children, builder);
  builder.addInline(" | ");
};

/**
 * Counts an HTML page's elements and how deep they nest, in one pass of the
 * same parser html-to-text uses (a stream of tags: no tree, no recursion),
 * before the page is converted: a page nested 120,000 deep is refused,
 * saying so, instead of overflowing the converter's stack.
 */
function checkShape(html: string): void {
  let depth = 0;
  let elements = 0;
  let refusal: Error | null = null;
  const parser = new Parser(
    {
      onopentag() {
        elements += 1;
        depth += 1;
        if (refusal) return;
        // counted to the end (linear), the first limit met is the answer
        if (depth > FILE_LIMITS.htmlDepth)
          refusal = unreadableFile("NESTED_TOO_DEEP", `the page's elements nest more than ${FILE_LIMITS.htmlDepth} deep`, {
            limit: FILE_LIMITS.htmlDepth,
          });
        else if (elements > FILE_LIMITS.htmlElements)
          refusal = unreadableFile(
            "TOO_MANY_ELEMENTS",
            `the page has more than ${FILE_LIMITS.htmlElements.toLocaleString("en")} elements`,
            {
              limit: FILE_LIMITS.htmlElements,
            },
          );
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (refusal) throw refusal;
}

/**
 * The text of an HTML page (saved from a legal-document website, or Word's
 * HTML): paragraphs as paragraphs, numbered lists numbered, table rows as
 * lines of cells; no links, images, scripts or wrapping.
 */
export function htmlToPlanText(html: string): string {
  checkShape(html);
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    formatters: { cell },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "h5", options: { uppercase: false } },
      { selector: "h6", options: { uppercase: false } },
      { selector: "table", format: "block" },
      { selector: "tr", format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: "td", format: "cell" },
      { selector: "th", format: "cell" },
      { selector: "ul", options: { itemPrefix: "- " } },
    ],
  })
    .split("\n")
    .map(withoutEdgeBars)
    .join("\n");
}

/** A row without the "|" its first and last cells leave at its edges (trimmed, not matched: a line of 300,000 &nbsp; stays linear). */
function withoutEdgeBars(line: string): string {
  let text = line;
  const end = text.trimEnd();
  if (end.endsWith("|")) text = end.slice(0, -1).trimEnd();
  const start = text.trimStart();
  return start.startsWith("|") ? start.slice(1).trimStart() : text;
}
