import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import type { Browser, Page } from "playwright-core";
import {
  describeInBrowserOnce,
  launchBrowser,
  screenshot,
  SCREENSHOTS,
  seriousAccessibilityViolations,
  signInAs,
  until,
} from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";
import { temporaryDataDirectory } from "../support/temporary-folder";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const VIEWER = "Lãnh đạo UBND tỉnh Gia Lai (xem)";
const AS_COORDINATOR = { as: official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "INTERNAL" }) };
const AS_VIEWER = { as: official({ provinceCode: "VN-30", agencyCode: "UBND", role: "viewer", clearance: "INTERNAL" }) };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const STATUS = { NOT_STARTED: "Chưa bắt đầu", IN_PROGRESS: "Đang thực hiện", DONE: "Hoàn thành", CANCELLED: "Đã hủy" } as Record<
  string,
  string
>;
const STATE = {
  ON_TIME: "Đúng hạn",
  LATE: "Trễ hạn",
  MISSING: "Chưa nộp",
  PENDING: "Chưa đến hạn",
  DEADLINE_UNKNOWN: "Chưa xác định được hạn — cần sửa",
} as Record<string, string>;
const PERIOD = { SEMI_ANNUAL: "6 tháng", ANNUAL: "Năm", AD_HOC: "Đột xuất" } as Record<string, string>;

/** The departments' records a task carries, as the plan view and the agency page count them. */
const TASK_RECORDS = /* GraphQL */ `
  tradeEvents { id } investmentProjects { id } culturalEvents { id } promotionCampaigns { id } publications { id }
  destinations { id } pressVisits { id } delegations { id } mediaMonitoringItems { id } outreachSessions { id }
  informationPoints { id } borderIncidents { id }
`;
const recordsOf = (task: Record<string, unknown>) =>
  Object.values(task)
    .filter(
      (value): value is { id: string }[] => Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && "id" in v),
    )
    .reduce((sum, list) => sum + list.length, 0);

const rows = (page: Page, scope = "main") => page.locator(scope).locator(".ant-table-tbody tr.ant-table-row");

/** How far the page runs past the screen's right edge, in CSS pixels. */
const overflow = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

