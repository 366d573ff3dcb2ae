import { TaskStatus } from "../../subgraphs/plans/enums";
import type { DocumentAgency, DocumentTask, PlanDocument } from "../../subgraphs/plans/import/plan-document";
import { planId } from "../../subgraphs/plans/import/plan-import";
import { codeInYear, provinceAgencies } from "./directory";
import type { ProvinceSpec } from "./geography";
import type { Random } from "./random";

export type Theme = "general" | "foreign" | "border" | "trade" | "tourism";

export interface GeneratedTask {
  id: string;
  theme: Theme;
  status: TaskStatus;
}

type Template = [theme: Theme, lead: string, coordinators: string, title: string, children?: string[]];

/** The items a provincial plan for foreign-information work usually has. */
const TEMPLATES: Template[] = [
  [
    "general",
    "STTTT",
    "BAO,DAI,CTTDT",
    "Tuyên truyền, quảng bá hình ảnh tỉnh trên các phương tiện thông tin đại chúng trong và ngoài nước",
  ],
  ["general", "STTTT", "CTTDT", "Xây dựng, cập nhật chuyên mục thông tin đối ngoại trên Cổng thông tin điện tử tỉnh"],
  ["general", "STTTT", "BTGTU,SNGV", "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại cho cán bộ, phóng viên"],
  ["foreign", "SNGV", "CA,STTTT", "Cung cấp thông tin, đón tiếp và hướng dẫn phóng viên nước ngoài tác nghiệp tại tỉnh"],
  [
    "foreign",
    "SNGV",
    "UBND,LHHN",
    "Tổ chức đoàn ra, đón đoàn vào; phát huy quan hệ hợp tác với các địa phương nước ngoài",
    [
      "Đón tiếp các đoàn của địa phương nước ngoài đến thăm và làm việc",
      "Tổ chức đoàn công tác của tỉnh ra nước ngoài",
      "Ký kết, triển khai các thỏa thuận hợp tác với địa phương nước ngoài",
    ],
  ],
  ["border", "BDBP", "CA,BCHQS", "Tuyên truyền về chủ quyền, biên giới, lãnh thổ quốc gia cho nhân dân khu vực biên giới"],
  ["border", "BDBP", "STTTT,SVHTTDL", "Xây dựng, duy trì cụm pa nô, điểm thông tin đối ngoại tại các xã biên giới và cửa khẩu"],
  ["trade", "SCT", "TTXTTMDT,SNNPTNT", "Xúc tiến thương mại, quảng bá sản phẩm chủ lực của tỉnh ra thị trường nước ngoài"],
  [
    "trade",
    "SKHDT",
    "BQLKKT,TTXTTMDT",
    "Tổ chức hội nghị xúc tiến đầu tư, giới thiệu môi trường đầu tư của tỉnh",
    ["Hội nghị xúc tiến đầu tư trong nước", "Xúc tiến đầu tư tại nước ngoài", "Xúc tiến đầu tư vào khu kinh tế cửa khẩu"],
  ],
  ["trade", "SCT", "TTXTTMDT", "Phổ biến các hiệp định thương mại tự do cho cộng đồng doanh nghiệp"],
  ["tourism", "SVHTTDL", "TTXTTMDT", "Quảng bá du lịch, văn hóa của tỉnh tại các hội chợ, sự kiện trong và ngoài nước"],
  ["tourism", "SVHTTDL", "SNGV,BDBP", "Tổ chức giao lưu văn hóa, thể thao với các địa phương nước láng giềng"],
  ["tourism", "SVHTTDL", "STTTT", "Xuất bản ấn phẩm, video giới thiệu tỉnh bằng tiếng nước ngoài"],
  ["foreign", "SNGV", "CA,STTTT", "Theo dõi dư luận báo chí nước ngoài về tỉnh; phản bác thông tin sai sự thật"],
  ["foreign", "SNGV", "MTTQ,LHHN", "Thông tin cho cộng đồng người Việt Nam ở nước ngoài về tình hình phát triển của tỉnh"],
  ["foreign", "SNGV", "STTTT", "Tổ chức họp báo quốc tế, cung cấp thông tin về các sự kiện lớn của tỉnh"],
  ["border", "CA", "SNGV,BDBP", "Phổ biến pháp luật cho người nước ngoài cư trú, làm việc tại tỉnh"],
  ["general", "DAI", "BAO,STTTT", "Sản xuất chương trình phát thanh, truyền hình đối ngoại bằng tiếng dân tộc và tiếng nước ngoài"],
  ["general", "STTTT", "SNV", "Kiểm tra, đôn đốc, sơ kết, tổng kết công tác thông tin đối ngoại"],
  ["general", "STC", "STTTT,SKHDT", "Bố trí kinh phí thực hiện kế hoạch"],
];

