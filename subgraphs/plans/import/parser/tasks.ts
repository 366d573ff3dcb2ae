import type { DocumentTask } from "../plan-document";
import type { AgencyResolver } from "./agencies";
import { parseTimeframe } from "./dates";
import { PLAN_LIMITS, PlanDocumentError } from "./errors";
import { TASK_FIELDS, type TaskField } from "./fields";
import { foldAligned, trimEndPunctuation } from "./normalize";
import { parseOrdinal, stripBullet, type Ordinal } from "./sections";
import { placeText, type Place, type Warnings } from "./warnings";

interface Node {
  task: DocumentTask;
  /** Where it is, for its warnings: task 2.1; task 1, item a. */
  place: Place;
  kind: "decimal" | "letter";
  body: string[];
}

function readField(paragraph: string): { field: TaskField; value: string } | null {
  const line = stripBullet(paragraph);
  const folded = foldAligned(line);
  for (const [field, pattern] of TASK_FIELDS) {
    const match = pattern.exec(folded);
    if (match) return { field, value: line.slice(match[0].length).trim() };
  }
  return null;
}

/**
 * "1000. …" right after task 999: numbering goes on past three digits. A
 * paragraph opening with four digits anywhere else ("2019. Năm …") is a
 * year, not a task (`parseOrdinal` reads three digits at most).
 */
function continuedOrdinal(paragraph: string, roots: DocumentTask[]): Ordinal | null {
  const match = /^(\d{4,5})\s*[.)]\s+(\S.*)$/u.exec(paragraph);
  if (!match || Number(roots[roots.length - 1]?.ordinal) !== Number(match[1]) - 1) return null;
  return { ordinal: match[1], kind: "decimal", depth: 1, rest: match[2] };
}

export interface TaskContext {
  /** The section, for warnings. */
  where: Place;
  year: number;
  agencies: AgencyResolver;
  warnings: Warnings;
  /** Tasks read so far in all the plan's sections: the limit counts them together. */
  tally: { tasks: number };
}

function countTask(context: TaskContext, place: Place): void {
  if (context.tally.tasks >= PLAN_LIMITS.tasks) {
    const limit = PLAN_LIMITS.tasks.toLocaleString("en");
    throw new PlanDocumentError(
      `${placeText(place)}: the plan has more than ${limit} tasks; the importer reads at most ${limit}`,
      "TOO_MANY_TASKS",
      { limit: PLAN_LIMITS.tasks },
    );
  }
  context.tally.tasks += 1;
}

/** "Tuyên truyền về biển, đảo:" → the title without its colon. */
function withoutColon(title: string): string {
  const trimmed = title.trimEnd();
  return trimmed.endsWith(":") ? trimEndPunctuation(trimmed, ":") : title;
}

function newTask(ordinal: string, title: string): DocumentTask {
  // "text" stays in place (undefined until set) so printed JSON keeps the schema's order
  return { ordinal, title: withoutColon(title), text: undefined, leads: [], coordinators: [], timeframe: null, children: [] };
}

/**
 * The numbered items of the content section as a tree: "5.1" goes under "5",
 * "5.1.5" under "5.1", lettered items under the numbered item before them.
 * Bulleted and plain paragraphs are the text of the item they follow.
 */
export function parseTasks(paragraphs: string[], context: TaskContext): DocumentTask[] {
  const roots: DocumentTask[] = [];
  const stack: Node[] = [];
  const nodes: Node[] = [];
  let untitled: Node | null = null;

  for (const paragraph of paragraphs) {
    const ordinal = parseOrdinal(paragraph) ?? continuedOrdinal(paragraph, roots);
    if (ordinal) {
      const node: Node = {
        task: newTask(ordinal.ordinal, ordinal.rest),
        place: { part: "task", number: ordinal.ordinal },
        kind: ordinal.kind,
        body: [],
      };
      if (ordinal.kind === "decimal") {
        const parentOrdinal = ordinal.ordinal.split(".").slice(0, -1).join(".");
        while (stack.length > 0 && !(stack[stack.length - 1].kind === "decimal" && stack[stack.length - 1].task.ordinal === parentOrdinal))
          stack.pop();
      } else {
        while (stack.length > 0 && stack[stack.length - 1].kind !== "decimal") stack.pop();
      }
      const parent = stack[stack.length - 1];
      const siblings = parent ? (parent.task.children ??= []) : roots;
      if (parent && ordinal.kind === "letter") node.place = { ...parent.place, item: ordinal.ordinal };
      const depth = stack.length + 1;
      if (depth > PLAN_LIMITS.depth)
        throw new PlanDocumentError(
          `${placeText(node.place)}: the numbering is nested ${depth} levels deep; the importer reads at most ${PLAN_LIMITS.depth}`,
          "NESTED_TOO_DEEP",
          { task: ordinal.ordinal, depth, limit: PLAN_LIMITS.depth },
        );
      countTask(context, node.place);
      siblings.push(node.task);
      stack.push(node);
      nodes.push(node);
      untitled = ordinal.rest ? null : node;
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) continue; // prose before the first item introduces the section
    if (untitled === current) {
      current.task.title = withoutColon(paragraph);
      untitled = null;
      continue;
    }
    const field = readField(paragraph);
    if (!field) {
      current.body.push(paragraph);
    } else if (field.field === "timeframe") {
      const { timeframe, warnings } = parseTimeframe(field.value, context.year);
      current.task.timeframe = timeframe;
      for (const w of warnings) context.warnings.add(current.place, w.code, w.params, w.english);
    } else {
      current.task[field.field].push(...context.agencies.resolveList(field.value, current.place));
    }
  }

  if (nodes.length === 0) {
    // A section of bullets only: each bullet is a task, numbered in order.
    const bullets = paragraphs.filter((p) => /^[-+•–*]\s+/.test(p));
    if (bullets.length > 0)
      context.warnings.add(
        context.where,
        "TASKS_UNNUMBERED",
        {},
        "tasks are not numbered; each bullet kept as a task, numbered in document order",
      );
    return bullets.map((b, i) => {
      countTask(context, { ...context.where, item: String(i + 1) });
      return newTask(String(i + 1), stripBullet(b));
    });
  }
  for (const node of nodes) {
    if (node.body.length > 0) node.task.text = node.body.join("\n");
    else delete node.task.text;
  }
  return roots;
}
