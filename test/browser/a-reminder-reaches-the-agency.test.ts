import mammoth from "mammoth";
import nodemailer from "nodemailer";
import type { Browser } from "playwright-core";
import { todayInVietnam } from "../../shared/core/functions";
import { reminderSettings, runReminders } from "../../subgraphs/plans/reminders/scheduler";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { daysFromToday, dmy } from "../support/dates";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";
import { plansService, startSmtpServer } from "../support/smtp";

const CULTURE = "Điều phối viên Sở VHTTDL Gia Lai";
const culture = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
const trade = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });

// the scheduler's sending and recording on MySQL is proven by test/reminders-go-out-by-themselves.test.ts: the page, once
describeInBrowserOnce("a reminder followed from the scheduler to the mail server to the compliance view", () => {
  let hub: RunningHub;
  let browser: Browser;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHub();
    browser = await launchBrowser();
    // the trade department's officer, with an address; its 2026 six-month report fell due three days ago and was not sent
    await queryData(
      hub.gateway.url,
      `mutation { createFocalPoint(input: { agencyId: "VN-30-SCT", role: OFFICER, fullName: "Nguyễn Thị Hoa", email: "hoa.sct@gialai.gov.vn" }) { id } }`,
      {},
      { as: trade },
    );
    const { plan } = await queryData(
      hub.gateway.url,
      `{ plan(id: "VN-30-2026") { reportingDeadlines { id version period } } }`,
      {},
      { as: culture },
    );
    const semiAnnual = plan.reportingDeadlines.find((d: { period: string }) => d.period === "SEMI_ANNUAL");
    const due = daysFromToday(-3);
    await queryData(
      hub.gateway.url,
      `mutation ($id: ID!, $version: Int!, $input: ReportingDeadlineInput!) { updateReportingDeadline(id: $id, version: $version, input: $input) { id } }`,
      {
        id: semiAnnual.id,
        version: semiAnnual.version,
        input: { planId: "VN-30-2026", period: "SEMI_ANNUAL", dueOn: due, rawText: `trước ngày ${dmy(due)}` },
      },
      { as: culture },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    await smtp?.stop();
  });

  it("e-mails the trade department its reminder letter and shows the coordinator that it went, to whom and when", async () => {
    const run = await runReminders(plansService(hub), reminderSettings({ HUB_SMTP_URL: smtp.url }), {
      holder: "browser-test",
      transport: nodemailer.createTransport(smtp.url),
    });
    expect(run.ran).toBe(true);

    const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes("hoa.sct@gialai.gov.vn") && m.subject?.startsWith("Đôn đốc"));
    expect(mail).toBeDefined();
    const letter = (await mammoth.extractRawText({ buffer: mail!.attachments[0].content })).value;
    expect(letter).toContain("Kính gửi: Sở Công Thương.");

    const page = await browser.newPage();
    await signInAs(page, origin(), CULTURE);
    await page.goto(`${origin()}/compliance/VN-30/2026`);
    const row = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Công Thương" });
    const reminders = row.getByRole("list", { name: "Nhắc nhở đã gửi" });
    await reminders.getByText(`${dmy(todayInVietnam())}: đôn đốc báo cáo chưa nộp — Nguyễn Thị Hoa`, { exact: false }).waitFor();
    await reminders.getByText("Đã gửi thư").first().waitFor();
    // an agency without an address is shown as such, for the coordinator to act on
    const home = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Nội vụ" });
    await home.getByText("Chưa có địa chỉ thư").first().waitFor();
    await screenshot(page, "compliance-reminders");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  function origin(): string {
    return new URL(hub.gateway.url).origin;
  }
});
