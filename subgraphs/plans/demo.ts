import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { EntityManager } from "typeorm";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import { slug } from "../../shared/core/text";
import { Agency } from "./directory/agency";
import { FocalPoint } from "./directory/focal-point";
import { Province } from "./directory/province";
import { agencyId, REFERENCE_DIRECTORY } from "./directory/reference-directory";
import { Signatory } from "./directory/signatory";
import { FocalPointRole, TaskStatus } from "./enums";
import { parsePlanDocument } from "./import/parser/parse-plan";
import type { PlanDocument } from "./import/plan-document";
import { importPlanDocument } from "./import/plan-import";
import { Task, TaskBorderGate } from "./plan/task";
import { TaskStatusChange } from "./plan/task-history";
import { Report } from "./reporting/reporting";

/**
 * The two sample plans, kept as the documents the provinces issued, and a
 * plan for today's Gia Lai (merged with Bình Định, its foreign information
 * run by the culture department), composed for the demo and titled so.
 */
export const DEMO_DOCUMENTS = ["an-giang-2018.txt", "gia-lai-2019.txt", "gia-lai-2026.txt"];

/** A sample plan read by the importer's parser: the demo data and the importer cannot drift apart. */
export function readDemoPlan(file: string): PlanDocument {
  return parsePlanDocument(fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents", file), "utf8"));
}

const GIA_LAI_2019 = "VN-30-2019";
const GIA_LAI_2026 = "VN-30-2026";
const AN_GIANG_2018 = "VN-44-2018";
/** Ids as the importer and the directory make them. */
const task = (plan: string, outline: string) => `${plan}:${outline}`;
const deadline = (plan: string, number: number) => `${plan}:deadline:${number}`;
const gate = (province: string, slug: string) => `${province}-${slug}`;
const agency = (province: string, code: string) => agencyId(province, code);

/**
 * How far tasks got, as their lead agencies reported it, and on which day
 * (demo): each becomes the task's status and a change in its history, so
 * the six-month report shows a task as it stood in June.
 */
const PROGRESS: { task: string; status: TaskStatus; on: string; note?: string }[] = [
  { task: task(GIA_LAI_2019, "1"), status: TaskStatus.IN_PROGRESS, on: "2019-02-20" },
  {
    task: task(GIA_LAI_2019, "1"),
    status: TaskStatus.DONE,
    on: "2019-03-28",
    note: "Đã ban hành hướng dẫn công tác thông tin đối ngoại năm 2019 (dữ liệu minh họa).",
  },
  { task: task(GIA_LAI_2019, "2"), status: TaskStatus.DONE, on: "2019-05-10" },
  { task: task(GIA_LAI_2019, "3"), status: TaskStatus.IN_PROGRESS, on: "2019-05-02" },
  {
    task: task(GIA_LAI_2019, "3"),
    status: TaskStatus.DONE,
    on: "2019-10-15",
    note: "Đã tổ chức 02 lớp tập huấn tại huyện Đức Cơ (dữ liệu minh họa).",
  },
  { task: task(GIA_LAI_2019, "4"), status: TaskStatus.IN_PROGRESS, on: "2019-03-01" },
  { task: task(GIA_LAI_2019, "5"), status: TaskStatus.IN_PROGRESS, on: "2019-02-15" },
  { task: task(GIA_LAI_2019, "5"), status: TaskStatus.DONE, on: "2019-06-25" },
  {
    task: task(GIA_LAI_2019, "6"),
    status: TaskStatus.IN_PROGRESS,
    on: "2019-04-10",
    note: "Đang lắp đặt cụm thông tin đối ngoại tại Cửa khẩu quốc tế Lệ Thanh (dữ liệu minh họa).",
  },
  { task: task(GIA_LAI_2019, "7"), status: TaskStatus.IN_PROGRESS, on: "2019-05-20" },
  { task: task(GIA_LAI_2019, "8"), status: TaskStatus.DONE, on: "2019-09-12" },
  { task: task(GIA_LAI_2019, "9"), status: TaskStatus.IN_PROGRESS, on: "2019-03-05" },
  { task: task(AN_GIANG_2018, "1"), status: TaskStatus.DONE, on: "2018-04-20" },
  { task: task(AN_GIANG_2018, "2"), status: TaskStatus.DONE, on: "2018-06-30" },
  { task: task(AN_GIANG_2018, "3"), status: TaskStatus.DONE, on: "2018-09-14" },
  { task: task(AN_GIANG_2018, "4"), status: TaskStatus.IN_PROGRESS, on: "2018-03-12" },
  { task: task(AN_GIANG_2018, "5.1.5.a"), status: TaskStatus.DONE, on: "2018-04-12" },
  { task: task(AN_GIANG_2018, "5.1.5.d"), status: TaskStatus.IN_PROGRESS, on: "2018-05-08" },
  {
    task: task(GIA_LAI_2026, "1"),
    status: TaskStatus.IN_PROGRESS,
    on: "2026-03-28",
    note: "Đã tổ chức lễ khai mạc ngày 28/3/2026 (dữ liệu minh họa).",
  },
  { task: task(GIA_LAI_2026, "2"), status: TaskStatus.IN_PROGRESS, on: "2026-02-10" },
  { task: task(GIA_LAI_2026, "3"), status: TaskStatus.IN_PROGRESS, on: "2026-02-01" },
  {
    task: task(GIA_LAI_2026, "3"),
    status: TaskStatus.DONE,
    on: "2026-07-20",
    note: "Hội nghị xúc tiến đầu tư ngày 28/3/2026 (dữ liệu minh họa).",
  },
  { task: task(GIA_LAI_2026, "4"), status: TaskStatus.IN_PROGRESS, on: "2026-01-15" },
];

/** Border gates the tasks name (the border subgraph owns the gates). */
const TASK_GATES: { task: string; gate: string }[] = [
  { task: task(GIA_LAI_2019, "6"), gate: gate("VN-30", "le-thanh") },
  { task: task(GIA_LAI_2019, "7"), gate: gate("VN-30", "le-thanh") },
  ...["tinh-bien", "vinh-xuong", "khanh-binh", "vinh-hoi-dong"].map((slug) => ({
    task: task(AN_GIANG_2018, "5.1.5.d"),
    gate: gate("VN-44", slug),
  })),
];

/** Focal points (fictitious people, reserved example addresses). */
const FOCAL_POINTS: { agency: string; role: FocalPointRole; fullName: string; position: string; email: string; appointedOn?: string }[] = [
  {
    agency: agency("VN-30", "STTTT"),
    role: FocalPointRole.LEADER,
    fullName: "Nguyễn Minh Khoa",
    position: "Phó Giám đốc Sở",
    email: "stttt.lanhdao@example.gov.vn",
  },
  {
    agency: agency("VN-30", "STTTT"),
    role: FocalPointRole.OFFICER,
    fullName: "Trần Thị Thu Hà",
    position: "Chuyên viên Phòng Thông tin - Báo chí - Xuất bản",
    email: "stttt.ttdn@example.gov.vn",
  },
  {
    agency: agency("VN-30", "SNGV"),
    role: FocalPointRole.LEADER,
    fullName: "Lê Văn Hùng",
    position: "Phó Giám đốc Sở",
    email: "sngv.lanhdao@example.gov.vn",
  },
  {
    agency: agency("VN-30", "SNGV"),
    role: FocalPointRole.OFFICER,
    fullName: "Rơ Châm H'Lan",
    position: "Chuyên viên",
    email: "sngv.ttdn@example.gov.vn",
  },
  {
    agency: agency("VN-30", "BDBP"),
    role: FocalPointRole.LEADER,
    fullName: "Phạm Quốc Tuấn",
    position: "Phó Chính ủy",
    email: "bdbp.lanhdao@example.gov.vn",
  },
  {
    agency: agency("VN-30", "SVHTTDL"),
    role: FocalPointRole.OFFICER,
    fullName: "Ksor Nguyên",
    position: "Chuyên viên Phòng Quản lý Du lịch",
    email: "svhttdl.ttdn@example.gov.vn",
  },
  {
    agency: agency("VN-30", "SVHTTDL"),
    role: FocalPointRole.LEADER,
    fullName: "Đinh Văn Sơn",
    position: "Phó Giám đốc Sở",
    email: "svhttdl.lanhdao@example.gov.vn",
    appointedOn: "2026-03-25",
  },
  {
    agency: agency("VN-44", "STTTT"),
    role: FocalPointRole.LEADER,
    fullName: "Võ Thanh Bình",
    position: "Giám đốc Sở",
    email: "stttt.lanhdao@example.gov.vn",
  },
  {
    agency: agency("VN-44", "STTTT"),
    role: FocalPointRole.OFFICER,
    fullName: "Châu Thị Mỹ",
    position: "Chuyên viên",
    email: "stttt.ttdn@example.gov.vn",
  },
  {
    agency: agency("VN-44", "SNGV"),
    role: FocalPointRole.OFFICER,
    fullName: "Néang Sóc Thia",
    position: "Chuyên viên",
    email: "sngv.ttdn@example.gov.vn",
  },
];

/** Who signs the departments' documents (fictitious people): the head, and a deputy who signs for them. */
const SIGNATORIES: { agency: string; fullName: string; title: string; isHead: boolean; validUntil?: string }[] = [
  { agency: agency("VN-30", "STTTT"), fullName: "Lê Quang Vinh", title: "Giám đốc", isHead: true, validUntil: "2025-02-28" },
  { agency: agency("VN-30", "STTTT"), fullName: "Nguyễn Minh Khoa", title: "Phó Giám đốc", isHead: false, validUntil: "2025-02-28" },
  { agency: agency("VN-30", "SVHTTDL"), fullName: "Trịnh Minh Đức", title: "Giám đốc", isHead: true },
  { agency: agency("VN-30", "SVHTTDL"), fullName: "Đinh Văn Sơn", title: "Phó Giám đốc", isHead: false },
  { agency: agency("VN-44", "STTTT"), fullName: "Võ Thanh Bình", title: "Giám đốc", isHead: true, validUntil: "2025-02-28" },
  { agency: agency("VN-44", "SVHTTDL"), fullName: "Huỳnh Văn Tâm", title: "Giám đốc", isHead: true },
];

/** Reports received: against which deadline of which plan, from which agency, on which day. */
const REPORTS: { deadline: string; agency: string; submittedOn: string }[] = [
  { deadline: deadline(GIA_LAI_2019, 1), agency: agency("VN-30", "STTTT"), submittedOn: "2019-06-03" },
  { deadline: deadline(GIA_LAI_2019, 1), agency: agency("VN-30", "BDBP"), submittedOn: "2019-06-05" },
  { deadline: deadline(GIA_LAI_2019, 1), agency: agency("VN-30", "SNGV"), submittedOn: "2019-06-12" },
  { deadline: deadline(GIA_LAI_2019, 1), agency: agency("VN-30", "SVHTTDL"), submittedOn: "2019-06-04" },
  { deadline: deadline(GIA_LAI_2019, 1), agency: agency("VN-30", "SCT"), submittedOn: "2019-06-20" },
  { deadline: deadline(GIA_LAI_2019, 2), agency: agency("VN-30", "STTTT"), submittedOn: "2019-11-25" },
  { deadline: deadline(AN_GIANG_2018, 1), agency: agency("VN-44", "STTTT"), submittedOn: "2018-06-18" },
  { deadline: deadline(AN_GIANG_2018, 1), agency: agency("VN-44", "SNGV"), submittedOn: "2018-06-20" },
  { deadline: deadline(AN_GIANG_2018, 1), agency: agency("VN-44", "SCT"), submittedOn: "2018-06-28" },
  { deadline: deadline(AN_GIANG_2018, 2), agency: agency("VN-44", "STTTT"), submittedOn: "2018-11-19" },
  { deadline: deadline(AN_GIANG_2018, 2), agency: agency("VN-44", "SNGV"), submittedOn: "2018-12-03" },
  { deadline: deadline(AN_GIANG_2018, 2), agency: agency("VN-44", "BDBP"), submittedOn: "2018-11-15" },
  { deadline: deadline(GIA_LAI_2026, 1), agency: agency("VN-30", "SVHTTDL"), submittedOn: "2026-06-08" },
  { deadline: deadline(GIA_LAI_2026, 1), agency: agency("VN-30", "BDBP"), submittedOn: "2026-06-05" },
  { deadline: deadline(GIA_LAI_2026, 1), agency: agency("VN-30", "SNGV"), submittedOn: "2026-06-16" },
];

/**
 * The directory of both sample provinces, the two sample plans (loaded by the
 * importer, so demo data and importer cannot drift apart), and demo progress,
 * focal points and reports.
 */
export async function seedPlansDemo(manager: EntityManager): Promise<void> {
  for (const province of REFERENCE_DIRECTORY) {
    await manager.insert(Province, { code: province.code, name: province.name, validUntil: null, successorCode: null });
    await manager.insert(
      Agency,
      province.agencies.map((entry) =>
        manager.create(Agency, {
          id: agencyId(province.code, entry.code),
          provinceCode: province.code,
          code: entry.code,
          name: entry.name,
          nameEn: entry.nameEn,
          validFrom: entry.validFrom ?? null,
          validUntil: entry.validUntil ?? null,
          successorId: entry.successorCode ? agencyId(province.code, entry.successorCode) : null,
          reportsRequired: entry.reportsRequired ?? true,
        }),
      ),
    );
  }

  for (const file of DEMO_DOCUMENTS) await importPlanDocument(manager, readDemoPlan(file));

  for (const { task: id, status, on, note } of PROGRESS) {
    await manager.update(Task, { id }, { status, progressNote: note ?? null });
    const { provinceCode } = await manager.findOneByOrFail(Task, { id });
    await manager.insert(TaskStatusChange, {
      id: randomUUID(),
      taskId: id,
      provinceCode,
      status,
      progressNote: note ?? null,
      changedOn: on,
      changedAt: `${on}T03:00:00.000Z`,
      userId: "demo",
      agencyCode: null,
    });
  }

  await manager.insert(
    TaskBorderGate,
    TASK_GATES.map((link) => ({ id: `${link.task}>${link.gate}`, taskId: link.task, borderGateId: link.gate })),
  );

  await manager.insert(
    FocalPoint,
    FOCAL_POINTS.map((point, i) =>
      manager.create(FocalPoint, {
        id: `demo-focal-${point.agency}-${point.role}`.toLowerCase(),
        agencyId: point.agency,
        provinceCode: point.agency.slice(0, 5),
        role: point.role,
        fullName: point.fullName,
        position: point.position,
        email: point.email,
        phone: `0269 3${String(820000 + i * 17).padStart(6, "0")}`,
        appointedOn: point.appointedOn ?? (point.agency.startsWith("VN-30") ? "2019-03-25" : "2018-03-15"),
      }),
    ),
  );

  await manager.insert(
    Signatory,
    SIGNATORIES.map((s) =>
      manager.create(Signatory, {
        id: `demo-signatory-${s.agency}-${slug(s.fullName)}`.toLowerCase(),
        agencyId: s.agency,
        provinceCode: s.agency.slice(0, 5),
        fullName: s.fullName,
        title: s.title,
        isHead: s.isHead,
        validFrom: null,
        validUntil: s.validUntil ?? null,
      }),
    ),
  );

  await manager.insert(
    Report,
    REPORTS.map((report, index) =>
      manager.create(Report, {
        id: `demo-report-${report.deadline}-${report.agency}`,
        deadlineId: report.deadline,
        agencyId: report.agency,
        provinceCode: report.agency.slice(0, 5),
        submittedOn: report.submittedOn,
        // demo numbers in the form agencies use; the demo keeps no file (a report recorded before files were required shows so)
        documentNumber: `${index + 11}/BC-${report.agency.slice(6).toUpperCase()}`,
        summary: "Báo cáo mẫu (dữ liệu minh họa).",
      }),
    ),
  );
}
