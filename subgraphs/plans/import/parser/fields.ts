/** A task's labelled fields: "Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời gian thực hiện:" and their usual variants. */
export type TaskField = "leads" | "coordinators" | "timeframe";

/** Each field's label, matched on a folded copy (lower case, no marks), with the blanks after its colon. */
export const TASK_FIELDS: [TaskField, RegExp][] = [
  ["leads", /^(?:(?:co quan|don vi)\s+)?(?:chu tri|thuc hien)(?:\s+(?:thuc hien|chinh))?\s*:\s*/],
  ["coordinators", /^(?:(?:co quan|don vi)\s+)?phoi hop(?:\s+thuc hien)?\s*:\s*/],
  ["timeframe", /^thoi (?:gian|han|diem)(?:\s+(?:thuc hien|hoan thanh|trien khai))?\s*:\s*/],
];
