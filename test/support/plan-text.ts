import type { DocumentTask, PlanDocument } from "../../subgraphs/plans/import/plan-document";

/** Each line broken at the last space before `width`, as a PDF's or an e-mail's lines are. */
export function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line.trimEnd();
      while (rest.length > width) {
        const cut = rest.lastIndexOf(" ", width);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      out.push(rest);
      return out;
    })
    .join("\n");
}

/** What people read a plan for: its header, bases, tasks with their agencies and times, each agency's duties' owner, deadlines. */
export function fieldsReadByPeople(plan: PlanDocument) {
  const task = (t: DocumentTask): unknown => ({
    ordinal: t.ordinal,
    title: t.title,
    leads: t.leads,
    coordinators: t.coordinators,
    timeframe: t.timeframe,
    children: (t.children ?? []).map(task),
  });
  return {
    number: plan.documentNumber,
    issuedOn: plan.issuedOn,
    signatory: plan.signatory,
    legalBases: plan.legalBases.map((b) => [b.kind, b.number, b.issuedOn, b.issuer]),
    tasks: plan.tasks.map(task),
    assignments: plan.assignments.map((a) => [a.agency, a.role ?? null]),
    reportingDeadlines: plan.reportingDeadlines,
  };
}
