import type { Browser, Locator } from "playwright-core";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";

/**
 * The Government's task-tracking states and each agency's on-time shares in
 * the plan, dashboard and compliance views — and nothing false: a figure the
 * reader may not see, a department that is down, a deadline that cannot be
 * read each shown as what it is, never as 0, empty or "none".
 */

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const AN_GIANG = "Điều phối viên Sở TT&TT An Giang";
const BORDER_EDITOR = "Biên tập viên BĐBP Gia Lai (Mật)";
const coordinator = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "INTERNAL" });

const SIGN_IN_TO_SEE = "Đăng nhập để xem";
const DEADLINE_UNKNOWN = "Chưa xác định được hạn — cần sửa";
const TRACKING_LABELS: Record<string, string> = {
  COMPLETED_ON_TIME: "Hoàn thành đúng hạn",
  COMPLETED_LATE: "Hoàn thành quá hạn",
  IN_PROGRESS_ON_TIME: "Đang thực hiện trong hạn",
  IN_PROGRESS_OVERDUE: "Đang thực hiện quá hạn",
  NOT_YET_DUE: "Chưa đến hạn",
};

/** The figure (or what stands in its place) under a tile's title, within `scope`. */
async function tileText(scope: Locator, title: string): Promise<string> {
  const tile = scope.locator(".ant-statistic").filter({ has: scope.page().getByText(title, { exact: true }) });
  return (await tile.first().locator(".ant-statistic-content").innerText()).trim();
}

