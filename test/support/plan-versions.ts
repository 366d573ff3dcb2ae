import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../../shared/core/config";

const DOCUMENTS = path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents");

/** The Gia Lai 2019 sample plan, as the demo data imports it. */
export const GIA_LAI_2019 = fs.readFileSync(path.join(DOCUMENTS, "gia-lai-2019.txt"), "utf8");

/**
 * A revised Gia Lai 2019 plan: task 2 retitled, a task 11 added (coordinated
 * by Sở Xây dựng, which the demo directory lacks), the six-month deadline
 * moved from 05/6 to 15/6.
 */
export const GIA_LAI_2019_REVISED = GIA_LAI_2019.replace(
  "2. Phân công, bố trí cán bộ phụ trách công tác thông tin đối ngoại",
  "2. Phân công, bố trí cán bộ chuyên trách công tác thông tin đối ngoại",
)
  .replace(
    "\nIII. TỔ CHỨC THỰC HIỆN",
    "\n11. Tổ chức hội nghị tổng kết công tác thông tin đối ngoại năm 2019.\n\nCơ quan chủ trì: Sở Thông tin và Truyền thông.\n\nCơ quan phối hợp: Sở Xây dựng.\n\nThời gian thực hiện: Tháng 12/2019.\n\nIII. TỔ CHỨC THỰC HIỆN",
  )
  .replace("6 tháng **trước ngày 05/6/2019**", "6 tháng **trước ngày 15/6/2019**");

/** The Gia Lai 2019 plan without its annual deadline, which agencies already reported against. */
export const GIA_LAI_2019_WITHOUT_ANNUAL = GIA_LAI_2019.replace(", báo cáo năm **trước ngày 31/11/2019**", "");

/**
 * The Gia Lai 2019 plan as a coordinator might receive it miswritten: task 5
 * due "Trước ngày 31/6/2019", a day that does not exist, and led by "Sở Du
 * lịch và Văn hóa", a name no directory knows (the culture, sports and
 * tourism department, SVHTTDL); its annual deadline is still "trước ngày
 * 31/11/2019".
 */
export const GIA_LAI_2019_MISWRITTEN = GIA_LAI_2019.replace(
  "Thời gian thực hiện: Trong quý I - quý II năm 2019.",
  "Thời gian thực hiện: Trước ngày 31/6/2019.",
).replace("Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.", "Cơ quan chủ trì: Sở Du lịch và Văn hóa.");