function timeframe(random: Random, year: number): DocumentTask["timeframe"] {
  switch (random.int(0, 4)) {
    case 0:
      return { label: `Cả năm ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
    case 1:
      return { label: `Quý I năm ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-03-31` };
    case 2:
      return { label: `Trong quý II - quý III năm ${year}`, startsOn: `${year}-04-01`, endsOn: `${year}-09-30` };
    case 3:
      return { label: `Trước ngày 30/6/${year}`, startsOn: null, endsOn: `${year}-06-30` };
    default:
      return { label: "Thường xuyên", startsOn: null, endsOn: null };
  }
}

function status(random: Random, endsOn: string | null, today: string): TaskStatus {
  if (endsOn && endsOn < today) {
    return random.weighted({ DONE: 80, CANCELLED: 5, IN_PROGRESS: 9, NOT_STARTED: 6 }) as TaskStatus;
  }
  return random.weighted({ IN_PROGRESS: 50, NOT_STARTED: 30, DONE: 20 }) as TaskStatus;
}

/** A province's plan for a year, as the importer reads it, and the tasks it will create. */
export function planDocument(
  random: Random,
  province: ProvinceSpec,
  year: number,
  today: string,
): { document: PlanDocument; tasks: GeneratedTask[] } {
  const names = new Map(provinceAgencies(province).map((a) => [a.code, a.name]));
  const agency = (code: string): DocumentAgency => {
    const current = codeInYear(code, year);
    return { code: current, name: names.get(current) ?? current };
  };
  const document: PlanDocument = {
    province: { code: province.code, name: province.name },
    year,
    title: `Kế hoạch thông tin đối ngoại tỉnh ${province.name} năm ${year}`,
    documentNumber: `${random.int(10, 250)}/KH-UBND`,
    approvedBy: null,
    signatory: { name: null, title: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" },
    legalBases: [
      {
        kind: "Nghị định",
        number: "72/2015/NĐ-CP",
        issuedOn: "2015-09-07",
        issuer: "Chính phủ",
        text: "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại",
      },
      {
        kind: "Quyết định",
        number: "1191/QĐ-TTg",
        issuedOn: "2020-08-05",
        issuer: "Thủ tướng Chính phủ",
        text: "Quyết định số 1191/QĐ-TTg ngày 05/8/2020 phê duyệt Chiến lược phát triển thông tin đối ngoại giai đoạn 2021 - 2030",
      },
      {
        kind: "Công văn",
        number: null,
        issuedOn: null,
        issuer: "Bộ Thông tin và Truyền thông",
        text: `Hướng dẫn công tác thông tin đối ngoại năm ${year}`,
      },
    ],
    objectives: ["Quảng bá hình ảnh, tiềm năng của tỉnh ra nước ngoài", "Nâng cao hiệu quả công tác thông tin đối ngoại"],
    requirements: ["Bám sát chủ trương, đường lối đối ngoại của Đảng, Nhà nước"],
    tasks: [],
    budget: "Từ nguồn ngân sách tỉnh và các nguồn hợp pháp khác.",
    assignments: ["STTTT", "SNGV", "SVHTTDL", "SCT", "BDBP", "CA"].map((code) => ({
      agency: agency(code),
      duties: ["Chủ trì, phối hợp triển khai các nhiệm vụ được giao"],
    })),
    reportingDeadlines: [
      { period: "SEMI_ANNUAL", dueOn: `${year}-06-15`, rawText: `trước ngày 15/6/${year}` },
      { period: "ANNUAL", dueOn: `${year}-11-20`, rawText: `trước ngày 20/11/${year}` },
    ],
    focalPointDeadline: { dueOn: `${year}-03-31`, rawText: `trước ngày 31/3/${year}` },
    warnings: [],
  };
  const id = planId(document);
  const tasks: GeneratedTask[] = [];
  TEMPLATES.forEach(([theme, lead, coordinators, title, children], index) => {
    const ordinal = String(index + 1);
    const frame = timeframe(random, year);
    const coordinating = coordinators.split(",").map(agency);
    if (random.chance(0.3)) coordinating.push({ code: null, name: "Các sở, ban, ngành, địa phương liên quan" });
    const task: DocumentTask = { ordinal, title, leads: [agency(lead)], coordinators: coordinating, timeframe: frame };
    tasks.push({ id: `${id}:${ordinal}`, theme, status: status(random, frame?.endsOn ?? null, today) });
    task.children = (children ?? []).map((childTitle, i) => {
      const childOrdinal = `${ordinal}.${i + 1}`;
      const childFrame = timeframe(random, year);
      tasks.push({ id: `${id}:${childOrdinal}`, theme, status: status(random, childFrame?.endsOn ?? null, today) });
      return {
        ordinal: childOrdinal,
        title: childTitle,
        leads: [agency(lead)],
        coordinators: coordinating.slice(0, 1),
        timeframe: childFrame,
      };
    });
    document.tasks.push(task);
  });
  return { document, tasks };
}