// it only reads (what the API answers is proven on both databases): once, in the first pass
describeInBrowserOnce("task-tracking states, agencies' on-time shares, and nothing false, in a real browser", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  let plan: any;
  let performance: any[];
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
    // What the API answers the coordinator: the figures the pages must show.
    const answer = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        query {
          plans(provinceCode: "VN-30", year: 2019) {
            tasks {
              outline
              tracking {
                state
                daysOverdue
              }
              statusHistory {
                status
                progressNote
                changedOn
                userId
              }
            }
          }
          province(code: "VN-30") {
            planSummary(year: 2019) {
              reportsDeadlineUnknown
            }
            agencyPerformance(year: 2019) {
              agency {
                code
                name
              }
              current {
                taskOnTimeShare
                reportOnTimeShare
                tasksLed
              }
              previous {
                year
                taskOnTimeShare
                reportOnTimeShare
                tasksLed
              }
            }
          }
        }
      `,
      {},
      { as: coordinator },
    );
    plan = answer.plans[0];
    performance = answer.province.agencyPerformance;
    plan.reportsDeadlineUnknown = answer.province.planSummary.reportsDeadlineUnknown;
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("shows each task's tracking state with its days overdue beside the plan's status, and its status history on request", async () => {
    const late = plan.tasks.find((t: any) => t.tracking.state === "COMPLETED_LATE");
    const open = plan.tasks.find((t: any) => t.tracking.state === "IN_PROGRESS_OVERDUE");
    expect(late).toBeDefined();
    expect(open).toBeDefined();
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/VN-30/2019`);
    await page.getByRole("columnheader", { name: "Theo dõi thời hạn" }).waitFor();
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    expect(await rows.count()).toBe(plan.tasks.length);
    const row = (outline: string) => rows.filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^${outline}$`) }) });
    for (const task of plan.tasks) {
      const badge = row(task.outline).locator("[data-tracking]");
      expect(await badge.getAttribute("data-tracking")).toBe(task.tracking.state);
      if (TRACKING_LABELS[task.tracking.state]) expect(await badge.innerText()).toContain(TRACKING_LABELS[task.tracking.state]);
      if (task.tracking.daysOverdue > 0) expect(await badge.innerText()).toContain(`Quá hạn ${task.tracking.daysOverdue} ngày`);
    }
    // the plan's own status stays beside it: done, yet done late
    expect(await row(late.outline).innerText()).toContain("Hoàn thành");
    expect(await row(late.outline).innerText()).toContain(`Hoàn thành quá hạn\nQuá hạn ${late.tracking.daysOverdue} ngày`);
    expect(await row(open.outline).innerText()).toContain(`Đang thực hiện quá hạn\nQuá hạn ${open.tracking.daysOverdue} ngày`);
    // the plan's counts by tracking state
    const counts = await page.getByTestId("plan-tracking-counts").innerText();
    const overdue = plan.tasks.filter((t: any) => t.tracking.state === "IN_PROGRESS_OVERDUE").length;
    expect(counts).toContain(`Đang thực hiện quá hạn: ${overdue}`);

    // who changed the status, when, to what, with what note
    const first = plan.tasks.find((t: any) => t.statusHistory.length >= 2);
    const history = row(first.outline).getByRole("button", { name: `Lịch sử tình trạng (${first.statusHistory.length})` });
    await history.click();
    const list = row(first.outline).getByRole("list", { name: "Lịch sử tình trạng" });
    await list.waitFor();
    const items = await list.locator("li").allInnerTexts();
    expect(items).toHaveLength(first.statusHistory.length);
    const newest = first.statusHistory[first.statusHistory.length - 1];
    const [day, month, year] = [newest.changedOn.slice(8, 10), newest.changedOn.slice(5, 7), newest.changedOn.slice(0, 4)];
    expect(items[0]).toContain(`${day}/${month}/${year}`);
    expect(items[0]).toContain(newest.userId);
    if (newest.progressNote) expect(items[0]).toContain(newest.progressNote);
    await screenshot(page, "plan-tracking-states");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the dashboard's tasks by tracking state and the agencies' performance worst first, the year before beside it, sortable", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    const tracking = page.getByTestId("dashboard-tracking");
    await tracking.waitFor();
    for (const [state, label] of Object.entries(TRACKING_LABELS)) {
      const count = plan.tasks.filter((t: any) => t.tracking.state === state).length;
      expect(await tileText(tracking, label)).toBe(String(count));
    }

    const table = page.getByTestId("agency-performance");
    await table.getByRole("columnheader", { name: "Nhiệm vụ hoàn thành đúng hạn" }).waitFor();
    expect(await table.getByRole("columnheader", { name: "2018" }).count()).toBe(2);
    const rows = table.locator(".ant-table-tbody tr.ant-table-row");
    expect(await rows.count()).toBe(performance.length);
    // worst first, as the API orders them
    const names = await rows.locator("td:first-child").allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(performance.map((p) => `${p.agency.name} (${p.agency.code})`));
    // a share with nothing to count is said so, never 0 %: the year before, Gia Lai had no plan in the hub
    const sttt = rows.filter({ hasText: "(STTTT)" });
    const figures = performance.find((p) => p.agency.code === "STTTT");
    expect(await sttt.locator("td").nth(1).innerText()).toContain(`${Math.round(figures.current.taskOnTimeShare * 100)}%`);
    expect(figures.previous).toMatchObject({ year: 2018, tasksLed: 0, taskOnTimeShare: null, reportOnTimeShare: null });
    expect(await sttt.locator("td").nth(2).innerText()).toBe("Không chủ trì nhiệm vụ nào");
    expect(await sttt.locator("td").nth(4).innerText()).toBe("Chưa có báo cáo đến hạn");

    // sortable: this year's task share, ascending then descending; agencies with nothing to count stay last
    const shares = async () =>
      (
        await rows
          .locator("td:nth-child(2)")
          .evaluateAll((cells) => cells.map((c) => c.querySelector("[data-share]")?.getAttribute("data-share") ?? null))
      ).map((s) => (s === null ? null : Number(s)));
    const counted = performance.map((p) => p.current.taskOnTimeShare).filter((s) => s !== null) as number[];
    const header = table
      .locator("thead th")
      .filter({ hasText: /^2019$/ })
      .first();
    await header.click();
    const ascending = await shares();
    expect(ascending.slice(0, counted.length)).toEqual([...counted].sort((a, b) => a - b));
    expect(ascending.slice(counted.length).every((s) => s === null)).toBe(true);
    await header.click();
    const descending = await shares();
    expect(descending.slice(0, counted.length)).toEqual([...counted].sort((a, b) => b - a));
    await screenshot(page, "dashboard-agency-performance");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows a signed-out visitor 'sign in to see' for the tasks and reports the API hides, never 0; another province's official 'not shown to you'", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    await page.getByText("Nhiệm vụ, báo cáo và kết quả của các cơ quan không công khai: đăng nhập để xem.").waitFor();
    const summary = page.locator(".ant-card").first();
    const figures = await summary.locator(".ant-statistic-content").allInnerTexts();
    expect(figures.length).toBeGreaterThanOrEqual(16); // tasks by status, by tracking state, reports by state
    expect(figures.map((f) => f.trim())).toEqual(figures.map(() => SIGN_IN_TO_SEE));
    expect(figures.some((f) => /\d/.test(f))).toBe(false);
    for (const title of ["Tổng số nhiệm vụ", "Quá hạn", "Đang thực hiện quá hạn", "Đúng hạn", "Chưa nộp", DEADLINE_UNKNOWN]) {
      expect(await tileText(summary, title)).toBe(SIGN_IN_TO_SEE);
    }
    expect(await page.getByTestId("agency-performance").innerText()).toBe(SIGN_IN_TO_SEE);
    // the lists the API hides are not "none"
    expect(await page.getByText("Không có nhiệm vụ quá hạn.").count()).toBe(0);
    expect(await page.getByText("Không có thời hạn nào trong thời gian tới.").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Nhiệm vụ quá hạn (0)" }).count()).toBe(0);
    // the departments' public counts are said to be public only
    expect(await page.getByText("Chỉ tính hồ sơ công khai — đăng nhập để xem đủ.").count()).toBe(4);
    await screenshot(page, "dashboard-signed-out");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // the compliance view: no agency "has named no focal point" when the visitor cannot see them
    await page.goto(`${origin}/compliance/VN-30/2019`);
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByText("Chưa cử đầu mối").count()).toBe(0);
    expect(await page.locator(".ant-table-tbody tr.ant-table-row").first().innerText()).toContain(SIGN_IN_TO_SEE);
    await page.close();

    // signed in elsewhere: An Giang's coordinator is not shown Gia Lai's figures, and is told so
    const other = await browser.newPage();
    await signInAs(other, origin, AN_GIANG);
    await other.goto(`${origin}/provinces/VN-30/2019`);
    await other.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    const theirs = other.locator(".ant-card").first();
    await theirs.getByText("Bạn không được xem").first().waitFor();
    expect(await tileText(theirs, "Tổng số nhiệm vụ")).toBe("Bạn không được xem");
    expect((await theirs.locator(".ant-statistic-content").allInnerTexts()).some((f) => /\d/.test(f))).toBe(false);
    // and in the national overview, Gia Lai's row says so rather than 0
    await other.goto(`${origin}/overview/2019`);
    const gialai = other.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Gia Lai" });
    await gialai.getByText("Bạn không được xem").waitFor();
    expect(await gialai.innerText()).not.toMatch(/\d/);
    await other.close();
  });

  it("shows a report deadline that cannot be read as 'deadline unknown — fix it' in the compliance, dashboard and plan views", async () => {
    expect(plan.reportsDeadlineUnknown).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signInAs(page, origin, COORDINATOR);
    // compliance: each agency's annual report, owed against "trước ngày 31/11/2019"
    await page.goto(`${origin}/compliance/VN-30/2019`);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await page.getByText(`Năm: ${DEADLINE_UNKNOWN}`).count()).toBe(plan.reportsDeadlineUnknown);
    expect(await page.getByText("Năm: Chưa đến hạn").count()).toBe(0);
    expect(await page.getByTestId("deadline-unknown").innerText()).toContain("“trước ngày 31/11/2019”");
    // and each agency's on-time shares, this year and the year before, sortable
    await page.getByRole("columnheader", { name: "Báo cáo gửi đúng hạn" }).waitFor();
    const sttt = rows.filter({ has: page.locator("td:first-child", { hasText: /^STTTT$/ }) });
    const figures = performance.find((p) => p.agency.code === "STTTT");
    // columns: code, agency, focal points, tasks led, reports, reminders, then tasks 2019 and 2018, reports 2019 and 2018
    expect(await sttt.locator("td").nth(6).innerText()).toContain(`${Math.round(figures.current.taskOnTimeShare * 100)}%`);
    expect(await sttt.locator("td").nth(7).innerText()).toBe("Không chủ trì nhiệm vụ nào");
    const reports2019 = page
      .locator("thead th")
      .filter({ hasText: /^2019$/ })
      .nth(1);
    const reportShares = async () =>
      rows
        .locator("td:nth-child(9)")
        .evaluateAll((cells) => cells.map((c) => c.querySelector("[data-share]")?.getAttribute("data-share") ?? null));
    await reports2019.click();
    expect((await reportShares())[0]).toBe("0");
    await reports2019.click(); // descending: those sent on time first
    expect((await reportShares())[0]).toBe("1");
    await screenshot(page, "compliance-deadline-unknown-and-shares");

    // dashboard: a tile of its own, and the deadline listed as unknown among those coming
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    expect(await tileText(page.locator(".ant-card").first(), DEADLINE_UNKNOWN)).toBe(String(plan.reportsDeadlineUnknown));
    await page.getByText("Hạn nộp báo cáo Năm: kế hoạch ghi “trước ngày 31/11/2019”").waitFor();

    // plan: the deadline as written, flagged
    await page.goto(`${origin}/plans/VN-30/2019`);
    const deadlines = page.getByRole("heading", { name: "Thời hạn báo cáo" }).locator("xpath=following-sibling::div[1]");
    await deadlines.getByText("trước ngày 31/11/2019").waitFor();
    expect(await deadlines.innerText()).toContain(DEADLINE_UNKNOWN);
    await page.close();
  });

  it("says a department that is down is not answering where its records would be, never 'none' (run last: it stops border security, then plans)", async () => {
    await hub.subgraphs.borderSecurity.stop();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signInAs(page, origin, BORDER_EDITOR);
    await page.goto(`${origin}/records/InformationPoint`);
    await page.getByRole("status").filter({ hasText: "Biên phòng (Bộ đội Biên phòng tỉnh) hiện không phản hồi" }).waitFor();
    const empty = page.locator(".ant-table-placeholder");
    await empty.getByText("Chưa tải được: Biên phòng (Bộ đội Biên phòng tỉnh) hiện không phản hồi.").waitFor();
    expect(await page.getByText("Chưa có hồ sơ nào").count()).toBe(0);
    await screenshot(page, "records-department-down");

    // the country's border gates, and each task's border records in the plan
    await page.goto(`${origin}/countries/KH`);
    const border = page.getByRole("heading", { name: "Cửa khẩu", exact: true }).locator("xpath=following-sibling::div[1]");
    await border.getByText("Chưa tải được: Biên phòng (Bộ đội Biên phòng tỉnh) hiện không phản hồi.").waitFor();
    await page.goto(`${origin}/plans/VN-30/2019`);
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    expect(await page.locator("[data-unavailable=borderSecurity]").count()).toBe(plan.tasks.length);
    expect(await page.locator("[data-unavailable=borderSecurity]").first().innerText()).toBe(
      "Biên phòng (Bộ đội Biên phòng tỉnh): hiện không phản hồi",
    );

    // with the plans department down too: no "no such province", no empty agency list
    await hub.subgraphs.plans.stop();
    await page.goto(`${origin}/compliance/VN-30/2019`);
    await page.getByRole("status").filter({ hasText: "hiện không phản hồi" }).first().waitFor();
    await page
      .locator(".ant-table-placeholder")
      .getByText(/Chưa tải được: Kế hoạch .* hiện không phản hồi\./)
      .waitFor();
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("status").filter({ hasText: "hiện không phản hồi" }).first().waitFor();
    expect(await page.getByText("Không có tỉnh này, hoặc bạn không được xem.").count()).toBe(0);
    await page.close();
  });
});
