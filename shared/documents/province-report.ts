import type { FileChild } from "docx";
import { administrativeDocument, body, closing, header, heading, shortDate, title, type SecrecyMark, type Signature } from "./decree-30";

/**
 * The department in charge of foreign information's six-month or annual
 * report on the province's work, and its reminder letters: written from
 * what the requesting official may read, issued by the department in charge
 * at the document's date and sent to the ministry in charge at that date,
 * marked only with the highest classification they actually print, and
 * never saying that nothing happened when they simply cannot show it.
 */
export type Period = "SEMI_ANNUAL" | "ANNUAL";

export interface Classified {
  classification: string;
}

export interface ReportTask extends Classified {
  outline: string;
  depth: number;
  title: string;
  progressNote: string | null;
  leads: { name: string }[];
  /** The task as it stood at the end of the period: the plan's status, and the Government's tracking state. */
  tracking: { status: string; state: string; daysOverdue: number };
  /** What the departments recorded for the task, by kind ("hoạt động xúc tiến thương mại"), each record's name and date. */
  records: { kind: string; items: (Classified & { label: string; on: string | null })[] }[];
}

export interface OwedReport {
  agency: { id?: string; name: string };
  period: string;
  state: string;
  dueOn: string | null;
  dueText: string;
  submittedOn: string | null;
}

export interface ReportData {
  province: { code: string; name: string };
  /** Who is in charge of foreign information at the document's date, and the ministry it answers to. */
  authority: { agencyCode: string | null; agencyName: string | null; ministry: string; ministryOffice: string };
  plan:
    | (Classified & {
        title: string;
        documentNumber: string | null;
        issuedOn: string | null;
        legalBases: { text: string }[];
        tasks: ReportTask[];
      })
    | null;
  owed: OwedReport[];
  incidents: (Classified & { title: string; occurredOn: string | null })[];
  /** Whether the requester reads every incident the border department holds, the SECRET ones included. */
  incidentsComplete: boolean;
  /** Whether this deployment may hold state secrets at all (HUB_SECRET_ZONE). */
  stateSecretsKept: boolean;
}

export interface DocumentOptions {
  period: Period;
  year: number;
  /** The period whose data the report counts (Decree 09/2019/NĐ-CP, Art. 12). */
  dataFrom: string;
  dataUntil: string;
  /** The new deadline a reminder sets. */
  respondBy?: string;
  /** Letters only to these agencies (directory ids); to every agency that owes when not given. */
  agencyIds?: string[];
  /** Letters also to agencies whose report is not yet due (a reminder ahead of the deadline). */
  beforeDeadline?: boolean;
  /** The document's date (ISO). */
  date: string;
  /** Its number as registered ("15/BC-SVHTTDL"); blank for the clerk when not given. */
  documentNumber?: string | null;
  signature: Signature;
  /** The copy's particulars, should the document print a state secret. */
  copy?: Omit<SecrecyMark, "level">;
}

const TRACKING: Record<string, string> = {
  COMPLETED_ON_TIME: "hoàn thành đúng hạn",
  COMPLETED_LATE: "hoàn thành quá hạn",
  IN_PROGRESS_ON_TIME: "đang thực hiện trong hạn",
  IN_PROGRESS_OVERDUE: "đang thực hiện quá hạn",
  NOT_YET_DUE: "chưa đến hạn",
  CANCELLED: "không thực hiện",
  NO_DEADLINE: "chưa xác định thời hạn",
};
const STATUS: Record<string, string> = {
  NOT_STARTED: "chưa triển khai",
  IN_PROGRESS: "đang thực hiện",
  DONE: "đã hoàn thành",
  CANCELLED: "không thực hiện",
};
export const PERIOD_SUBJECT: Record<Period, (year: number) => string> = {
  SEMI_ANNUAL: (year) => `6 tháng đầu năm ${year}`,
  ANNUAL: (year) => `năm ${year}`,
};
const PERIOD_NAME: Record<Period, string> = { SEMI_ANNUAL: "6 tháng", ANNUAL: "năm" };

const upper = (text: string) => text.toLocaleUpperCase("vi");
/** A title cited inside a sentence: its first letter in lower case, the rest (place names) as written. */
const cited = (text: string) => text.replace(/^Kế hoạch\s+/i, "").replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase("vi"));

