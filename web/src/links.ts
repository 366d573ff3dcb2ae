/**
 * The addresses a figure or a name opens, in one place, so that every view
 * links to the same list the same way (the filters live in the address: a
 * filtered list can be bookmarked, shared and opened in a new tab).
 */

function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== false && value !== "") search.set(name, value === true ? "1" : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** An agency's page for a year: its tasks, reports, focal points, records and on-time rates. */
export const agencyPath = (provinceCode: string, year: number | string, code: string) =>
  `/provinces/${provinceCode}/${year}/agencies/${encodeURIComponent(code)}`;

/** The one-page summary of a province's year, for the monthly meeting. */
export const summaryPath = (provinceCode: string, year: number | string) => `/provinces/${provinceCode}/${year}/summary`;

/** The plan's tasks, filtered by agency, status, tracking state or overdue. */
export const planPath = (
  provinceCode: string,
  year: number | string,
  filters: { agency?: string; status?: string; tracking?: string; overdue?: boolean } = {},
) => `/plans/${provinceCode}/${year}${query(filters)}`;

/** The element id of a task's row in the plan view. */
export const taskAnchor = (taskId: string) => `task-${taskId}`;

/** One task in its plan: the plan view scrolls to its row and marks it. */
export const taskPath = (provinceCode: string, year: number | string, taskId: string) =>
  `${planPath(provinceCode, year)}#${encodeURIComponent(taskAnchor(taskId))}`;

/** The agencies' compliance, filtered by report state, reporting period or agency code. */
export const compliancePath = (
  provinceCode: string,
  year: number | string,
  filters: { state?: string; period?: string; code?: string } = {},
) => `/compliance/${provinceCode}/${year}${query(filters)}`;

/** A department's records of one type, of a province and year (the dashboard's figures count them by their date). */
export const recordsPath = (type: string, filters: { province?: string; year?: number | string; rebutted?: boolean } = {}) =>
  `/records/${type}${query(filters)}`;
