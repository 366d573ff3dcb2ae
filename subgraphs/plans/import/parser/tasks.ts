import type { DocumentTask } from "../plan-document";
import type { AgencyResolver } from "./agencies";
import { parseTimeframe } from "./dates";
import { foldAligned } from "./normalize";
import { parseOrdinal, stripBullet } from "./sections";

interface Node {
  task: DocumentTask;
  /** How a warning names it: "task 2.1", "task 1, item a". */
  label: string;
  kind: "decimal" | "letter";
  body: string[];
}

type Field = "leads" | "coordinators" | "timeframe";

/** "Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời gian thực hiện:" and their usual variants. */
const FIELDS: [Field, RegExp][] = [
  ["leads", /^(?:(?:co quan|don vi)\s+)?(?:chu tri|thuc hien)(?:\s+(?:thuc hien|chinh))?\s*:\s*/],
  ["coordinators", /^(?:(?:co quan|don vi)\s+)?phoi hop(?:\s+thuc hien)?\s*:\s*/],
  ["timeframe", /^thoi (?:gian|han|diem)(?:\s+(?:thuc hien|hoan thanh|trien khai))?\s*:\s*/],
];

function readField(paragraph: string): { field: Field; value: string } | null {
  const line = stripBullet(paragraph);
  const folded = foldAligned(line);
  for (const [field, pattern] of FIELDS) {
    const match = pattern.exec(folded);
    if (match) return { field, value: line.slice(match[0].length).trim() };
  }
  return null;
}

export interface TaskContext {
  /** The section, for warnings: "section II". */
  where: string;
  year: number;
  agencies: AgencyResolver;
  warnings: string[];
}

function newTask(ordinal: string, title: string): DocumentTask {
  // "text" stays in place (undefined until set) so printed JSON keeps the schema's order
  return { ordinal, title: title.replace(/\s*:\s*$/, ""), text: undefined, leads: [], coordinators: [], timeframe: null, children: [] };
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
    const ordinal = parseOrdinal(paragraph);
    if (ordinal) {
      const node: Node = { task: newTask(ordinal.ordinal, ordinal.rest), label: `task ${ordinal.ordinal}`, kind: ordinal.kind, body: [] };
      if (ordinal.kind === "decimal") {
        const parentOrdinal = ordinal.ordinal.split(".").slice(0, -1).join(".");
        while (stack.length > 0 && !(stack[stack.length - 1].kind === "decimal" && stack[stack.length - 1].task.ordinal === parentOrdinal))
          stack.pop();
      } else {
        while (stack.length > 0 && stack[stack.length - 1].kind !== "decimal") stack.pop();
      }
      const parent = stack[stack.length - 1];
      if (parent && ordinal.kind === "letter") node.label = `${parent.label}, item ${ordinal.ordinal}`;
      (parent ? (parent.task.children ??= []) : roots).push(node.task);
      stack.push(node);
      nodes.push(node);
      untitled = ordinal.rest ? null : node;
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) continue; // prose before the first item introduces the section
    if (untitled === current) {
      current.task.title = paragraph.replace(/\s*:\s*$/, "");
      untitled = null;
      continue;
    }
    const field = readField(paragraph);
    if (!field) {
      current.body.push(paragraph);
    } else if (field.field === "timeframe") {
      const { timeframe, warnings } = parseTimeframe(field.value, context.year);
      current.task.timeframe = timeframe;
      context.warnings.push(...warnings.map((w) => `${current.label}: ${w}`));
    } else {
      current.task[field.field].push(...context.agencies.resolveList(field.value, current.label));
    }
  }

  if (nodes.length === 0) {
    // A section of bullets only: each bullet is a task, numbered in order.
    const bullets = paragraphs.filter((p) => /^[-+•–*]\s+/.test(p));
    if (bullets.length > 0)
      context.warnings.push(`${context.where}: tasks are not numbered; each bullet kept as a task, numbered in document order`);
    return bullets.map((b, i) => newTask(String(i + 1), stripBullet(b)));
  }
  for (const node of nodes) {
    if (node.body.length > 0) node.task.text = node.body.join("\n");
    else delete node.task.text;
  }
  return roots;
}
