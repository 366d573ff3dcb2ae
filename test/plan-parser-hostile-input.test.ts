import fs from "node:fs";
import path from "node:path";
import { hostilePlanTexts, wrappedPlan } from "../scripts/hostile-plans";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { PLAN_LIMITS, parsePlanDocument, PlanDocumentError } from "../subgraphs/plans/import/parser/parse-plan";
import type { DocumentTask } from "../subgraphs/plans/import/plan-document";
import { describeWithoutDatabase } from "./support/database-free";

const GIA_LAI_2019 = fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents/gia-lai-2019.txt"), "utf8");

/** The plan's tasks, every level, in document order. */
const everyTask = (tasks: DocumentTask[]): DocumentTask[] => tasks.flatMap((t) => [t, ...everyTask(t.children ?? [])]);

/** A plan whose task section holds exactly `lines`. */
const withTasks = (lines: string[]) =>
  GIA_LAI_2019.replace(/\nII\. [^\n]*\n[\s\S]*?\n(?=III\. )/, (m) => `${m.split("\n").slice(0, 2).join("\n")}\n${lines.join("\n")}\n\n`);

describeWithoutDatabase("the plan parser reads hostile text in linear time, or refuses it saying which limit it met", () => {
  // Each took from 1 s to minutes before (one line of 300,000 spaces: about 170 s); read in linear time, each takes well under one.
  it.each(hostilePlanTexts(GIA_LAI_2019).map((h) => [h.name, h.text] as const))("%s", (_name, text) => {
    const started = performance.now();
    let outcome: string;
    try {
      outcome = `${everyTask(parsePlanDocument(text).tasks).length} tasks`;
    } catch (error) {
      // a refusal of the document, never a stack overflow or another fault
      expect(error).toBeInstanceOf(PlanDocumentError);
      outcome = (error as PlanDocumentError).code;
    }
    expect({ outcome, fast: performance.now() - started < 3000 }).toEqual({ outcome: expect.any(String), fast: true });
  });

  it("joins a paragraph hard-wrapped over thousands of lines into one task's title, whole", () => {
    const text = wrappedPlan(GIA_LAI_2019, 250_000);
    const wrapped = text.slice(text.indexOf("1. Nhiệm vụ ") + 3, text.indexOf("\n\n", text.indexOf("1. Nhiệm vụ ")));
    expect(wrapped.split("\n").length).toBeGreaterThan(2000);
    expect(parsePlanDocument(text).tasks[0].title).toBe(wrapped.replace(/\n/g, " "));
  });

  it("reads task 1,000 as a task of its own, never into task 999", () => {
    const plan = parsePlanDocument(withTasks(Array.from({ length: PLAN_LIMITS.tasks }, (_, i) => `${i + 1}. Việc thứ ${i + 1}`)));
    expect(plan.tasks).toHaveLength(1000);
    expect(plan.tasks[998]).toMatchObject({ ordinal: "999", title: "Việc thứ 999" });
    expect(plan.tasks[999]).toMatchObject({ ordinal: "1000", title: "Việc thứ 1000" });
    expect(plan.tasks[998].text).toBeUndefined();
  });

  it("refuses the 1,001st task, naming the limit, rather than merging it into another", () => {
    const text = withTasks(Array.from({ length: PLAN_LIMITS.tasks + 1 }, (_, i) => `${i + 1}. Việc thứ ${i + 1}`));
    expect(() => parsePlanDocument(text)).toThrow("task 1001: the plan has more than 1,000 tasks; the importer reads at most 1,000");
  });

  it("keeps a paragraph opening with a year as text, not task 2019", () => {
    const plan = parsePlanDocument(withTasks(["1. Tổng kết công tác.", "2019. Năm đầu tiên triển khai."]));
    expect(plan.tasks.map((t) => t.ordinal)).toEqual(["1"]);
    expect(plan.tasks[0].text).toBe("2019. Năm đầu tiên triển khai.");
  });

  it("refuses numbering nested deeper than six levels, naming the task", () => {
    const nested = Array.from(
      { length: 8 },
      (_, i) =>
        `${Array(i + 1)
          .fill("1")
          .join(".")}. Việc cấp ${i + 1}`,
    );
    expect(() => parsePlanDocument(withTasks(nested))).toThrow(
      "task 1.1.1.1.1.1.1: the numbering is nested 7 levels deep; the importer reads at most 6",
    );
    expect(everyTask(parsePlanDocument(withTasks(nested.slice(0, 6))).tasks)).toHaveLength(6);
  });

  it("refuses a document longer than 300,000 characters, saying so", () => {
    const error = (() => {
      try {
        parsePlanDocument(`${GIA_LAI_2019}\n${"Thêm. ".repeat(60_000)}`);
      } catch (caught) {
        return caught as PlanDocumentError;
      }
    })();
    expect(error).toMatchObject({ code: "TOO_LONG", params: { limit: PLAN_LIMITS.characters } });
    expect(error?.message).toMatch(/^the document is too long \([\d,]+ characters besides blanks; the importer reads at most 300,000\)$/);
  });
});
