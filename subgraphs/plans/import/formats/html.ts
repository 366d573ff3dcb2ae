import { convert, type FormatCallback } from "html-to-text";

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
 * The text of an HTML page (saved from a legal-document website, or Word's
 * HTML): paragraphs as paragraphs, numbered lists numbered, table rows as
 * lines of cells; no links, images, scripts or wrapping.
 */
export function htmlToPlanText(html: string): string {
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
    .map((line) => line.replace(/\s*\|\s*$/, "").replace(/^\s*\|\s*/, ""))
    .join("\n");
}
