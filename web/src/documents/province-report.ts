import type { ProvinceReportDataQuery } from "../gql/graphql";
import { administrativeDocument, body, centred, closing, header, heading, pageBreak, type Heading } from "./administrative";

type Data = ProvinceReportDataQuery;
type Period = "SEMI_ANNUAL" | "ANNUAL";
type Task = Data["plans"][number]["tasks"][number];

const STATUS: Record<string, string> = {
  NOT_STARTED: "chưa triển khai",
  IN_PROGRESS: "đang thực hiện",
  DONE: "đã hoàn thành",
  CANCELLED: "không thực hiện",
};
const PERIOD_SUBJECT: Record<Period, (year: number) => string> = {
  SEMI_ANNUAL: (year) => `6 tháng đầu năm ${year}`,
  ANNUAL: (year) => `năm ${year}`,
};
const PERIOD_NAME: Record<Period, string> = { SEMI_ANNUAL: "6 tháng", ANNUAL: "năm" };

const formatDate = (iso: string | null | undefined) => (iso ? iso.split("-").reverse().join("/") : "");
const capitalised = (name: string) => name.toLocaleUpperCase("vi");

/** What each department recorded for a task: counts by kind, with the first names as highlights. */
function done(task: Task): string[] {
  const kinds: [string, { classification: string; label: string }[]][] = [
    ["hoạt động xúc tiến thương mại", (task.tradeEvents ?? []).map((r) => ({ ...r, label: r.name }))],
    ["dự án đầu tư", (task.investmentProjects ?? []).map((r) => ({ ...r, label: r.name }))],
    ["sự kiện văn hóa", (task.culturalEvents ?? []).map((r) => ({ ...r, label: r.name }))],
    ["chiến dịch quảng bá", (task.promotionCampaigns ?? []).map((r) => ({ ...r, label: r.name }))],
    ["ấn phẩm", (task.publications ?? []).map((r) => ({ ...r, label: r.title }))],
    ["đoàn phóng viên nước ngoài", (task.pressVisits ?? []).map((r) => ({ ...r, label: r.outlet }))],
    ["đoàn ra, đoàn vào", (task.delegations ?? []).map((r) => ({ ...r, label: r.name }))],
    ["buổi tuyên truyền", (task.outreachSessions ?? []).map((r) => ({ ...r, label: r.topic }))],
    ["điểm thông tin đối ngoại", (task.informationPoints ?? []).map((r) => ({ ...r, label: r.name }))],
  ];
  return kinds
    .filter(([, records]) => records.length > 0)
    .map(([kind, records]) => {
      const named = records.slice(0, 3).map((r) => r.label);
      return `${records.length} ${kind} (${named.join("; ")}${records.length > 3 ? "; …" : ""})`;
    });
}

/** Whether anything the document holds is SECRET: then it is marked MẬT. */
function holdsSecret(data: Data): boolean {
  const secret = (r: unknown) => (r as { classification?: string }).classification === "SECRET";
  const inTask = (task: Task) =>
    secret(task) || Object.values(task).some((value) => Array.isArray(value) && (value as unknown[]).some(secret));
  return data.plans.some((plan) => secret(plan) || plan.tasks.some(inTask)) || (data.borderIncidents ?? []).some(secret);
}

function heads(data: Data, number: string, date: Date, extra: Partial<Heading> = {}): Heading {
  const province = data.province?.name ?? "";
  return {
    superior: `ỦY BAN NHÂN DÂN TỈNH ${capitalised(province)}`,
    issuer: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    numberLine: number,
    classified: holdsSecret(data),
    place: province,
    date,
    ...extra,
  };
}

/** The agencies' reports against the period's deadline, by computed state. */
function compliance(data: Data, period: Period) {
  const owed = data.agencies.flatMap((agency) => agency.reports.filter((r) => r.period === period).map((report) => ({ agency, report })));
  const by = (state: string) => owed.filter((o) => o.report.state === state);
  return { owed, onTime: by("ON_TIME"), late: by("LATE"), missing: by("MISSING"), pending: by("PENDING") };
}

/**
 * The information department's six-month or annual report on the province's
 * foreign-information work: the plan and its legal bases; per task its
 * lead, status and what the departments did; border work; and the agencies'
 * reporting, naming the late and missing ones.
 */
