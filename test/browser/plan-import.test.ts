import type { Browser } from "playwright-core";
import { scanPlan } from "../../bench/scanned-plans";
import { AuditEntry } from "../../shared/records/audit";
import {
  choose,
  describeInBrowserOnce,
  launchBrowser,
  screenshot,
  seriousAccessibilityViolations,
  signInAs,
  taskRow,
} from "../support/browser";
import { QUANG_NINH_2020 } from "../support/composed-plans";
import { startHub, type RunningHub } from "../support/hub";
import { GIA_LAI_2019, GIA_LAI_2019_MISWRITTEN, GIA_LAI_2019_REVISED, GIA_LAI_2019_WITHOUT_ANNUAL } from "../support/plan-versions";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";

// the import's loading on MySQL is proven by test/plan-import.test.ts through the API: the page, once, in the first pass
describeInBrowserOnce("loading a plan through the page: the preview of what changes, then the stored result", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const taskCount = async () =>
    Number((await hub.subgraphs.plans.database.dataSource.query(`SELECT COUNT(*) AS n FROM task WHERE planId = 'VN-30-2019'`))[0].n);

  it("shows a refused import's reason and stores nothing", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.getByRole("link", { name: "Nạp kế hoạch" }).click();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "gia-lai-2019.txt", mimeType: "text/plain", buffer: Buffer.from(GIA_LAI_2019_WITHOUT_ANNUAL) });
    await page.getByRole("alert").filter({ hasText: "hạn báo cáo mà các cơ quan đã nộp" }).waitFor();
    await page.getByText("Thời hạn bỏ:").waitFor();
    expect(await page.getByRole("button", { name: "Nạp kế hoạch" }).isDisabled()).toBe(true);
    expect(await taskCount()).toBe(10);
    await page.close();
  });

  it("marks a deadline the document wrote as no real date as unknown, and loads it with the date the coordinator sets in the preview", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/import`);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "gia-lai-2019.txt", mimeType: "text/plain", buffer: Buffer.from(GIA_LAI_2019) });
    const deadlines = page.getByRole("region", { name: "Thời hạn báo cáo" });
    const annual = deadlines.locator(".ant-list-item").filter({ hasText: "31/11/2019" });
    await annual.getByText("Chưa xác định được hạn — cần sửa").waitFor();
    const picker = annual.getByLabel("Đặt ngày cho hạn báo cáo Năm");
    await picker.click();
    await picker.fill("30/11/2019");
    await picker.press("Enter");
    // the preview is asked again with the date: it shows the date, and the text as the document wrote it
    await page.getByRole("button", { name: "Xem lại" }).click();
    await deadlines.getByText(/Năm: 30\/11\/2019 \(văn bản ghi “trước ngày 31\/11\/2019”\)/).waitFor();
    await page.getByRole("button", { name: "Nạp kế hoạch" }).click();
    await page.waitForURL(`${origin}/plans/VN-30/2019`);
    const [stored] = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT dueOn, rawText FROM reporting_deadline WHERE planId = 'VN-30-2019' AND period = 'ANNUAL'`,
    );
    expect(String(stored.dueOn instanceof Date ? stored.dueOn.toISOString() : stored.dueOn).slice(0, 10)).toBe("2019-11-30");
    expect(stored.rawText).toContain("31/11/2019");
    await page.close();
  });

  it("reads any format the importer reads, and says what to do with a legacy .doc", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/import`);
    const legacy = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(256)]);
    await page.locator('input[type="file"]').setInputFiles({ name: "ke-hoach.doc", mimeType: "application/msword", buffer: legacy });
    await page.getByRole("alert").filter({ hasText: "lưu thành .docx" }).waitFor();
    // a file over the importer's 5 MB is refused before it is sent
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "ban-quet.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 0x25) });
    await page.getByRole("alert").filter({ hasText: "Tệp quá lớn: tối đa 5 MB." }).waitFor();
    expect(await taskCount()).toBe(10);
    await page.close();
  });

  it("previews the changed Gia Lai 2019 plan — retitled, added, moved, kept, unknown — then stores it with the missing agency", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/import`);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "gia-lai-2019-sua-doi.txt", mimeType: "text/plain", buffer: Buffer.from(GIA_LAI_2019_REVISED) });
    const changes = page.getByRole("region", { name: "Thay đổi so với kế hoạch đã lưu" });
    await changes.getByText("Nhiệm vụ thêm:").waitFor();
    await changes.getByText(/11\. Tổ chức hội nghị tổng kết công tác thông tin đối ngoại năm 2019/).waitFor();
    await changes.getByText(/Phân công, bố trí cán bộ chuyên trách .* \(trước đây: Phân công, bố trí cán bộ phụ trách/).waitFor();
    await changes.getByText("6 tháng: 15/06/2019 (trước đây: 05/06/2019)").waitFor();
    await page.getByText("SXD — Sở Xây dựng").waitFor();
    // The task table marks the unknown agency where the plan names it, and the statuses the tasks keep.
    const tasks = page.getByRole("region", { name: "Nhiệm vụ (11)" });
    await tasks.getByText("Sở Xây dựng — chưa có trong danh mục").waitFor();
    expect(await tasks.getByText("Hoàn thành").count()).toBeGreaterThan(0);
    expect(await taskCount()).toBe(10);
    await screenshot(page, "plan-import-preview");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The narrow time column breaks a task's dates between two days, never inside one ("01/01/20" above "19").
    const days = tasks.locator("[data-day]");
    expect(await days.count()).toBeGreaterThan(10);
    expect(await days.evaluateAll((all) => all.filter((day) => day.getClientRects().length > 1).map((day) => day.textContent))).toEqual([]);
    // Importing without the agency would be refused: only "add and import" goes ahead.
    expect(await page.getByRole("button", { name: "Nạp kế hoạch" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Thêm các cơ quan còn thiếu và nạp" }).click();
    await page.waitForURL(`${origin}/plans/VN-30/2019`);
    // The plan view itself, not the preview it replaces: its figure counts the stored tasks.
    await page.getByText(/^\d+\/11 nhiệm vụ hoàn thành/).waitFor();
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.nth(10).waitFor();
    expect(await rows.count()).toBe(11);
    const second = rows.nth(1);
    expect(await second.innerText()).toContain("Phân công, bố trí cán bộ chuyên trách công tác thông tin đối ngoại");
    expect(await second.innerText()).toContain("Hoàn thành");
    await page
      .getByRole("listitem")
      .filter({ hasText: /^6 tháng: 15\/06\/2019/ })
      .waitFor();
    expect(await taskCount()).toBe(11);
    await page.close();
  });

  it("corrects a day that does not exist and an unknown agency in the preview, previews again without their warnings, and loads the corrected plan", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/import`);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "gia-lai-2019-viet-sai.txt", mimeType: "text/plain", buffer: Buffer.from(GIA_LAI_2019_MISWRITTEN) });
    const warnings = page.locator('[data-code="TIMEFRAME_DATE_NOT_REAL"]');
    await warnings.getByText(/Nhiệm vụ 5: thời gian “Trước ngày 31\/6\/2019”/).waitFor();
    await page.getByText("SDLVH — Sở Du lịch và Văn hóa").waitFor();
    // loading as read is refused for the unknown agency, and adding it would add a department that exists under another name
    expect(await page.getByRole("button", { name: "Nạp kế hoạch" }).isDisabled()).toBe(true);

    const day = page.getByLabel("Ngày đúng thay cho “31/6/2019”");
    await day.click();
    await day.fill("30/06/2019");
    await day.press("Enter");
    await choose(
      page,
      page.getByRole("combobox", { name: "Cơ quan trong danh mục ứng với “Sở Du lịch và Văn hóa”" }),
      "SVHTTDL",
      /^SVHTTDL — /,
    );
    const annual = page.getByLabel("Đặt ngày cho hạn báo cáo Năm");
    await annual.click();
    await annual.fill("30/11/2019");
    await annual.press("Enter");
    // nothing is loaded from a preview the corrections have not been read into
    await page.getByText("Có chỉnh sửa chưa xem lại").waitFor();
    expect(await page.getByRole("button", { name: "Nạp kế hoạch" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Xem lại" }).click();

    const corrections = page.getByRole("region", { name: "Chỉnh sửa trước khi nạp" });
    await corrections.getByText("Nhiệm vụ 5 — thời gian: “Trước ngày 31/6/2019” → “Trước ngày 30/6/2019”").waitFor();
    await corrections.getByText("Cơ quan “Sở Du lịch và Văn hóa”: mã SDLVH → SVHTTDL").waitFor();
    await corrections.getByText("Hạn báo cáo năm: “31/11/2019” → 30/11/2019").waitFor();
    // every warning was about what was corrected: none is left, nor the unknown agency
    expect(await page.getByText("Cảnh báo khi đọc văn bản").count()).toBe(0);
    expect(await page.getByText("Cơ quan chưa có trong danh mục").count()).toBe(0);
    const tasks = page.getByRole("region", { name: /^Nhiệm vụ \(/ });
    const fifth = tasks.locator("tr").filter({ has: page.locator("td").first().getByText("5", { exact: true }) });
    expect(await fifth.innerText()).toContain("Trước ngày 30/6/2019");
    expect(await fifth.innerText()).toContain("đến 30/06/2019");
    expect(await fifth.innerText()).toContain("SVHTTDL");
    await screenshot(page, "plan-import-corrected");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Nạp kế hoạch" }).click();
    await page.waitForURL(`${origin}/plans/VN-30/2019`);
    const row = taskRow(page, "5");
    await row.waitFor();
    expect(await row.innerText()).toContain("Trước ngày 30/6/2019");
    expect(await row.innerText()).toContain("SVHTTDL");
    const [task] = await hub.subgraphs.plans.database.dataSource.query(`SELECT timeframeLabel, endsOn FROM task WHERE id = 'VN-30-2019:5'`);
    expect(task.timeframeLabel).toBe("Trước ngày 30/6/2019");
    expect(String(task.endsOn instanceof Date ? task.endsOn.toISOString() : task.endsOn).slice(0, 10)).toBe("2019-06-30");
    const entry = await hub.subgraphs.plans.database.dataSource
      .getRepository(AuditEntry)
      .findOneOrFail({ where: { operation: "importPlan", outcome: "ALLOWED" }, order: { sequence: "DESC" } });
    expect(JSON.parse(entry.after!).importCorrections).toEqual(
      expect.arrayContaining([
        { kind: "TASK_TIMEFRAME", target: "5", from: "Trước ngày 31/6/2019", to: "Trước ngày 30/6/2019" },
        { kind: "AGENCY", target: "Sở Du lịch và Văn hóa", from: "SDLVH", to: "SVHTTDL" },
        { kind: "DEADLINE_DATE", target: "ANNUAL", from: "31/11/2019", to: "2019-11-30" },
      ]),
    );
    await page.close();
  });

  it("loads a scanned plan: the preview says it was read by OCR, with its confidence and the lines to check, then stores it", async () => {
    // A Gia Lai plan of 2020, printed, rasterised, askew and dusty, wrapped in a PDF of pictures: no text layer at all.
    const plan = QUANG_NINH_2020.replace(/Quảng Ninh/g, "Gia Lai").replace(/QUẢNG NINH/g, "GIA LAI");
    const scan = await scanPlan(browser, plan);
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/import`);
    await page.locator('input[type="file"]').setInputFiles({ name: "ke-hoach-quet.pdf", mimeType: "application/pdf", buffer: scan.pdf });
    // while OCR reads, the page says it is reading, for how long, and why a scan takes longer
    await page
      .getByRole("status")
      .filter({ hasText: /Đang đọc văn bản… \d+ giây/ })
      .filter({ hasText: "nhận dạng chữ (OCR) từng trang" })
      .waitFor();
    const reading = page.getByRole("region", { name: /^Văn bản nhận dạng từ bản quét \(OCR\): độ tin cậy \d{2}(,\d)? %$/ });
    await reading.waitFor({ timeout: 180_000 });
    await reading.getByText(/Đã nhận dạng 2 trang, \d+ dòng\. \d+ dòng nhận dạng chưa chắc chắn/).waitFor();
    // each doubted line says where it is and how sure OCR is, in words, beside its text with the doubted words marked
    const doubted = reading.getByRole("region", { name: /^Dòng nhận dạng chưa chắc chắn \(\d+\)$/ });
    const first = doubted.locator(".ant-list-item").first();
    expect(await first.innerText()).toMatch(/Trang [12], dòng \d+ — độ tin cậy \d+(,\d)? %/);
    await page.getByText("12/KH-UBND").waitFor();
    await page.getByRole("region", { name: "Nhiệm vụ (2)" }).waitFor();
    await screenshot(page, "plan-import-scanned-preview");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const adding = page.getByRole("button", { name: "Thêm các cơ quan còn thiếu và nạp" });
    await ((await adding.isVisible()) ? adding : page.getByRole("button", { name: "Nạp kế hoạch" })).click();
    await page.waitForURL(`${origin}/plans/VN-30/2020`, { timeout: 120_000 });
    const [stored] = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT documentNumber FROM plan WHERE provinceCode = 'VN-30' AND year = 2020`,
    );
    expect(stored.documentNumber).toBe("12/KH-UBND");
    const tasks = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT outline FROM task WHERE planId LIKE 'VN-30-2020%' ORDER BY position`,
    );
    expect(tasks.map((t: { outline: string }) => t.outline)).toEqual(["1", "2"]);
    await page.close();
  }, 400_000);
});