describeInBrowserOnce(
  "a leader drills down from the dashboard to the lists, agencies, one-page summary and spreadsheet behind each figure",
  () => {
    let hub: RunningHub;
    let browser: Browser;
    let origin: string;
    let dashboard: any;
    const downloads = temporaryDataDirectory("drill");
    beforeAll(async () => {
      hub = await startHub();
      origin = new URL(hub.gateway.url).origin;
      browser = await launchBrowser();
      dashboard = (
        await queryData(
          hub.gateway.url,
          /* GraphQL */ `
            query ($p: String!, $y: Int!) {
              province(code: $p) {
                planSummary(year: $y) {
                  tasks
                  overdueTasks
                  tasksByStatus {
                    status
                    count
                  }
                  reportsLate
                  reportsMissing
                }
                tradeSummary(year: $y) {
                  tradeEvents
                }
                foreignAffairsSummary(year: $y) {
                  rebuttals
                }
              }
            }
          `,
          { p: "VN-30", y: 2019 },
          AS_COORDINATOR,
        )
      ).province;
    });
    afterAll(async () => {
      await browser?.close();
      await hub?.stop();
      downloads.cleanup();
    });

    it("opens from each dashboard figure the list behind it, as many as the figure says, by real links", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      const open = async (name: string, url: RegExp) => {
        await page.goto(`${origin}/provinces/VN-30/2019`);
        // named by what it shows: the figure's title, then the figure
        const [title, figure] = name.split(": ");
        const link = page.getByRole("link", { name: new RegExp(`^${title}\\s*${figure}$`) });
        // a real address: opens with the keyboard, or in a new tab
        expect(await link.getAttribute("href")).toMatch(url);
        await link.focus();
        await page.keyboard.press("Enter");
        await page.waitForURL(url);
      };
      const summary = dashboard.planSummary;

      await open(`Quá hạn: ${summary.overdueTasks}`, /\/plans\/VN-30\/2019\?overdue=1$/);
      await rows(page).first().waitFor();
      expect(await rows(page).count()).toBe(summary.overdueTasks);
      expect(await page.locator("main [data-days-overdue]").count()).toBe(summary.overdueTasks);

      const done = summary.tasksByStatus.find((s: { status: string }) => s.status === "DONE").count;
      await open(`Hoàn thành: ${done}`, /\/plans\/VN-30\/2019\?status=DONE$/);
      await rows(page).first().waitFor();
      expect(await rows(page).count()).toBe(done);

      await open(`Trễ hạn: ${summary.reportsLate}`, /\/compliance\/VN-30\/2019\?state=LATE$/);
      await rows(page).first().waitFor();
      expect(
        await page
          .locator("main .ant-table-tbody .ant-tag")
          .filter({ hasText: /: Trễ hạn/ })
          .count(),
      ).toBe(summary.reportsLate);

      await open(`Chưa nộp: ${summary.reportsMissing}`, /\/compliance\/VN-30\/2019\?state=MISSING$/);
      await rows(page).first().waitFor();
      expect(
        await page
          .locator("main .ant-table-tbody .ant-tag")
          .filter({ hasText: /: Chưa nộp/ })
          .count(),
      ).toBe(summary.reportsMissing);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await open(
        `Hoạt động xúc tiến thương mại: ${dashboard.tradeSummary.tradeEvents}`,
        /\/records\/TradeEvent\?province=VN-30&year=2019$/,
      );
      await rows(page).first().waitFor();
      expect(await rows(page).count()).toBe(dashboard.tradeSummary.tradeEvents);

      await open(
        `Tin bài đã phản bác: ${dashboard.foreignAffairsSummary.rebuttals}`,
        /\/records\/MediaMonitoringItem\?province=VN-30&year=2019&rebutted=1$/,
      );
      await rows(page).first().waitFor();
      expect(await rows(page).count()).toBe(dashboard.foreignAffairsSummary.rebuttals);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // an overdue task on the dashboard opens its own row in the plan, marked
      await page.goto(`${origin}/provinces/VN-30/2019`);
      const overdueList = page.locator(".ant-card").filter({ has: page.getByRole("heading", { name: /^Nhiệm vụ quá hạn/ }) });
      const first = overdueList.locator(".ant-list-item a").first();
      const outline = (await first.innerText()).split(".")[0];
      await first.click();
      await page.waitForURL(/\/plans\/VN-30\/2019#task-/);
      const marked = page.locator('tr[aria-current="true"]');
      await marked.waitFor();
      expect(await marked.locator("td").first().innerText()).toBe(outline);
      expect(await marked.isVisible()).toBe(true);
      await page.close();
    });

    it("opens an agency from compliance: its page shows the tasks it leads and coordinates, its reports and records as the API answers them", async () => {
      const expected = (
        await queryData(
          hub.gateway.url,
          `query { agency(id: "VN-30-STTTT") {
          name
          ledTasks(year: 2019) { id outline status tracking { daysOverdue } ${TASK_RECORDS} }
          coordinatedTasks(year: 2019) { id outline ${TASK_RECORDS} }
          reports(year: 2019) { period state }
          focalPoints { fullName }
          performance(year: 2019) { current { taskOnTimeShare } }
        } }`,
          {},
          AS_COORDINATOR,
        )
      ).agency;
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/compliance/VN-30/2019`);
      await page.getByRole("link", { name: expected.name, exact: true }).click();
      await page.waitForURL(`${origin}/provinces/VN-30/2019/agencies/STTTT`);
      await page.getByRole("heading", { name: `${expected.name} — năm 2019` }).waitFor();

      const led = rows(page, '[data-testid="agency-led"]');
      await led.first().waitFor();
      expect(await led.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent))).toEqual(
        expected.ledTasks.map((task: { outline: string }) => task.outline),
      );
      // each with its state and days overdue
      for (const [index, task] of expected.ledTasks.entries()) {
        expect(await led.nth(index).innerText()).toContain(STATUS[task.status]);
        if (task.tracking.daysOverdue > 0) expect(await led.nth(index).innerText()).toContain(`Quá hạn ${task.tracking.daysOverdue} ngày`);
      }
      const coordinated = rows(page, '[data-testid="agency-coordinated"]');
      expect(await coordinated.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent))).toEqual(
        expected.coordinatedTasks.map((task: { outline: string }) => task.outline),
      );
      const reports = rows(page, '[data-testid="agency-reports"]');
      expect(await reports.count()).toBe(expected.reports.length);
      for (const [index, report] of expected.reports.entries()) {
        const text = await reports.nth(index).innerText();
        expect(text).toContain(PERIOD[report.period]);
        expect(text).toContain(STATE[report.state]);
      }
      for (const focal of expected.focalPoints) await page.getByTestId("agency-focal-points").getByText(focal.fullName).first().waitFor();
      expect(await page.getByTestId("agency-rates").innerText()).toContain(
        `${Math.round(expected.performance.current.taskOnTimeShare * 100)}%`,
      );
      // the departments' records under its tasks, each task counted once, each record opening its page
      const tasks = new Map([...expected.ledTasks, ...expected.coordinatedTasks].map((task: { id: string }) => [task.id, task]));
      const total = [...tasks.values()].reduce((sum, task) => sum + recordsOf(task), 0);
      expect(total).toBeGreaterThan(0);
      await page.getByRole("heading", { name: `Hồ sơ của các sở, ngành dưới các nhiệm vụ của cơ quan (${total})` }).waitFor();
      expect(await page.getByTestId("agency-records").locator("li a").count()).toBe(total);
      expect(await page.getByTestId("agency-records").locator("li a").first().getAttribute("href")).toMatch(/^\/records\/\w+\/.+\/view$/);
      await screenshot(page, "agency-sttt-gia-lai-2019");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // a task opens its row in the plan
      const task = expected.ledTasks[0];
      await page.getByRole("link", { name: `Mở nhiệm vụ ${task.outline} trong kế hoạch` }).click();
      await page.waitForURL(new RegExp(`/plans/VN-30/2019#task-`));
      expect(await page.locator('tr[aria-current="true"] td').first().innerText()).toBe(task.outline);

      // a district committee's page, whose directory id is not its code
      await page.goto(`${origin}/provinces/VN-30/2019/agencies/${encodeURIComponent("UBND-H:Đức Cơ")}`);
      await page.getByRole("heading", { name: /Đức Cơ — năm 2019$/ }).waitFor();
      expect(await rows(page, '[data-testid="agency-coordinated"]').count()).toBeGreaterThan(0);
      await page.close();
    });

    it("shows a focal point's phone and e-mail on the agency page only where the API gives them to the reader", async () => {
      const api = (
        await queryData(
          hub.gateway.url,
          `{ agency(id: "VN-30-SNGV") { focalPoints { fullName phone email contactShown } } }`,
          {},
          AS_VIEWER,
        )
      ).agency.focalPoints;
      expect(api.length).toBeGreaterThan(0);
      expect(api.every((f: { contactShown: boolean; phone: string | null }) => !f.contactShown && f.phone === null)).toBe(true);
      const page = await browser.newPage();
      await signInAs(page, origin, VIEWER);
      await page.goto(`${origin}/provinces/VN-30/2019/agencies/SNGV`);
      const focal = page.getByTestId("agency-focal-points");
      for (const f of api) await focal.getByText(f.fullName, { exact: false }).first().waitFor();
      expect(await focal.getByText(/chỉ cơ quan phụ trách, cơ quan của đầu mối và quản trị viên tỉnh được xem/).count()).toBe(api.length);
      expect(await focal.innerText()).not.toMatch(/@|\+84|\b0\d{9}\b/);
      // the coordinator in charge sees them
      const shown = (
        await queryData(hub.gateway.url, `{ agency(id: "VN-30-SNGV") { focalPoints { phone email contactShown } } }`, {}, AS_COORDINATOR)
      ).agency.focalPoints;
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/provinces/VN-30/2019/agencies/SNGV`);
      for (const f of shown.filter((x: { contactShown: boolean; email: string | null }) => x.contactShown && x.email)) {
        await page.getByTestId("agency-focal-points").getByText(f.email, { exact: false }).first().waitFor();
      }
      await page.close();
    });

    it("sorts and filters compliance by every column, the filters kept in the address", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/compliance/VN-30/2019`);
      await rows(page).first().waitFor();
      const headers = page.locator("main .ant-table-thead th");
      for (const name of ["Mã", "Cơ quan", "Đầu mối thông tin đối ngoại", "Nhiệm vụ chủ trì", "Báo cáo", "Nhắc nhở", "2019", "2018"]) {
        const header = headers.filter({ hasText: new RegExp(`^${name}$`) });
        expect({ name, sortable: await header.locator(".ant-table-column-sorter").count() }).toEqual({
          name,
          sortable: await header.count(),
        });
        expect({ name, filterable: await header.locator(".ant-table-filter-trigger").count() }).toEqual({
          name,
          filterable: await header.count(),
        });
      }
      // agencies leading an overdue task
      await headers
        .filter({ hasText: /^Nhiệm vụ chủ trì$/ })
        .locator(".ant-table-filter-trigger")
        .click();
      await page
        .locator(".ant-dropdown:visible .ant-dropdown-menu-item")
        .filter({ hasText: /^Quá hạn$/ })
        .click();
      await page.locator(".ant-dropdown:visible").getByRole("button", { name: "Đồng ý" }).click();
      await page.waitForURL(/[?&]led=OVERDUE/);
      const leadingOverdue = (
        await queryData(
          hub.gateway.url,
          `{ agencies(provinceCode: "VN-30") { code ledTasks(year: 2019) { overdue } } }`,
          {},
          AS_COORDINATOR,
        )
      ).agencies.filter((a: { ledTasks: { overdue: boolean }[] }) => a.ledTasks.some((task) => task.overdue));
      // polled from here: the page's CSP forbids the eval a string predicate would need there
      await until(async () => (await page.locator("main .ant-table-tbody tr.ant-table-row").count()) === leadingOverdue.length);
      expect((await rows(page).locator("td:first-child").allInnerTexts()).sort()).toEqual(
        leadingOverdue.map((a: { code: string }) => a.code).sort(),
      );
      // the filtered list is an address: opened afresh, it is the same list
      await page.goto(page.url());
      await rows(page).first().waitFor();
      expect(await rows(page).count()).toBe(leadingOverdue.length);
      // one period's reports only, from the address, and sorted by code
      await page.goto(`${origin}/compliance/VN-30/2019?period=SEMI_ANNUAL&state=MISSING`);
      await page.getByTestId("compliance-period").waitFor();
      await rows(page).first().waitFor();
      expect(await page.locator("main .ant-table-tbody .ant-tag").filter({ hasText: /^Năm:/ }).count()).toBe(0);
      const missing = await page
        .locator("main .ant-table-tbody .ant-tag")
        .filter({ hasText: /^6 tháng: Chưa nộp/ })
        .count();
      expect(await rows(page).count()).toBe(missing);
      await headers.filter({ hasText: /^Mã$/ }).click();
      const codes = await rows(page).locator("td:first-child").allInnerTexts();
      expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.close();
    });

    it("exports the plan's tasks as .xlsx: Vietnamese header, frozen and filtered, numbers as numbers, dates as dates, the API's tasks", async () => {
      const plan = (
        await queryData(
          hub.gateway.url,
          `{ plans(provinceCode: "VN-30", year: 2019) { tasks { outline depth title status progressNote leads { name } coordinators { name }
          timeframe { label startsOn endsOn } tracking { daysOverdue } ${TASK_RECORDS} } } }`,
          {},
          AS_COORDINATOR,
        )
      ).plans[0];
      const page = await browser.newPage({ acceptDownloads: true });
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/plans/VN-30/2019`);
      await rows(page).first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Xuất Excel (.xlsx)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("ke-hoach-VN-30-2019.xlsx");
      const file = path.join(downloads.directory, download.suggestedFilename());
      await download.saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      const header = [
        "STT",
        "Cấp",
        "Nội dung",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Bắt đầu",
        "Kết thúc",
        "Tình trạng",
        "Theo dõi thời hạn",
        "Số ngày quá hạn",
        "Số hồ sơ của các sở",
        "Ghi chú tiến độ",
      ];
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBe("A1:M1");
      expect(sheet.rowCount).toBe(plan.tasks.length + 1);
      plan.tasks.forEach((task: any, index: number) => {
        const row = sheet.getRow(index + 2);
        const cell = (n: number) => row.getCell(n);
        expect([cell(1).value, cell(2).value, cell(3).value]).toEqual([task.outline, task.depth + 1, task.title]);
        expect(cell(4).value).toBe(task.leads.map((a: { name: string }) => a.name).join("; "));
        expect(cell(5).value).toBe(task.coordinators.map((a: { name: string }) => a.name).join("; "));
        expect(cell(9).value).toBe(STATUS[task.status]);
        // numbers are numbers
        expect([cell(2).type, cell(11).type, cell(12).type]).toEqual([
          ExcelJS.ValueType.Number,
          ExcelJS.ValueType.Number,
          ExcelJS.ValueType.Number,
        ]);
        expect(cell(11).value).toBe(task.tracking.daysOverdue);
        expect(cell(12).value).toBe(recordsOf(task));
        // dates are dates, shown dd/mm/yyyy
        if (task.timeframe?.endsOn) {
          expect(cell(8).type).toBe(ExcelJS.ValueType.Date);
          expect((cell(8).value as Date).toISOString().slice(0, 10)).toBe(task.timeframe.endsOn);
          expect((cell(7).value as Date).toISOString().slice(0, 10)).toBe(task.timeframe.startsOn);
          expect(cell(8).numFmt).toBe("dd/mm/yyyy");
        } else {
          expect(cell(8).value ?? null).toBeNull();
        }
      });

      // filtered, the export writes the tasks the filters ask for
      await page.goto(`${origin}/plans/VN-30/2019?status=DONE`);
      await rows(page).first().waitFor();
      const [filtered] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Xuất Excel (.xlsx)" }).click(),
      ]);
      expect(filtered.suggestedFilename()).toBe("ke-hoach-VN-30-2019-DONE.xlsx");
      const filteredFile = path.join(downloads.directory, filtered.suggestedFilename());
      await filtered.saveAs(filteredFile);
      const done = new ExcelJS.Workbook();
      await done.xlsx.readFile(filteredFile);
      const outlines = Array.from({ length: done.worksheets[0].rowCount - 1 }, (_, i) => done.worksheets[0].getRow(i + 2).getCell(1).value);
      expect(outlines).toEqual(plan.tasks.filter((task: any) => task.status === "DONE").map((task: any) => task.outline));
      await page.close();
    });

    it("prints the dashboard's one-page summary for the monthly meeting on exactly one A4 page", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/provinces/VN-30/2019`);
      await page.getByRole("link", { name: "Bản tóm tắt một trang A4 (họp giao ban)" }).click();
      await page.waitForURL(`${origin}/provinces/VN-30/2019/summary`);
      const sheet = page.getByTestId("a4-summary");
      await sheet.waitFor();
      await page.getByRole("heading", { name: "Tóm tắt công tác thông tin đối ngoại Gia Lai năm 2019" }).waitFor();
      const text = await sheet.innerText();
      expect(text).toMatch(/Số liệu đến ngày \d{2}\/\d{2}\/\d{4}/);
      // the overdue tasks, longest first, and who has not reported
      expect(await sheet.getByTestId("summary-overdue").locator("tbody tr").count()).toBe(Math.min(8, dashboard.planSummary.overdueTasks));
      await sheet.getByTestId("summary-MISSING-SEMI_ANNUAL").waitFor();
      await screenshot(page, "province-summary-gia-lai-2019");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.emulateMedia({ media: "print" });
      const pdf = await PDFDocument.load(await page.pdf({ format: "A4", printBackground: true }));
      expect(pdf.getPageCount()).toBe(1);
      fs.writeFileSync(path.join(SCREENSHOTS, "province-summary-print.pdf"), await pdf.save()); // to look at
      await page.close();
    });

    it("still prints a long plan's summary on one A4 page, zoomed to fit", async () => {
      const leads = [
        "Sở Thông tin và Truyền thông",
        "Sở Ngoại vụ",
        "Sở Công Thương",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Ban Tuyên giáo Tỉnh ủy",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "Công an tỉnh",
        "Sở Nội vụ",
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
        "Trung tâm Xúc tiến Thương mại và Đầu tư",
        "Ban Quản lý Khu kinh tế tỉnh",
        // districts, which the directory adds as the plan is loaded: a table of lead agencies too long for the page at its own size
        ...[
          "Chư Prông",
          "Chư Păh",
          "Đak Đoa",
          "Mang Yang",
          "Kbang",
          "Kông Chro",
          "Đak Pơ",
          "Ia Pa",
          "Krông Pa",
          "Phú Thiện",
          "Chư Sê",
          "Chư Pưh",
        ].map((district) => `Ủy ban nhân dân huyện ${district}`),
      ];
      const tasks = Array.from({ length: 48 }, (_, i) => [
        `${i + 1}. Tăng cường tuyên truyền, quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh tới bạn bè quốc tế, nội dung số ${i + 1} của kế hoạch, phối hợp với các địa phương biên giới`,
        `- Cơ quan chủ trì: ${leads[i % leads.length]}.`,
        `- Thời gian thực hiện: Quý ${["I", "II", "III", "IV"][i % 4]}/2020.`,
      ]).flat();
      const text = [
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        "",
        "KẾ HOẠCH",
        "Thông tin đối ngoại tỉnh Gia Lai năm 2020",
        "",
        "II. NHIỆM VỤ",
        ...tasks,
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan báo cáo định kỳ 6 tháng (trước ngày 20/6/2020), năm (trước ngày 20/11/2020) về Sở Thông tin và Truyền thông.",
      ].join("\n");
      await queryData(
        hub.gateway.url,
        `mutation ($text: String!) { importPlan(text: $text, addUnknown: true) { id } }`,
        { text },
        AS_COORDINATOR,
      );
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/provinces/VN-30/2020/summary`);
      const sheet = page.getByTestId("a4-summary");
      await sheet.getByTestId("summary-agencies").waitFor();
      expect(await sheet.getByTestId("summary-agencies").locator("tbody tr").count()).toBe(leads.length);
      // taller than the page at its own size, so zoomed to fit it
      const fit = Number(/--fit:\s*([\d.]+)/.exec((await sheet.getAttribute("style")) ?? "")?.[1]);
      expect(fit).toBeGreaterThan(0.5);
      expect(fit).toBeLessThan(1);
      await page.emulateMedia({ media: "print" });
      const pdf = await PDFDocument.load(await page.pdf({ format: "A4", printBackground: true }));
      expect(pdf.getPageCount()).toBe(1);
      fs.writeFileSync(path.join(SCREENSHOTS, "province-summary-long-plan-print.pdf"), await pdf.save());
      await page.close();
    });

    it("shows the agency page and the summary on a phone (390 × 844) without sideways scrolling", async () => {
      const page = await browser.newPage(PHONE);
      await signInAs(page, origin, COORDINATOR);
      for (const address of ["/provinces/VN-30/2019/agencies/STTTT", "/provinces/VN-30/2019/summary"]) {
        await page.goto(`${origin}${address}`);
        await page.locator("h1").first().waitFor();
        // on a phone the agency's tables are cards
        await page.locator('[data-testid="agency-led"] .responsive-table-cards .ant-card, [data-testid="a4-summary"]').first().waitFor();
        expect({ address, overflow: await overflow(page) }).toEqual({ address, overflow: 0 });
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      }
      await screenshot(page, "phone-summary");
      await page.close();
    });
  },
);