/** "Kế hoạch số 09/KH-UBND ngày 15/01/2019 của Ủy ban nhân dân tỉnh Gia Lai về hoạt động …". */
export function planCitation(plan: NonNullable<ReportData["plan"]>, province: string): string {
  const number = plan.documentNumber ? ` số ${plan.documentNumber}` : "";
  const date = plan.issuedOn ? ` ngày ${shortDate(plan.issuedOn)}` : "";
  return `Kế hoạch${number}${date} của Ủy ban nhân dân tỉnh ${province} về ${cited(plan.title)}`;
}

function issuerCode(data: ReportData): string {
  return data.authority.agencyCode ?? "UBND";
}

/** The highest classification the document prints: a mark only when it prints a state secret. */
function printsSecret(items: Classified[]): boolean {
  return items.some((item) => item.classification === "SECRET");
}

function mark(options: DocumentOptions, secret: boolean): SecrecyMark | null {
  if (!secret) return null;
  return {
    level: "MẬT",
    copy: options.copy?.copy ?? 1,
    copies: options.copy?.copies ?? 1,
    drafter: options.copy?.drafter ?? "",
    copyingAllowed: options.copy?.copyingAllowed ?? false,
  };
}

/** What the report says of the border: only what its reader could see, and why that may not be all. */
function borderWork(data: ReportData): string[] {
  const listed = data.incidents.map((i) => `${i.title}${i.occurredOn ? ` (${shortDate(i.occurredOn)})` : ""}`).join("; ");
  const when = "trong kỳ báo cáo";
  if (!data.stateSecretsKept)
    return [
      data.incidents.length
        ? `${upperFirst(when)} ghi nhận ${data.incidents.length} vụ việc không thuộc bí mật nhà nước trên tuyến biên giới: ${listed}.`
        : "",
      "Hệ thống không lưu giữ thông tin thuộc bí mật nhà nước (Luật Bảo vệ bí mật nhà nước số 117/2025/QH15); các vụ việc thuộc bí mật nhà nước, nếu có, do cơ quan nắm giữ báo cáo riêng theo quy định.",
    ].filter(Boolean);
  if (data.incidentsComplete)
    return [
      data.incidents.length
        ? `${upperFirst(when)} ghi nhận ${data.incidents.length} vụ việc trên tuyến biên giới: ${listed}.`
        : `${upperFirst(when)} không ghi nhận vụ việc nào trên tuyến biên giới.`,
    ];
  return [
    data.incidents.length
      ? `${upperFirst(when)} ghi nhận ${data.incidents.length} vụ việc không thuộc bí mật nhà nước trên tuyến biên giới: ${listed}.`
      : "",
    "Báo cáo này chỉ gồm những thông tin người lập báo cáo được phép xem, không gồm thông tin thuộc bí mật nhà nước; các vụ việc thuộc bí mật nhà nước, nếu có, được báo cáo riêng theo quy định.",
  ].filter(Boolean);
}

const inPeriod = (day: string | null | undefined, options: Pick<DocumentOptions, "dataFrom" | "dataUntil">) =>
  !!day && options.dataFrom <= day && day <= options.dataUntil;

/** "Đến ngày 14/06/2019, trong 10 nhiệm vụ: 3 hoàn thành đúng hạn, …": the tasks by the Government's tracking states. */
function trackingSummary(tasks: ReportTask[], until: string): string {
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(task.tracking.state, (counts.get(task.tracking.state) ?? 0) + 1);
  const parts = Object.keys(TRACKING)
    .filter((state) => counts.get(state))
    .map((state) => `${counts.get(state)} ${TRACKING[state]}`);
  return `Đến ngày ${shortDate(until)}, trong ${tasks.length} nhiệm vụ của Kế hoạch: ${parts.join("; ")}.`;
}

const upperFirst = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase("vi"));

/** The agencies' reports for the period, by their computed state. */
function compliance(data: ReportData, period: Period) {
  const owed = data.owed.filter((o) => o.period === period);
  const by = (state: string) => owed.filter((o) => o.state === state);
  return { owed, onTime: by("ON_TIME"), late: by("LATE"), missing: by("MISSING"), pending: by("PENDING"), unknown: by("DEADLINE_UNKNOWN") };
}

function heads(data: ReportData, options: DocumentOptions, kind: "BC" | "letter", secrecy: SecrecyMark | null, letterSubject?: string) {
  const code = issuerCode(data);
  const number = options.documentNumber ?? (kind === "BC" ? `        /BC-${code}` : `        /${code}-TTĐN`);
  return header({
    superior: `ỦY BAN NHÂN DÂN TỈNH ${upper(data.province.name)}`,
    issuer: upper(data.authority.agencyName ?? `Ủy ban nhân dân tỉnh ${data.province.name}`),
    numberLine: `Số: ${number}`,
    letterSubject,
    secrecy,
    place: data.province.name,
    date: options.date,
  });
}