export async function provinceReport(
  data: Data,
  period: Period,
  year: number,
  today = new Date(),
): Promise<{ blob: Blob; fileName: string }> {
  const province = data.province?.name ?? "";
  const plan = data.plans[0];
  const subject = `Kết quả thực hiện công tác thông tin đối ngoại ${PERIOD_SUBJECT[period](year)}`;
  const { owed, onTime, late, missing, pending } = compliance(data, period);
  const incidents = (data.borderIncidents ?? []).filter((i) => i.occurredOn?.startsWith(String(year)));
  const children = [
    header(heads(data, "Số:        /BC-STTTT", today)),
    centred(""),
    centred("BÁO CÁO", { bold: true }),
    centred(subject, { bold: true }),
    centred("———", { size: 20 }),
    heading("I. KẾ HOẠCH VÀ CĂN CỨ THỰC HIỆN"),
    body(
      plan
        ? `Thực hiện Kế hoạch ${plan.documentNumber ? `số ${plan.documentNumber} ` : ""}về ${plan.title.replace(/^Kế hoạch\s+/i, "").toLocaleLowerCase("vi")}, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện công tác thông tin đối ngoại trên địa bàn tỉnh ${province} ${PERIOD_SUBJECT[period](year)} như sau.`
        : `Tỉnh ${province} chưa có kế hoạch thông tin đối ngoại năm ${year} trên hệ thống.`,
    ),
    ...(plan?.legalBases.length ? [body("Căn cứ của Kế hoạch:"), ...plan.legalBases.map((basis) => body(`- ${basis.text}`))] : []),
    heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
    ...(plan
      ? plan.tasks.flatMap((task) => {
          const leads = task.leads.map((l) => l.name).join(", ") || "chưa xác định";
          const results = done(task);
          return [
            body(`${task.outline}. ${task.title}`, { bold: task.depth === 0 }),
            body(`Cơ quan chủ trì: ${leads}. Tình trạng: ${STATUS[task.status] ?? task.status}.`),
            ...(results.length ? [body(`Kết quả của các sở, ngành: ${results.join("; ")}.`)] : []),
            ...(task.progressNote ? [body(`Tiến độ: ${task.progressNote}`)] : []),
          ];
        })
      : []),
    heading("III. CÔNG TÁC THÔNG TIN ĐỐI NGOẠI KHU VỰC BIÊN GIỚI"),
    body(
      incidents.length
        ? `Trong năm ${year} ghi nhận ${incidents.length} vụ việc trên tuyến biên giới: ${incidents.map((i) => `${i.title} (${formatDate(i.occurredOn)})`).join("; ")}.`
        : `Trong năm ${year} không ghi nhận vụ việc nào trên tuyến biên giới.`,
    ),
    heading("IV. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    body(
      `Kỳ báo cáo ${PERIOD_NAME[period]}: ${owed.length} cơ quan, đơn vị phải báo cáo; ${onTime.length} báo cáo đúng hạn, ${late.length} báo cáo trễ hạn, ${missing.length} chưa báo cáo${pending.length ? `, ${pending.length} chưa đến hạn` : ""}.`,
    ),
    ...(late.length
      ? [body(`Báo cáo trễ hạn: ${late.map((o) => `${o.agency.name} (gửi ngày ${formatDate(o.report.submittedOn)})`).join("; ")}.`)]
      : []),
    ...(missing.length ? [body(`Chưa báo cáo: ${missing.map((o) => o.agency.name).join("; ")}.`)] : []),
    heading("V. KIẾN NGHỊ, ĐỀ XUẤT"),
    body("Đề nghị các cơ quan, đơn vị chưa gửi báo cáo khẩn trương gửi báo cáo về Sở Thông tin và Truyền thông để tổng hợp theo quy định."),
    centred(""),
    closing(["- UBND tỉnh (b/c);", "- Bộ Thông tin và Truyền thông (b/c);", "- Lưu: VT."], ["GIÁM ĐỐC"], ""),
  ];
  return {
    blob: await administrativeDocument(subject, children),
    fileName: `bao-cao-thong-tin-doi-ngoai-${data.province?.code ?? ""}-${year}-${period === "SEMI_ANNUAL" ? "6-thang" : "nam"}.docx`,
  };
}

/**
 * A reminder letter (công văn đôn đốc) to each agency whose report for the
 * period is missing, each on its own page; null when none is missing.
 */
export async function reminderLetters(
  data: Data,
  period: Period,
  year: number,
  today = new Date(),
): Promise<{ blob: Blob; fileName: string } | null> {
  const { missing } = compliance(data, period);
  if (missing.length === 0) return null;
  const plan = data.plans[0];
  const subject = `V/v đôn đốc gửi báo cáo kết quả thực hiện công tác thông tin đối ngoại ${PERIOD_SUBJECT[period](year)}`;
  const children = missing.flatMap(({ agency, report }, index) => [
    ...(index > 0 ? [pageBreak()] : []),
    header(heads(data, "Số:        /STTTT-TTĐN", today, { letterSubject: subject })),
    centred(""),
    centred(`Kính gửi: ${agency.name}.`),
    centred(""),
    body(
      `Thực hiện ${plan ? `Kế hoạch ${plan.documentNumber ? `số ${plan.documentNumber} ` : ""}về ${plan.title.replace(/^Kế hoạch\s+/i, "").toLocaleLowerCase("vi")}` : `kế hoạch thông tin đối ngoại năm ${year}`}, các cơ quan, đơn vị báo cáo kết quả thực hiện ${PERIOD_SUBJECT[period](year)} về Sở Thông tin và Truyền thông ${report.dueOn ? `trước ngày ${formatDate(report.dueOn)}` : `theo thời hạn ${report.dueText}`}.`,
    ),
    body(`Đến nay, Sở Thông tin và Truyền thông chưa nhận được báo cáo của ${agency.name}.`),
    body(
      `Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông đề nghị ${agency.name} khẩn trương gửi báo cáo trong thời gian sớm nhất.`,
    ),
    centred(""),
    closing(["- Như trên;", "- Lưu: VT, TTĐN."], ["GIÁM ĐỐC"], ""),
  ]);
  return {
    blob: await administrativeDocument(subject, children),
    fileName: `cong-van-don-doc-${data.province?.code ?? ""}-${year}-${period === "SEMI_ANNUAL" ? "6-thang" : "nam"}.docx`,
  };
}
