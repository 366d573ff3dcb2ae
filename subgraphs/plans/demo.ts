import fs from "node:fs";
import path from "node:path";
import type { EntityManager } from "typeorm";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import { Agency } from "./directory/agency";
import { FocalPoint } from "./directory/focal-point";
import { Province } from "./directory/province";
import { agencyId, REFERENCE_DIRECTORY } from "./directory/reference-directory";
import { FocalPointRole, TaskStatus } from "./enums";
import { parsePlanDocument } from "./import/parser/parse-plan";
import type { PlanDocument } from "./import/plan-document";
import { importPlanDocument } from "./import/plan-import";
import { Task, TaskBorderGate } from "./plan/task";
import { Report } from "./reporting/reporting";

/** The two sample plans, kept as the documents the provinces issued. */
export const DEMO_DOCUMENTS = ["an-giang-2018.txt", "gia-lai-2019.txt"];

/** A sample plan read by the importer's parser: the demo data and the importer cannot drift apart. */
export function readDemoPlan(file: string): PlanDocument {
  return parsePlanDocument(fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents", file), "utf8"));
}

/** How far each Gia Lai 2019 task got, as its lead agency reported it (demo). */
const GIA_LAI_PROGRESS: [string, TaskStatus, string?][] = [
  ["1", TaskStatus.DONE, "Đã ban hành hướng dẫn công tác thông tin đối ngoại năm 2019 (dữ liệu minh họa)."],
  ["2", TaskStatus.DONE],
  ["3", TaskStatus.DONE, "Đã tổ chức 02 lớp tập huấn tại huyện Đức Cơ (dữ liệu minh họa)."],
  ["4", TaskStatus.IN_PROGRESS],
  ["5", TaskStatus.DONE],
  ["6", TaskStatus.IN_PROGRESS, "Đang lắp đặt cụm thông tin đối ngoại tại Cửa khẩu quốc tế Lệ Thanh (dữ liệu minh họa)."],
  ["7", TaskStatus.IN_PROGRESS],
  ["8", TaskStatus.DONE],
  ["9", TaskStatus.IN_PROGRESS],
];

const AN_GIANG_PROGRESS: [string, TaskStatus][] = [
  ["1", TaskStatus.DONE],
  ["2", TaskStatus.DONE],
  ["3", TaskStatus.DONE],
  ["4", TaskStatus.IN_PROGRESS],
  ["5.1.5.a", TaskStatus.DONE],
  ["5.1.5.d", TaskStatus.IN_PROGRESS],
];

/** Tasks that name a border gate (gate ids are the border guard's). */
const TASK_GATES: [string, string][] = [
  ["VN-30-2019:6", "VN-30-le-thanh"],
  ["VN-30-2019:7", "VN-30-le-thanh"],
  ["VN-44-2018:5.1.5.d", "VN-44-tinh-bien"],
  ["VN-44-2018:5.1.5.d", "VN-44-vinh-xuong"],
  ["VN-44-2018:5.1.5.d", "VN-44-khanh-binh"],
  ["VN-44-2018:5.1.5.d", "VN-44-vinh-hoi-dong"],
];

/** Focal points (fictitious people, reserved example addresses). */
const FOCAL_POINTS: [string, FocalPointRole, string, string, string][] = [
  ["VN-30-STTTT", FocalPointRole.LEADER, "Nguyễn Minh Khoa", "Phó Giám đốc Sở", "stttt.lanhdao@example.gov.vn"],
  [
    "VN-30-STTTT",
    FocalPointRole.OFFICER,
    "Trần Thị Thu Hà",
    "Chuyên viên Phòng Thông tin - Báo chí - Xuất bản",
    "stttt.ttdn@example.gov.vn",
  ],
  ["VN-30-SNGV", FocalPointRole.LEADER, "Lê Văn Hùng", "Phó Giám đốc Sở", "sngv.lanhdao@example.gov.vn"],
  ["VN-30-SNGV", FocalPointRole.OFFICER, "Rơ Châm H'Lan", "Chuyên viên", "sngv.ttdn@example.gov.vn"],
  ["VN-30-BDBP", FocalPointRole.LEADER, "Phạm Quốc Tuấn", "Phó Chính ủy", "bdbp.lanhdao@example.gov.vn"],
  ["VN-30-SVHTTDL", FocalPointRole.OFFICER, "Ksor Nguyên", "Chuyên viên Phòng Quản lý Du lịch", "svhttdl.ttdn@example.gov.vn"],
  ["VN-44-STTTT", FocalPointRole.LEADER, "Võ Thanh Bình", "Giám đốc Sở", "stttt.lanhdao@example.gov.vn"],
  ["VN-44-STTTT", FocalPointRole.OFFICER, "Châu Thị Mỹ", "Chuyên viên", "stttt.ttdn@example.gov.vn"],
  ["VN-44-SNGV", FocalPointRole.OFFICER, "Néang Sóc Thia", "Chuyên viên", "sngv.ttdn@example.gov.vn"],
];

/** Reports received (deadline number within the plan, agency, date). */
const REPORTS: [string, string, string][] = [
  ["VN-30-2019:deadline:1", "VN-30-STTTT", "2019-06-03"],
  ["VN-30-2019:deadline:1", "VN-30-BDBP", "2019-06-05"],
  ["VN-30-2019:deadline:1", "VN-30-SNGV", "2019-06-12"],
  ["VN-30-2019:deadline:1", "VN-30-SVHTTDL", "2019-06-04"],
  ["VN-30-2019:deadline:1", "VN-30-SCT", "2019-06-20"],
  ["VN-30-2019:deadline:2", "VN-30-STTTT", "2019-11-25"],
  ["VN-44-2018:deadline:1", "VN-44-STTTT", "2018-06-18"],
  ["VN-44-2018:deadline:1", "VN-44-SNGV", "2018-06-20"],
  ["VN-44-2018:deadline:1", "VN-44-SCT", "2018-06-28"],
  ["VN-44-2018:deadline:2", "VN-44-STTTT", "2018-11-19"],
  ["VN-44-2018:deadline:2", "VN-44-SNGV", "2018-12-03"],
  ["VN-44-2018:deadline:2", "VN-44-BDBP", "2018-11-15"],
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

  const progress = [
    ...GIA_LAI_PROGRESS.map(([outline, status, note]) => ({ id: `VN-30-2019:${outline}`, status, note })),
    ...AN_GIANG_PROGRESS.map(([outline, status]) => ({ id: `VN-44-2018:${outline}`, status, note: undefined })),
  ];
  for (const { id, status, note } of progress) await manager.update(Task, { id }, { status, progressNote: note ?? null });

  await manager.insert(
    TaskBorderGate,
    TASK_GATES.map(([taskId, borderGateId]) => ({ id: `${taskId}>${borderGateId}`, taskId, borderGateId })),
  );

  await manager.insert(
    FocalPoint,
    FOCAL_POINTS.map(([agency, role, fullName, position, email], i) =>
      manager.create(FocalPoint, {
        id: `demo-focal-${agency}-${role}`.toLowerCase(),
        agencyId: agency,
        provinceCode: agency.slice(0, 5),
        role,
        fullName,
        position,
        email,
        phone: `0269 3${String(820000 + i * 17).padStart(6, "0")}`,
        appointedOn: agency.startsWith("VN-30") ? "2019-03-25" : "2018-03-15",
      }),
    ),
  );

  await manager.insert(
    Report,
    REPORTS.map(([deadlineId, agency, submittedOn]) =>
      manager.create(Report, {
        id: `demo-report-${deadlineId}-${agency}`,
        deadlineId,
        agencyId: agency,
        provinceCode: agency.slice(0, 5),
        submittedOn,
        summary: "Báo cáo mẫu (dữ liệu minh họa).",
      }),
    ),
  );
}