export async function provinceReport(
  data: ReportData,
  options: DocumentOptions,
): Promise<{ file: Buffer; fileName: string; marked: boolean; title: string }> {
  const { period, year } = options;
  const province = data.province.name;
  const issuer = data.authority.agencyName ?? `Ủy ban nhân dân tỉnh ${province}`;
  const subject = `Kết quả thực hiện công tác thông tin đối ngoại ${PERIOD_SUBJECT[period](year)}`;
  const plan = data.plan;
  const incidents = data.incidents.filter((i) => inPeriod(i.occurredOn, options));
  const printedRecords = plan
    ? [plan, ...plan.tasks, ...plan.tasks.flatMap((t) => t.records.flatMap((r) => r.items.filter((i) => inPeriod(i.on, options))))]
    : [];
  const secrecy = mark(options, printsSecret([...printedRecords, ...incidents]));
  const { owed, onTime, late, missing, pending, unknown } = compliance(data, period);
  const children: FileChild[] = [
    heads(data, options, "BC", secrecy),
    ...title("BÁO CÁO", subject),
    heading("I. KẾ HOẠCH VÀ CĂN CỨ THỰC HIỆN"),
    body(
      `Số liệu trong báo cáo tính từ ngày ${shortDate(options.dataFrom)} đến ngày ${shortDate(options.dataUntil)} (Điều 12 Nghị định số 09/2019/NĐ-CP); tình trạng các nhiệm vụ tính đến ngày ${shortDate(options.dataUntil)}.`,
    ),
    body(
      plan
        ? `Thực hiện ${planCitation(plan, province)}, ${issuer} báo cáo kết quả thực hiện công tác thông tin đối ngoại trên địa bàn tỉnh ${province} ${PERIOD_SUBJECT[period](year)} như sau.`
        : `Tỉnh ${province} chưa có kế hoạch thông tin đối ngoại năm ${year} trên hệ thống.`,
    ),
    ...(plan?.legalBases.length ? [body("Căn cứ của Kế hoạch:"), ...plan.legalBases.map((basis) => body(`- ${basis.text}`))] : []),
    heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"),
    ...(plan ? [body(trackingSummary(plan.tasks, options.dataUntil))] : []),
    ...(plan
      ? plan.tasks.flatMap((task) => {
          const leads = task.leads.map((l) => l.name).join(", ") || "chưa xác định";
          const results = task.records
            .map((r) => ({ ...r, items: r.items.filter((i) => inPeriod(i.on, options)) }))
            .filter((r) => r.items.length > 0)
            .map(
              (r) =>
                `${r.items.length} ${r.kind} (${r.items
                  .slice(0, 3)
                  .map((i) => i.label)
                  .join("; ")}${r.items.length > 3 ? "; …" : ""})`,
            );
          const { status, state, daysOverdue } = task.tracking;
          return [
            body(`${task.outline}. ${task.title}`, { bold: task.depth === 0 }),
            body(
              `Cơ quan chủ trì: ${leads}. Tình trạng đến ngày ${shortDate(options.dataUntil)}: ${STATUS[status] ?? status} (${TRACKING[state] ?? state}${daysOverdue ? `, ${daysOverdue} ngày` : ""}).`,
            ),
            ...(results.length ? [body(`Kết quả của các sở, ngành trong kỳ: ${results.join("; ")}.`)] : []),
            ...(task.progressNote ? [body(`Tiến độ: ${task.progressNote}`)] : []),
          ];
        })
      : []),
    heading("III. CÔNG TÁC THÔNG TIN ĐỐI NGOẠI KHU VỰC BIÊN GIỚI"),
    ...borderWork({ ...data, incidents }).map((text) => body(text)),
    heading("IV. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    body(
      `Kỳ báo cáo ${PERIOD_NAME[period]}: ${owed.length} cơ quan, đơn vị phải báo cáo; ${onTime.length} báo cáo đúng hạn, ${late.length} báo cáo trễ hạn, ${missing.length} chưa báo cáo${pending.length ? `, ${pending.length} chưa đến hạn` : ""}${unknown.length ? `; ${unknown.length} báo cáo chưa xác định được hạn do thời hạn trong kế hoạch không hợp lệ` : ""}.`,
    ),
    ...(late.length
      ? [body(`Báo cáo trễ hạn: ${late.map((o) => `${o.agency.name} (gửi ngày ${shortDate(o.submittedOn!)})`).join("; ")}.`)]
      : []),
    ...(missing.length ? [body(`Chưa báo cáo: ${missing.map((o) => o.agency.name).join("; ")}.`)] : []),
    ...(unknown.length
      ? [
          body(
            `Thời hạn báo cáo ${PERIOD_NAME[period]} trong Kế hoạch ghi "${unknown[0].dueText}", không phải là ngày có thật; ${unknown.filter((o) => !o.submittedOn).length} cơ quan, đơn vị chưa gửi báo cáo trong khi chờ xác định lại thời hạn: ${
              unknown
                .filter((o) => !o.submittedOn)
                .map((o) => o.agency.name)
                .join("; ") || "không có"
            }.`,
          ),
        ]
      : []),
    heading("V. KIẾN NGHỊ, ĐỀ XUẤT"),
    body(`Đề nghị các cơ quan, đơn vị chưa gửi báo cáo khẩn trương gửi báo cáo về ${issuer} để tổng hợp theo quy định.`),
    ...closing(
      [`- UBND tỉnh ${province} (b/c);`, `- ${data.authority.ministry} (${data.authority.ministryOffice}) (b/c);`, "- Lưu: VT."],
      options.signature,
      secrecy,
    ),
  ];
  return {
    file: await administrativeDocument(subject, children),
    fileName: `bao-cao-thong-tin-doi-ngoai-${data.province.code}-${year}-${period === "SEMI_ANNUAL" ? "6-thang" : "nam"}.docx`,
    marked: secrecy !== null,
    title: subject,
  };
}

