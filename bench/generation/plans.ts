import type { DataSource } from "typeorm";
import { Classification } from "../../shared/core/domain";
import { Agency } from "../../subgraphs/plans/directory/agency";
import { FocalPoint } from "../../subgraphs/plans/directory/focal-point";
import { Province } from "../../subgraphs/plans/directory/province";
import { FocalPointRole, TaskStatus } from "../../subgraphs/plans/enums";
import { importPlanDocument, planId } from "../../subgraphs/plans/import/plan-import";
import { Task, TaskBorderGate } from "../../subgraphs/plans/plan/task";
import { Report } from "../../subgraphs/plans/reporting/reporting";
import { checkpoint } from "../lifecycle";
import { bulkInsert, type Progress } from "./bulk";
import { activeOn, provinceAgencies } from "./directory";
import { personName } from "./names";
import { addDays, Random } from "./random";
import type { World } from "./world";

/** Directory, plans (through the importer), task progress, gates named by tasks, focal points and reports. */
export async function seedDepartment(db: DataSource, world: World, progress: Progress): Promise<void> {
  const random = new Random(world.seed + 1);
  await bulkInsert(
    db,
    Province,
    world.provinces.map((p) => ({ code: p.code, name: p.name, validUntil: null, successorCode: null })),
    progress,
    "plans",
  );
  const agencies = world.provinces.flatMap((province) => provinceAgencies(province).map((agency) => ({ province, agency })));
  await bulkInsert(
    db,
    Agency,
    agencies.map(({ province, agency }) => ({
      id: agency.id,
      provinceCode: province.code,
      code: agency.code,
      name: agency.name,
      nameEn: agency.nameEn,
      validFrom: agency.validFrom ?? null,
      validUntil: agency.validUntil ?? null,
      successorId: agency.successorId,
      reportsRequired: agency.reportsRequired ?? true,
      classification: Classification.PUBLIC,
    })),
    progress,
    "plans",
  );

  for (const province of world.provinces) {
    await checkpoint();
    await db.transaction(async (manager) => {
      for (const plan of world.plans.filter((p) => p.province === province))
        await importPlanDocument(manager, plan.document, { addUnknown: true });
    });
  }
  progress.note(
    `plans: imported ${world.plans.length} plans, ${world.plans.reduce((n, p) => n + p.tasks.length, 0).toLocaleString("en")} tasks`,
  );

  const byStatus = new Map<TaskStatus, string[]>();
  for (const task of world.plans.flatMap((p) => p.tasks)) {
    if (!byStatus.has(task.status)) byStatus.set(task.status, []);
    byStatus.get(task.status)!.push(task.id);
  }
  await db.transaction(async (manager) => {
    for (const [status, ids] of byStatus) {
      if (status === TaskStatus.NOT_STARTED) continue;
      for (let i = 0; i < ids.length; i += 500) {
        await manager
          .createQueryBuilder()
          .update(Task)
          .set({ status })
          .where("id IN (:...ids)", { ids: ids.slice(i, i + 500) })
          .execute();
      }
    }
  });

  await bulkInsert(
    db,
    TaskBorderGate,
    world.plans.flatMap(({ province, tasks }) =>
      province.gates.length === 0
        ? []
        : tasks
            .filter((t) => t.theme === "border")
            .flatMap((task) =>
              random
                .some(province.gates, random.int(1, 2))
                .map((gate) => ({ id: `${task.id}>${gate.id}`, taskId: task.id, borderGateId: gate.id })),
            ),
    ),
    progress,
    "plans",
  );

  await bulkInsert(
    db,
    FocalPoint,
    agencies
      .filter(({ agency }) => agency.code !== "UBND")
      .flatMap(({ province, agency }) =>
        [FocalPointRole.LEADER, FocalPointRole.OFFICER].map((role) => ({
          id: `bench-focal-${agency.id}-${role}`.toLowerCase(),
          agencyId: agency.id,
          provinceCode: province.code,
          role,
          fullName: personName(random),
          position: role === FocalPointRole.LEADER ? "Phó Giám đốc" : "Chuyên viên",
          phone: `0${random.int(200, 299)} 3${String(random.int(0, 999999)).padStart(6, "0")}`,
          email: `${agency.code.toLowerCase()}.${role.toLowerCase()}@example.gov.vn`,
          appointedOn: `${world.years[0]}-03-15`,
          classification: Classification.INTERNAL,
        })),
      ),
    progress,
    "plans",
  );

  await bulkInsert(db, Report, reports(world, random), progress, "plans");
}

/** Reports against each plan's two deadlines: most on time, some late, some missing. */
function* reports(world: World, random: Random): Generator<Partial<Report>> {
  for (const { province, document } of world.plans) {
    const id = planId(document);
    const directory = provinceAgencies(province).filter((a) => a.reportsRequired !== false);
    for (const [index, deadline] of document.reportingDeadlines.entries()) {
      const dueOn = deadline.dueOn as string;
      const deadlineId = `${id}:deadline:${index + 1}`;
      for (const agency of directory.filter((a) => activeOn(a, dueOn))) {
        const due = dueOn <= world.today;
        if (!(due ? random.chance(0.88) : random.chance(0.1))) continue;
        const submittedOn = due && random.chance(0.2) ? addDays(dueOn, random.int(1, 25)) : addDays(dueOn, -random.int(0, 10));
        yield {
          id: `bench-report-${deadlineId}-${agency.id}`,
          agencyId: agency.id,
          deadlineId,
          provinceCode: province.code,
          submittedOn: submittedOn > world.today ? world.today : submittedOn,
          documentNumber: `${random.int(1, 300)}/BC-${agency.code}`,
          summary: `Báo cáo kết quả thực hiện công tác thông tin đối ngoại ${deadline.period === "ANNUAL" ? "năm" : "6 tháng đầu năm"} ${document.year}`,
          classification: Classification.INTERNAL,
        };
      }
    }
  }
}
