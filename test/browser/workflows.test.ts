import mammoth from "mammoth";
import type { Browser, Locator, Page } from "playwright-core";
import {
  choose,
  describeInBrowser,
  fillReport,
  launchBrowser,
  screenshot,
  seriousAccessibilityViolations,
  signInAs,
  taskRow,
  typeDate,
  until,
} from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";
import { reportPdf } from "../support/report-file";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const BORDER_GUARD = "Biên tập viên BĐBP Gia Lai (Mật)";
const TRADE_EDITOR = "Biên tập viên Sở Công Thương Gia Lai";
const HOME_AFFAIRS = "Cán bộ Sở Nội vụ Gia Lai";
const VIEWER = "Lãnh đạo UBND tỉnh Gia Lai (xem)";
const tradeEditor = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const coordinator = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });

async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: (await mammoth.extractRawText({ path: file })).value };
}

describeInBrowser("the workflows in a real browser: progress, reports, department records, documents and the audit log", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  let secretIncidents: string[];
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
    const rows = await hub.subgraphs.borderSecurity.database.dataSource.query(
      `SELECT title FROM border_incident WHERE provinceCode = 'VN-30' AND classification = 'SECRET'`,
    );
    secretIncidents = rows.map((row: { title: string }) => row.title);
    expect(secretIncidents.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("lets a lead agency's editor update a task's progress, shown in the plan at once", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, BORDER_GUARD);
    await page.goto(`${origin}/plans/VN-30/2019`);
    // Task 7 is led by STTTT and BDBP: the border guard may report on it, and on no task BDBP does not lead.
    const row = taskRow(page, "7");
    await row.getByRole("button", { name: "Cập nhật tiến độ" }).click();
    expect(await page.getByRole("button", { name: "Cập nhật tiến độ" }).count()).toBe(1);
    const dialog = page.getByRole("dialog");
    await choose(page, dialog.getByRole("combobox", { name: "Tình trạng" }), "hoan", "Hoàn thành");
    await dialog.getByLabel("Ghi chú tiến độ").fill("Đã ký quy chế phối hợp và tổ chức 4 buổi tuyên truyền tại các xã biên giới.");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("Đã ký quy chế phối hợp và tổ chức 4 buổi tuyên truyền tại các xã biên giới.").waitFor();
    await row.getByText("Hoàn thành", { exact: true }).waitFor();
    const stored = await hub.subgraphs.plans.database.dataSource.query(`SELECT status FROM task WHERE id = 'VN-30-2019:7'`);
    expect(stored[0].status).toBe("DONE");
    await page.close();
  });

  it("records an agency's six-month report with its number, date and file, submitted after the deadline as LATE, computed from the dates", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, HOME_AFFAIRS);
    await page.goto(`${origin}/compliance/VN-30/2019`);
    const row = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Nội vụ" });
    await row.getByText("6 tháng: Chưa nộp").waitFor();
    // Only its own agency's controls: no other row offers a report.
    expect(await page.getByRole("button", { name: /^Nộp báo cáo/ }).count()).toBe(2);
    await row.getByRole("button", { name: /^Nộp báo cáo: 6 tháng/ }).click();
    const dialog = page.getByRole("dialog");
    // the deadline it is measured against, and no date assumed: nothing is saved without number, date and file
    await dialog.getByText(/^Hạn nộp: \d{2}\/\d{2}\/2019$/).waitFor();
    await dialog.getByLabel("Tóm tắt nội dung").fill("Sở Nội vụ báo cáo kết quả 6 tháng đầu năm 2019.");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.getByText("Đính kèm tệp báo cáo (PDF hoặc Word).").waitFor();
    expect(await dialog.locator(".ant-form-item-has-error").count()).toBe(3);
    await fillReport(page, dialog, { number: "25/BC-SNV", date: "20/06/2019", file: { name: "bao-cao-6-thang.pdf", buffer: reportPdf() } });
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("6 tháng: Trễ hạn (20/06/2019)").waitFor();
    await page.close();
  });

  it("lets an agency name its focal point, refusing a phone number that is not Vietnamese beside the field", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, HOME_AFFAIRS);
    await page.goto(`${origin}/compliance/VN-30/2019`);
    const missing = page.getByText(/^\d+ cơ quan chưa cử đầu mối$/);
    await missing.waitFor();
    const before = Number((await missing.innerText()).split(" ")[0]);
    const row = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Nội vụ" });
    await row.getByRole("button", { name: /^Cử đầu mối/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Họ và tên").fill("Trần Thị Mai");
    await dialog.getByLabel("Chức vụ").fill("Chuyên viên Văn phòng Sở");
    await dialog.getByLabel("Điện thoại").fill("12345");
    await dialog.getByLabel("Thư điện tử").fill("mai.tt@gialai");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    // the API's refusal, beside each field, in Vietnamese: no English on a Vietnamese screen
    const phone = dialog.locator(".ant-form-item").filter({ has: page.getByText("Điện thoại", { exact: true }) });
    await phone.locator(".ant-form-item-explain-error").getByText("Số điện thoại Việt Nam không hợp lệ", { exact: false }).waitFor();
    const email = dialog.locator(".ant-form-item").filter({ has: page.getByText("Thư điện tử", { exact: true }) });
    await email.locator(".ant-form-item-explain-error").getByText("Địa chỉ thư điện tử không hợp lệ", { exact: false }).waitFor();
    expect(await dialog.innerText()).not.toMatch(/must be|should be|Invalid input/);
    await dialog.getByLabel("Thư điện tử").fill("mai.tt@gialai.gov.vn");
    expect(await dialog.getByLabel("Họ và tên").inputValue()).toBe("Trần Thị Mai");
    await dialog.getByLabel("Điện thoại").fill("0269 3824 567");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("Cán bộ: Trần Thị Mai").waitFor();
    await page.getByText(`${before - 1} cơ quan chưa cử đầu mối`).waitFor();
    await page.close();
  });

  it("lets the trade editor record a trade event for a task, which then appears under that task in the plan", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, TRADE_EDITOR);
    await page.goto(`${origin}/records/TradeEvent/new`);
    await page.getByRole("heading", { name: "Thêm: Hoạt động xúc tiến thương mại" }).waitFor();
    await page.getByLabel("Tên", { exact: true }).fill("Hội chợ nông sản Gia Lai – Ratanakiri 2019");
    await choose(page, page.getByRole("combobox", { name: "Loại" }), "hoi cho", "Hội chợ");
    // The task picker searches the plan without tone marks.
    await choose(page, page.getByRole("combobox", { name: "Nhiệm vụ của kế hoạch" }), "quang ba du lich", /^2019 · 5\./);
    await typeDate(page, "Từ ngày", "12/09/2019");
    await choose(page, page.getByRole("combobox", { name: "Quốc gia" }), "campuchia", "Campuchia (KH)");
    await page.keyboard.press("Escape");
    await until(async () => (await page.locator(".ant-select-dropdown:visible").count()) === 0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await page.waitForURL(/\/records\/TradeEvent\/.+/);
    await screenshot(page, "trade-event-form");
    await page.goto(`${origin}/plans/VN-30/2019`);
    await taskRow(page, "5").getByText("Hội chợ nông sản Gia Lai – Ratanakiri 2019", { exact: false }).waitFor();
    await page.close();
  });

  it("shows a bad date's error beside its field and keeps everything else as typed", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, TRADE_EDITOR);
    await page.goto(`${origin}/records/TradeEvent/new`);
    await page.getByLabel("Tên", { exact: true }).fill("Tuần hàng Việt tại Attapeu");
    await choose(page, page.getByRole("combobox", { name: "Loại" }), "trien lam", "Triển lãm");
    await typeDate(page, "Từ ngày", "20/05/2019");
    await typeDate(page, "Đến ngày", "10/05/2019");
    await page.getByLabel("Địa điểm", { exact: true }).fill("Thành phố Attapeu, Lào");
    await page.getByRole("button", { name: "Lưu" }).click();
    const endsOn = page.locator(".ant-form-item").filter({ has: page.getByText("Đến ngày", { exact: true }) });
    await endsOn.locator(".ant-form-item-explain-error").waitFor();
    expect(await endsOn.locator(".ant-form-item-explain-error").innerText()).toBe("Không được trước ngày bắt đầu.");
    expect(await page.getByLabel("Tên", { exact: true }).inputValue()).toBe("Tuần hàng Việt tại Attapeu");
    expect(await page.getByLabel("Địa điểm", { exact: true }).inputValue()).toBe("Thành phố Attapeu, Lào");
    expect(await page.getByLabel("Từ ngày", { exact: true }).inputValue()).toBe("20/05/2019");
    const stored = await hub.subgraphs.trade.database.dataSource.query(
      `SELECT COUNT(*) AS n FROM trade_event WHERE name = 'Tuần hàng Việt tại Attapeu'`,
    );
    expect(Number(stored[0].n)).toBe(0);
    await page.close();
  });

  it("shows a stale edit's conflict with the current values, and applies the change again on request", async () => {
    const { tradeEvents } = await queryData(
      hub.gateway.url,
      `{ tradeEvents(provinceCode: "VN-30", limit: 1) { id version name venue } }`,
      {},
      { as: tradeEditor },
    );
    const event = tradeEvents[0];
    const page = await browser.newPage();
    await signInAs(page, origin, TRADE_EDITOR);
    await page.goto(`${origin}/records/TradeEvent/${encodeURIComponent(event.id)}`);
    const venue = page.getByLabel("Địa điểm", { exact: true });
    await until(async () => (await page.getByLabel("Tên", { exact: true }).inputValue()) === event.name);
    // Meanwhile, someone else changes the record.
    await queryData(
      hub.gateway.url,
      `mutation ($id: ID!, $version: Int!) { updateTradeEvent(id: $id, version: $version, input: { provinceCode: "VN-30", name: "${event.name}", kind: FAIR, organizer: "Sở Công Thương (sửa song song)" }) { version } }`,
      { id: event.id, version: event.version },
      { as: tradeEditor },
    );
    await venue.fill("Trung tâm Hội nghị tỉnh Gia Lai");
    await page.getByRole("button", { name: "Lưu" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Người khác vừa sửa hồ sơ này" });
    await conflict.waitFor();
    await conflict.getByText("Sở Công Thương (sửa song song)").waitFor();
    expect(await venue.inputValue()).toBe("Trung tâm Hội nghị tỉnh Gia Lai");
    await screenshot(page, "record-conflict");
    await conflict.getByRole("button", { name: "Áp dụng lại thay đổi của tôi" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    const stored = await hub.subgraphs.trade.database.dataSource.query(`SELECT venue, version FROM trade_event WHERE id = ?`, [event.id]);
    expect(stored[0]).toMatchObject({ venue: "Trung tâm Hội nghị tỉnh Gia Lai", version: event.version + 2 });
    // Only the official's own change was applied again: the other writer's changes stand.
    const [kept] = await hub.subgraphs.trade.database.dataSource.query(`SELECT organizer, kind FROM trade_event WHERE id = ?`, [event.id]);
    expect(kept).toEqual({ organizer: "Sở Công Thương (sửa song song)", kind: "FAIR" });
    await page.close();
  });

  it("shows a viewer no edit controls, and refuses and audits a write forged from the page", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, VIEWER);
    await page.goto(`${origin}/plans/VN-30/2019`);
    await taskRow(page, "1").waitFor();
    expect(await page.getByRole("button", { name: /Cập nhật tiến độ|Sửa nhiệm vụ/ }).count()).toBe(0);
    await page.goto(`${origin}/records/TradeEvent`);
    await page.getByRole("heading", { name: "Hoạt động xúc tiến thương mại" }).waitFor();
    expect(await page.getByRole("button", { name: "Thêm mới" }).count()).toBe(0);
    await page.goto(`${origin}/compliance/VN-30/2019`);
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByRole("button", { name: /Nộp báo cáo|Cử đầu mối|Ghi nhận/ }).count()).toBe(0);
    // The same request the page would send, with the viewer's own token.
    const answer = (await page.evaluate(`(async () => {
      const { token } = JSON.parse(sessionStorage.getItem("hub.session"));
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer " + token },
        body: JSON.stringify({ query: 'mutation { updateTaskProgress(id: "VN-30-2019:10", version: 1, input: { status: DONE }) { id } }' }),
      });
      return response.json();
    })()`)) as { errors?: { extensions?: { code?: string } }[] };
    expect(answer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [entry] = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT userId, operation, outcome FROM audit_entry ORDER BY sequence DESC LIMIT 1`,
    );
    expect(entry).toEqual({ userId: "demo.gia-lai-viewer", operation: "updateTaskProgress", outcome: "REFUSED" });
    const stored = await hub.subgraphs.plans.database.dataSource.query(`SELECT status FROM task WHERE id = 'VN-30-2019:10'`);
    expect(stored[0].status).toBe("NOT_STARTED");
    await page.close();
  });

  it("generates the six-month report and the reminder letters, without SECRET records for an uncleared coordinator", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/compliance/VN-30/2019`);
    const report = await downloadText(page, page.getByRole("button", { name: "Báo cáo 6 tháng (.docx)" }));
    expect(report.name).toBe("bao-cao-thong-tin-doi-ngoai-VN-30-2019-6-thang.docx");
    const plan = (
      await queryData(hub.gateway.url, `{ plans(provinceCode: "VN-30", year: 2019) { title tasks { title } } }`, {}, { as: coordinator })
    ).plans[0];
    for (const heading of [
      "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Nơi nhận:",
      "GIÁM ĐỐC",
    ])
      expect(report.text).toContain(heading);
    expect(report.text).toContain("Kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2019");
    for (const task of plan.tasks) expect(report.text).toContain(task.title);
    const { agencies } = await queryData(
      hub.gateway.url,
      `{ agencies(provinceCode: "VN-30") { name reports(year: 2019) { period state } } }`,
      {},
      { as: coordinator },
    );
    const missing = agencies.filter((a: any) => a.reports.some((r: any) => r.period === "SEMI_ANNUAL" && r.state === "MISSING"));
    const late = agencies.filter((a: any) => a.reports.some((r: any) => r.period === "SEMI_ANNUAL" && r.state === "LATE"));
    expect(report.text).toContain(`Chưa báo cáo: ${missing.map((a: any) => a.name).join("; ")}.`);
    for (const agency of late) expect(report.text).toContain(agency.name);
    for (const title of secretIncidents) expect(report.text).not.toContain(title);
    expect(report.text).not.toMatch(/^MẬT$/m);

    const letters = await downloadText(page, page.getByRole("button", { name: "Công văn đôn đốc (.docx) — 6 tháng" }));
    expect(letters.text.match(/Kính gửi: /g)).toHaveLength(missing.length);
    for (const agency of missing) expect(letters.text).toContain(`Kính gửi: ${agency.name}.`);
    expect(letters.text).toContain("V/v đôn đốc gửi báo cáo kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2019");
    await page.close();
  });

  it("does not hand the border guard a report printing SECRET incidents: only the department in charge registers one", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, BORDER_GUARD);
    await page.goto(`${origin}/compliance/VN-30/2019`);
    await page.getByRole("button", { name: "Báo cáo năm (.docx)" }).click();
    await page
      .getByRole("status")
      .getByText(/phải vào sổ đăng ký văn bản mật đi/)
      .waitFor();
    await page.close();
  });

  it("shows coordinators the audit log, filtered, and every department's chain intact", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.getByRole("link", { name: "Nhật ký" }).click();
    await page.getByRole("heading", { name: "Nhật ký ghi dữ liệu" }).waitFor();
    const chains = page.getByRole("region", { name: "Chuỗi nhật ký" });
    await chains
      .getByText(/^Nguyên vẹn/)
      .first()
      .waitFor();
    expect(await chains.getByText(/^Nguyên vẹn \(\d+ mục\)$/).count()).toBe(5);
    await page.getByLabel("Thao tác").fill("updateTaskProgress");
    await page.getByRole("button", { name: "Lọc" }).click();
    await page.waitForURL(/operation=updateTaskProgress/);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    // The unfiltered rows stay on screen until the filtered answer replaces them: wait for it, not for any row.
    await until(async () => {
      const operations = await page.locator(".ant-table-tbody tr.ant-table-row td:nth-child(4)").allTextContents();
      return operations.length > 0 && operations.every((operation) => operation === "updateTaskProgress");
    });
    await rows.first().waitFor();
    const operations = await rows.locator("td:nth-child(4)").allInnerTexts();
    expect(operations.length).toBeGreaterThanOrEqual(2); // the border guard's update and the viewer's refused one
    expect(new Set(operations)).toEqual(new Set(["updateTaskProgress"]));
    await rows.filter({ hasText: "REFUSED" }).filter({ hasText: "demo.gia-lai-viewer" }).waitFor();
    await screenshot(page, "audit-log");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