/**
 * One reminder letter (công văn đôn đốc) to each agency whose report for the
 * period is missing — or owed against a deadline the plan wrote as no real
 * date — each on its own page, setting a new deadline; null when none is
 * owed. A letter prints no record, so it is never marked.
 */
export async function reminderLetters(
  data: ReportData,
  options: DocumentOptions,
): Promise<{ file: Buffer; fileName: string; letters: number; marked: false } | null> {
  const { period, year } = options;
  const { missing, unknown, pending } = compliance(data, period);
  const owing = [...missing, ...unknown.filter((o) => !o.submittedOn), ...(options.beforeDeadline ? pending : [])].filter(
    (o) => !options.agencyIds || (o.agency.id !== undefined && options.agencyIds.includes(o.agency.id)),
  );
  if (owing.length === 0) return null;
  const issuer = data.authority.agencyName ?? `Ủy ban nhân dân tỉnh ${data.province.name}`;
  const subject = `V/v đôn đốc gửi báo cáo kết quả thực hiện công tác thông tin đối ngoại ${PERIOD_SUBJECT[period](year)}`;
  const plan = data.plan ? planCitation(data.plan, data.province.name) : `kế hoạch thông tin đối ngoại năm ${year}`;
  const letters: FileChild[][] = owing.map(({ agency, dueOn, dueText, state }) => [
    heads(data, options, "letter", null, subject),
    body(`Kính gửi: ${agency.name}.`),
    body(
      state === "DEADLINE_UNKNOWN"
        ? `Thực hiện ${plan}, các cơ quan, đơn vị báo cáo kết quả thực hiện ${PERIOD_SUBJECT[period](year)} về ${issuer}; thời hạn Kế hoạch ghi "${dueText}" không phải là ngày có thật.`
        : `Thực hiện ${plan}, các cơ quan, đơn vị báo cáo kết quả thực hiện ${PERIOD_SUBJECT[period](year)} về ${issuer} trước ngày ${shortDate(dueOn!)}.`,
    ),
    ...(state === "PENDING"
      ? [
          body(
            `Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh và ${data.authority.ministry}, ${issuer} đề nghị ${agency.name} gửi báo cáo đúng thời hạn, trước ngày ${shortDate(dueOn!)}.`,
          ),
        ]
      : [
          body(`Đến nay, ${issuer} chưa nhận được báo cáo của ${agency.name}.`),
          body(
            `Để kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh và ${data.authority.ministry}, ${issuer} đề nghị ${agency.name} gửi báo cáo${options.respondBy ? ` trước ngày ${shortDate(options.respondBy)}` : " trong thời gian sớm nhất"}.`,
          ),
        ]),
    ...closing(["- Như trên;", "- Lưu: VT."], options.signature),
  ]);
  return {
    file: await administrativeDocument(subject, ...letters),
    fileName: `cong-van-don-doc-${data.province.code}-${year}-${period === "SEMI_ANNUAL" ? "6-thang" : "nam"}.docx`,
    letters: owing.length,
    marked: false,
  };
}
