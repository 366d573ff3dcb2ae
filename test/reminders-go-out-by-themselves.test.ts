import mammoth from "mammoth";
import nodemailer from "nodemailer";
import { workingDaysAfter } from "../shared/core/calendar";
import { todayInVietnam } from "../shared/core/functions";
import { reminderSettings, runReminders } from "../subgraphs/plans/reminders/scheduler";
import { daysFromToday, dmy } from "./support/dates";
import { official, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { plansService, startSmtpServer } from "./support/smtp";

const CULTURE = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
const TRADE_OFFICER = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const AN_GIANG = official({ provinceCode: "VN-44", agencyCode: "STTTT", role: "coordinator" });

const DEADLINES = /* GraphQL */ `
  {
    plan(id: "VN-30-2026") {
      reportingDeadlines {
        id
        version
        period
        rawText
      }
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!, $input: ReportingDeadlineInput!) {
    updateReportingDeadline(id: $id, version: $version, input: $input) {
      version
    }
  }
`;
const REMINDERS = /* GraphQL */ `
  query ($year: Int!) {
    agencies(provinceCode: "VN-30") {
      id
      reminders(year: $year) {
        step
        daysBefore
        status
        recipients
        dueOn
        respondBy
      }
    }
  }
`;

describe("reminders go out by themselves: before a deadline and when a report is missing, once each, over SMTP", () => {
  let hub: RunningHub;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const settings = () => reminderSettings({ HUB_REMINDER_DAYS_BEFORE: "7,1", HUB_SMTP_URL: smtp.url });
  const deadlines = async () => (await queryData(hub.gateway.url, DEADLINES, {}, { as: CULTURE })).plan.reportingDeadlines;
  const move = async (period: string, dueOn: string | null, rawText: string) => {
    const deadline = (await deadlines()).find((d: { period: string }) => d.period === period);
    await queryData(
      hub.gateway.url,
      MOVE,
      { id: deadline.id, version: deadline.version, input: { planId: "VN-30-2026", period, dueOn, rawText } },
      { as: CULTURE },
    );
  };
  const reminders = async (as = CULTURE) => (await queryData(hub.gateway.url, REMINDERS, { year: 2026 }, { as })).agencies;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHub();
    // the trade department names its officer, with an address to write to
    await queryData(
      hub.gateway.url,
      `mutation { createFocalPoint(input: { agencyId: "VN-30-SCT", role: OFFICER, fullName: "Nguyễn Thị Hoa", email: "hoa.sct@gialai.gov.vn" }) { id } }`,
      {},
      { as: TRADE_OFFICER },
    );
    // the six-month report fell due three days ago, the annual one is due in five
    await move("SEMI_ANNUAL", daysFromToday(-3), `trước ngày ${dmy(daysFromToday(-3))}`);
    await move("ANNUAL", daysFromToday(5), `trước ngày ${dmy(daysFromToday(5))}`);
  });
  afterAll(async () => {
    await hub?.stop();
    await smtp?.stop();
  });

  it("refuses settings it cannot use, naming the variable", () => {
    expect(() => reminderSettings({ HUB_REMINDER_DAYS_BEFORE: "seven" })).toThrow("HUB_REMINDER_DAYS_BEFORE");
    expect(() => reminderSettings({ HUB_SMTP_URL: "mail.example.gov.vn" })).toThrow("HUB_SMTP_URL");
    expect(() => reminderSettings({ HUB_REMINDERS: "maybe" })).toThrow("HUB_REMINDERS");
    expect(reminderSettings({}).enabled).toBe(true);
  });

  it("e-mails the missing report's reminder letter, with a new deadline, to the agency's focal point, and records it", async () => {
    const transport = nodemailer.createTransport(smtp.url);
    const run = await runReminders(plansService(hub), settings(), { holder: "replica-a", transport });
    expect(run.ran).toBe(true);

    const toTrade = smtp.messages.filter((m) => JSON.stringify(m.to).includes("hoa.sct@gialai.gov.vn"));
    const missing = toTrade.find((m) => m.subject?.startsWith("Đôn đốc gửi báo cáo chưa nộp 6 tháng đầu năm 2026"));
    expect(missing).toBeDefined();
    expect(missing!.subject).toContain("Sở Công Thương");
    const letter = missing!.attachments.find((a) => a.filename?.endsWith(".docx"));
    expect(letter).toBeDefined();
    const text = (await mammoth.extractRawText({ buffer: letter!.content })).value;
    expect(text).toContain("Kính gửi: Sở Công Thương");
    expect(text).toContain(`trước ngày ${dmy(workingDaysAfter(todayInVietnam(), 5))}`);
    expect(text).toContain("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");

    // ahead of the annual deadline, seven days' notice goes to every agency with an address, the report not yet due
    const ahead = smtp.messages.filter((m) => m.subject?.startsWith("Nhắc hạn gửi báo cáo năm 2026"));
    expect(ahead.map((m) => JSON.stringify(m.to))).toEqual(expect.arrayContaining([expect.stringContaining("hoa.sct@gialai.gov.vn")]));

    const trade = (await reminders()).find((a: { id: string }) => a.id === "VN-30-SCT");
    expect(trade.reminders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ step: "REPORT_MISSING", status: "SENT", recipients: ["Nguyễn Thị Hoa"], dueOn: daysFromToday(-3) }),
        expect.objectContaining({ step: "BEFORE_DEADLINE", daysBefore: 7, status: "SENT", respondBy: daysFromToday(5) }),
      ]),
    );
    // an agency without an address is listed for the coordinator, not silently skipped
    const home = (await reminders()).find((a: { id: string }) => a.id === "VN-30-SNV");
    expect(home.reminders.map((r: { status: string }) => r.status)).toContain("NO_RECIPIENT");
    // another province's officials see none of it
    expect((await reminders(AN_GIANG)).flatMap((a: { reminders: unknown[] }) => a.reminders)).toEqual([]);
    // and another year's compliance view lists none of this year's reminders
    const in2019 = (await queryData(hub.gateway.url, REMINDERS, { year: 2019 }, { as: CULTURE })).agencies;
    expect(in2019.flatMap((a: { reminders: unknown[] }) => a.reminders)).toEqual([]);
  });

  it("sends nothing twice for the same deadline and step, however many replicas run at once", async () => {
    const before = smtp.messages.length;
    const transport = nodemailer.createTransport(smtp.url);
    const runs = await Promise.all(
      ["replica-b", "replica-c"].map((holder) => runReminders(plansService(hub), settings(), { holder, transport })),
    );
    // the lease lets one of them run while replica-a's is current; whichever runs finds everything already recorded
    expect(runs.flatMap((r) => r.recorded)).toEqual([]);
    await runReminders(plansService(hub), settings(), { holder: "replica-a", transport });
    expect(smtp.messages.length).toBe(before);
    const rows = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT agencyId, deadlineId, stepKey, COUNT(*) AS n FROM reminder_message GROUP BY agencyId, deadlineId, stepKey HAVING COUNT(*) > 1`,
    );
    expect(rows).toEqual([]);
  });

  it("sends again a reminder whose replica died while sending it, once its lease has run out, and leaves one being sent now alone", async () => {
    const db = hub.subgraphs.plans.database.dataSource;
    const sent = await db.query(`SELECT id, subject FROM reminder_message WHERE status = 'SENT' ORDER BY subject`);
    const [dead, busy] = sent;
    const leaseMs = settings().leaseMs;
    const longAgo = new Date(Date.now() - leaseMs - 60_000).toISOString();
    // one claimed a lease ago and never finished (its replica was killed), one claimed a moment ago by a live replica
    await db.query(`UPDATE reminder_message SET status = 'SENDING', sentAt = NULL, claimedAt = ? WHERE id = ?`, [longAgo, dead.id]);
    await db.query(`UPDATE reminder_message SET status = 'SENDING', sentAt = NULL, claimedAt = ? WHERE id = ?`, [
      new Date().toISOString(),
      busy.id,
    ]);
    const before = smtp.messages.length;
    const run = await runReminders(plansService(hub), settings(), { holder: "replica-a", transport: nodemailer.createTransport(smtp.url) });
    expect(run.recorded.map((m) => m.id)).toEqual([dead.id]);
    expect(smtp.messages.slice(before).map((m) => m.subject)).toEqual([dead.subject]);
    const rows = await db.query(`SELECT id, status FROM reminder_message WHERE id IN (?, ?) ORDER BY subject`, [dead.id, busy.id]);
    expect(rows).toEqual([
      { id: dead.id, status: "SENT" },
      { id: busy.id, status: "SENDING" },
    ]);
  });

  it("chases a report whose deadline cannot be read, saying so, and lists reminders to send by hand when no SMTP server is set", async () => {
    await move("SEMI_ANNUAL", null, "trước ngày 31/11/2026");
    const run = await runReminders(plansService(hub), reminderSettings({}), { holder: "replica-a", transport: null });
    const unknown = run.recorded.filter((m) => m.step === "DEADLINE_UNKNOWN");
    expect(unknown.map((m) => m.agencyId)).toContain("VN-30-SCT");
    expect(unknown.every((m) => m.status === "TO_SEND_BY_HAND")).toBe(true);
  });
});
