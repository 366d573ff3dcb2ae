import type { CombinedError } from "urql";
import i18n from "./i18n";

type Extensions = Record<string, unknown>;

/** A message's figures as i18next takes them: lists joined, a period or department named in the reader's language. */
function wordingParams(values: Extensions): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) params[name] = Array.isArray(value) ? value.join(", ") : value;
  if (typeof values.period === "string") params.periodName = i18n.t(`period.${values.period}`).toLowerCase();
  if (typeof values.department === "string") params.departmentName = i18n.t(`department.${values.department}`);
  if (typeof values.dateProblem === "string") params.why = i18n.t(`dateProblem.${values.dateProblem}`, params);
  return params;
}

/**
 * What a server said, in the reader's language: the wording of its `reason`
 * (what exactly was refused, with its figures), else of its `code` (FORBIDDEN,
 * CONFLICT, BUSY…). The server's English never reaches a Vietnamese screen;
 * `problem.unknown` is the last resort, naming the code for the helpdesk.
 */
export function problemWording(extensions: Extensions): string {
  const params = wordingParams(extensions);
  const reason = typeof extensions.reason === "string" ? extensions.reason : null;
  const code = typeof extensions.code === "string" ? extensions.code : null;
  if (reason && i18n.exists(`problem.${reason}`)) return i18n.t(`problem.${reason}`, params);
  if (code && i18n.exists(`problem.code.${code}`)) return i18n.t(`problem.code.${code}`, params);
  return i18n.t("problem.unknown", { code: reason ?? code ?? "?" });
}

/** A failed request's first error in the reader's language; a request that reached no server says so. */
export function problemText(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  if (!first) return i18n.t(error.networkError ? "problem.network" : "problem.unknown", { code: "?" });
  return problemWording(first.extensions ?? {});
}

/** `[{ name, value }]`, as the API lists a message's figures, as one object. */
export const paramsOf = (list: readonly { name: string; value: string }[]): Extensions =>
  Object.fromEntries(list.map(({ name, value }) => [name, value]));

interface Place {
  part: string;
  number?: string | null;
  heading?: string | null;
  item?: string | null;
}

/** Where a parser warning points, in the reader's language: "nhiệm vụ 2.1, điểm a", "căn cứ 3", "mục III". */
export function placeWording(place: Place): string {
  const base = i18n.t(`place.${place.part}${place.part === "section" && !place.number ? "Heading" : ""}`, {
    number: place.number,
    heading: place.heading,
  });
  return place.item ? i18n.t("place.item", { place: base, item: place.item }) : base;
}

/** A parser warning as the import preview shows it: where, then what, in the reader's language. */
export function warningWording(warning: {
  code: string;
  place: Place;
  params: readonly { name: string; value: string }[];
  message: string;
}) {
  const key = `importWarning.${warning.code}`;
  const what = i18n.exists(key) ? i18n.t(key, wordingParams(paramsOf(warning.params))) : i18n.t("problem.unknown", { code: warning.code });
  return `${placeWording(warning.place)}: ${what}`;
}
