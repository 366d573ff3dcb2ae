import dayjs from "dayjs";
import type { TFunction } from "i18next";
import type { ReferenceNames } from "./pickers";
import type { RECORD_TYPES } from "./record-types";

export type RecordTypeName = keyof typeof RECORD_TYPES;
export type Spec = (typeof RECORD_TYPES)[RecordTypeName];
export type FieldSpec = Spec["fields"][number];
export type Values = Record<string, unknown>;

export const DATE_FORMAT = "DD/MM/YYYY";

/** A record's own address: its view, which every reader may open (editors find its form there). */
export const recordPath = (type: RecordTypeName, id: string) => `/records/${type}/${encodeURIComponent(id)}/view`;

/** A field's current value read from the loaded record (`country { code }` → its code), as the form holds it. */
export function formValue(record: Values, field: FieldSpec): unknown {
  const [base, inner] = field.selection.split(/\s*\{\s*|\s*\}\s*/);
  const value = record[base];
  if (inner) {
    if (Array.isArray(value)) return value.map((item: Values) => item[inner]);
    return value ? (value as Values)[inner] : null;
  }
  if (field.control === "date") return value ? dayjs(String(value)) : null;
  return value ?? null;
}

/** What a reference field names: task, agency, borderGate, borderCommune, partnerLocality, or country; null for a field that names nothing. */
export function picksOf(field: FieldSpec): string | null {
  if (field.control === "country" || field.control === "countries") return "country";
  if (field.control === "references") return "agency";
  return "picks" in field ? field.picks : null;
}

/** The kinds of records `fields` name, for `useReferenceNames`. */
export function picksIn(fields: readonly FieldSpec[]): Set<string> {
  return new Set(fields.map(picksOf).filter((picks): picks is string => picks !== null));
}

/** Whether a form value holds nothing (null, empty text, an empty list). */
export const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && !value.length);

/**
 * A field's value (as the form holds it) as a reader reads it: dates as
 * dd/mm/yyyy, choices by their label, references by what they name ("2019 ·
 * 5. Xây dựng…", "SCT — Sở Công Thương", "Campuchia (KH)"), lists joined; "—"
 * for nothing.
 */
export function shownValue(field: FieldSpec, value: unknown, names: ReferenceNames, t: TFunction): string {
  if (isEmpty(value)) return "—";
  if (dayjs.isDayjs(value)) return value.format(DATE_FORMAT);
  if (field.control === "date") return dayjs(String(value)).format(DATE_FORMAT);
  const picks = picksOf(field);
  const one = (item: unknown) => (picks ? names.name(picks, String(item)) : field.control === "enum" ? t(`enum.${item}`) : String(item));
  return Array.isArray(value) ? value.map(one).join("; ") : one(value);
}

/** The same value, compared: dates by their day, nothing as null. */
export const comparable = (value: unknown) =>
  JSON.stringify(dayjs.isDayjs(value) ? value.format("YYYY-MM-DD") : isEmpty(value) ? null : value);
