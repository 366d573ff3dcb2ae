import {
  EventSubscriber,
  Raw,
  type EntitySubscriberInterface,
  type FindOperator,
  type InsertEvent,
  type ObjectLiteral,
  type UpdateEvent,
} from "typeorm";
import { foldVietnamese } from "./text";

/**
 * Vietnamese search that behaves the same on MySQL and on the embedded
 * database: each record keeps a `searchKey`, its searchable fields folded
 * (lower case, no tone marks, đ → d), and a search folds the query the same
 * way. "le thanh" finds "Lệ Thanh"; "van hoa" finds "Văn hoá" and "Văn hóa".
 */
const SEARCHABLE = new Map<Function, string[]>();

/** Marks a property as part of the record's search key. */
export function Searchable(): (target: object, property: string) => void {
  return (target, property) => {
    const fields = SEARCHABLE.get(target.constructor) ?? [];
    SEARCHABLE.set(target.constructor, [...fields, property]);
  };
}

/** The searchable fields of an entity class, its ancestors' included. */
export function searchableFields(entity: Function): string[] {
  const fields: string[] = [];
  for (let type = entity; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    fields.push(...(SEARCHABLE.get(type) ?? []));
  }
  return fields;
}

export function searchKeyOf(entity: Function, values: ObjectLiteral): string | null {
  const text = searchableFields(entity)
    .map((field) => values[field])
    .filter((value): value is string => typeof value === "string" && value.length > 0)
    .join(" ");
  return text ? foldVietnamese(text) : null;
}

/** The folded words of a search query; `%`, `_` and `\\` are taken as spaces, so they match nothing by accident. */
export function searchWords(query: string | null | undefined): string[] {
  return foldVietnamese((query ?? "").replace(/[%_\\]/g, " "))
    .split(" ")
    .filter(Boolean)
    .slice(0, 10);
}

/**
 * A `where` condition on `searchKey`: every word of the query must appear, in
 * any order ("thong tin an giang" finds "Thông tin đối ngoại tỉnh An Giang").
 * Undefined when the query holds no word.
 */
export function searchKeyMatches(query: string | null | undefined): FindOperator<string> | undefined {
  const words = searchWords(query);
  if (words.length === 0) return undefined;
  const parameters = Object.fromEntries(words.map((word, i) => [`searchWord${i}`, `%${word}%`]));
  return Raw((column) => words.map((_, i) => `${column} LIKE :searchWord${i}`).join(" AND "), parameters);
}

function normalizeStrings(values: ObjectLiteral): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string") values[key] = value.normalize("NFC");
    else if (Array.isArray(value) && value.every((item) => typeof item === "string"))
      values[key] = value.map((item) => item.normalize("NFC"));
  }
}

/**
 * Before every insert and update: text is stored NFC (as written, one
 * encoding), and the search key follows the searchable fields.
 */
@EventSubscriber()
export class VietnameseTextSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    if (!event.entity) return;
    normalizeStrings(event.entity);
    this.refreshSearchKey(event.metadata.target, event.entity, true);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    if (!event.entity) return;
    normalizeStrings(event.entity);
    this.refreshSearchKey(event.metadata.target, event.entity, false);
  }

  /** On an update, only when the change carries every searchable field (updates from `shared/records/writes` always do). */
  private refreshSearchKey(target: unknown, values: ObjectLiteral, inserting: boolean): void {
    if (typeof target !== "function" || values.searchKey !== undefined) return;
    const fields = searchableFields(target);
    if (fields.length === 0) return;
    if (inserting || fields.every((field) => field in values)) values.searchKey = searchKeyOf(target, values);
  }
}
