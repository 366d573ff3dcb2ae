import fs from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { Browser, Page } from "playwright-core";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import {
  describeInBrowserOnce,
  launchBrowser,
  screenshot,
  SCREENSHOTS,
  seriousAccessibilityViolations,
  signInAs,
} from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const ADMIN = "Quản trị hệ thống";

/** The figure a dashboard tile shows under its title. */
async function tile(page: Page, scope: string, title: string): Promise<number> {
  const card = page
    .locator(scope)
    .locator(".ant-statistic")
    .filter({ has: page.getByText(title, { exact: true }) });
  return Number((await card.first().locator(".ant-statistic-content").innerText()).replace(/\D/g, ""));
}

describeInBrowserOnce("the dashboards in a real browser: the national overview and a province's year", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  let expected: any;
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
    // The contract's own dashboard operation, asked of the gateway as the same coordinator: the figures the page must show.
    const document = fs.readFileSync(path.join(REPOSITORY_ROOT, "test/contract/operations/ProvinceDashboard.graphql"), "utf8");
    expected = (
      await queryData(
        hub.gateway.url,
        document,
        { provinceCode: "VN-30", year: 2019 },
        {
          as: official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "INTERNAL" }),
        },
      )
    ).province;
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("lists every province in the national overview, sortable, and opens a province's dashboard from its row", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, ADMIN);
    await page.getByRole("link", { name: "Toàn quốc" }).click();
    // No year asked for: the latest year any province has a plan for.
    await page.waitForURL(/\/overview\/\d{4}$/);
    await page.getByRole("heading", { name: /^Tổng quan toàn quốc năm \d{4}$/ }).waitFor();
    const provinces = (await queryData(hub.gateway.url, "{ provinces { name } }")).provinces.map((p: { name: string }) => p.name);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(provinces.length);
    // Sorted by tasks done, descending: a province with a plan comes before those without.
    await page.goto(`${origin}/overview/2019`);
    const progress = page.getByRole("columnheader", { name: "Nhiệm vụ hoàn thành" });
    await progress.click();
    await progress.click();
    expect(await rows.first().locator("td").first().innerText()).toBe("Gia Lai");
    expect(await rows.first().innerText()).toContain("5/10 (50%)");
    await screenshot(page, "national-overview");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await rows.first().click();
    await page.waitForURL(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    await page.close();
  });

  it("shows the Gia Lai 2019 figures of every department, as ProvinceDashboard answers them, with a chart per lead agency", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    const summary = expected.planSummary;
    await page.getByText("Tổng số nhiệm vụ").waitFor();
    expect(await tile(page, "main", "Tổng số nhiệm vụ")).toBe(summary.tasks);
    expect(await tile(page, "main", "Hoàn thành")).toBe(summary.tasksByStatus.find((s: any) => s.status === "DONE").count);
    expect(await tile(page, "main", "Quá hạn")).toBe(summary.overdueTasks);
    expect(await tile(page, "main", "Đúng hạn")).toBe(summary.reportsOnTime);
    expect(await tile(page, "main", "Trễ hạn")).toBe(summary.reportsLate);
    expect(await tile(page, "main", "Chưa nộp")).toBe(summary.reportsMissing);
    expect(await tile(page, "main", "Hoạt động xúc tiến thương mại")).toBe(expected.tradeSummary.tradeEvents);
    expect(await tile(page, "main", "Ấn phẩm")).toBe(expected.tourismSummary.publications);
    expect(await tile(page, "main", "Đoàn phóng viên nước ngoài")).toBe(expected.foreignAffairsSummary.pressVisits);
    expect(await tile(page, "main", "Lượt người dự")).toBe(expected.borderSummary.attendees);
    // The chart draws one bar per lead agency, named, Ban Tuyên giáo Tỉnh ủy (task 1's lead) among them.
    const chart = page.getByRole("img", { name: "Tiến độ nhiệm vụ theo cơ quan chủ trì" });
    await chart.locator("svg").waitFor();
    expect(await chart.locator("svg text").allTextContents()).toEqual(
      expect.arrayContaining(["Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông"]),
    );
    // Overdue tasks are listed, as many as the tile says.
    await page.getByRole("heading", { name: `Nhiệm vụ quá hạn (${summary.overdueTasks})` }).waitFor();
    await screenshot(page, "province-dashboard-gia-lai-2019");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // a bar opens the plan's tasks of that agency and status
    await chart.locator('svg path[fill="#389e0d"]').first().click();
    await page.waitForURL(/\/plans\/VN-30\/2019\?agency=[^&]+&status=DONE$/);
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    await page.close();
  });

  it("shows the plans of Bình Định, merged into Gia Lai in 2025, in Gia Lai's history, and opens one read-only", async () => {
    const plan = [
      "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
      "",
      "KẾ HOẠCH",
      "Thông tin đối ngoại tỉnh Bình Định năm 2024",
      "",
      "II. NHIỆM VỤ",
      "1. Quảng bá du lịch biển Quy Nhơn tới thị trường Hàn Quốc",
      "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
      "- Thời gian thực hiện: Quý III/2024.",
    ].join("\n");
    await queryData(
      hub.gateway.url,
      `mutation ($text: String!) { importPlan(text: $text, addUnknown: true) { id } }`,
      { text: plan },
      {
        as: official({ provinceCode: "VN-31", agencyCode: "STTTT", role: "coordinator" }),
      },
    );
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Lịch sử của các tỉnh đã hợp nhất" }).waitFor();
    await screenshot(page, "province-dashboard-merged-history");
    await page.getByRole("link", { name: "2024 · Bình Định: Thông tin đối ngoại tỉnh Bình Định năm 2024" }).click();
    await page.waitForURL(`${origin}/plans/VN-31/2024`);
    await page.getByText("Quảng bá du lịch biển Quy Nhơn tới thị trường Hàn Quốc").first().waitFor();
    // history is read, not changed: no write controls for another province's plan
    expect(await page.getByRole("button", { name: /Cập nhật tiến độ|Sửa nhiệm vụ/ }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("keeps the dashboard and names border security when that department is down (run last: it stops it)", async () => {
    await hub.subgraphs.borderSecurity.stop();
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("status").filter({ hasText: "Biên phòng (Bộ đội Biên phòng tỉnh) hiện không phản hồi" }).waitFor();
    // Everything else still stands: the plan's figures and the other departments'.
    expect(await tile(page, "main", "Tổng số nhiệm vụ")).toBe(expected.planSummary.tasks);
    expect(await tile(page, "main", "Hoạt động xúc tiến thương mại")).toBe(expected.tradeSummary.tradeEvents);
    expect(await page.getByRole("status").count()).toBe(1);
    await screenshot(page, "dashboard-with-a-department-down");
    await page.close();
  });

  it("prints the dashboard on A4 for the monthly meeting: no header bar, no buttons, nothing cut, the first page not blank", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, "Điều phối viên Sở TT&TT Gia Lai");
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    await page.getByRole("img", { name: "Tiến độ nhiệm vụ theo cơ quan chủ trì" }).locator("svg").waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".ant-layout-header").isVisible()).toBe(false);
    expect(await page.locator(".ant-btn:visible").count()).toBe(0);
    // the heading opens the first page: the header bar no longer takes it
    expect((await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).boundingBox())!.y).toBeLessThan(80);
    // the chart fits the page width (A4 less 2 × 12 mm, at 96 dpi)
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const [first] = pdf.getPages();
    expect(Math.round(first.getWidth())).toBe(595);
    expect(pdf.getPageCount()).toBeLessThanOrEqual(3);
    fs.writeFileSync(path.join(SCREENSHOTS, "province-dashboard-print.pdf"), await pdf.save()); // to look at
    await page.close();
  });
});
