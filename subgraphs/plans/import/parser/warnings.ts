/**
 * The parser's warnings: each with a stable code, its figures and where in the
 * document it points, so the web app says it in the reader's language; the
 * English sentence stays beside them for `plan:parse` and scripts.
 * docs/importing.md lists the codes.
 */

/** Where a warning points: the header, a legal basis, a section (and its item), a task (and its lettered item), the closing. */
export interface Place {
  part: "header" | "legalBasis" | "section" | "task" | "closing";
  /** The basis's place in the list, the section's Roman numeral, the task's number. */
  number?: string;
  /** A section without a number: its heading. */
  heading?: string;
  /** An item inside: "a" under a task, "4" under a section. */
  item?: string;
}

export type WarningParams = Record<string, string | number>;

export interface PlanWarning {
  code: string;
  place: Place;
  params: WarningParams;
  /** In English, beginning with the place: "task 2.1: agency not in directory: …". */
  message: string;
}

/** A place as the English messages name it: "task 1, item a", "section III", "legal basis 2". */
export function placeText(place: Place): string {
  const base =
    place.part === "legalBasis"
      ? `legal basis ${place.number}`
      : place.part === "section"
        ? place.number
          ? `section ${place.number}`
          : `section '${place.heading}'`
        : place.part === "task"
          ? `task ${place.number}`
          : place.part;
  return place.item ? `${base}, item ${place.item}` : base;
}

export class Warnings {
  readonly list: PlanWarning[] = [];

  add(place: Place, code: string, params: WarningParams, english: string): void {
    this.list.push({ code, place, params, message: `${placeText(place)}: ${english}` });
  }

  /** The English sentences, as the plan document's `warnings` lists them. */
  messages(): string[] {
    return this.list.map((w) => w.message);
  }
}
