import type { Browser, Page } from "playwright-core";
import { signDevelopmentToken } from "../../shared/auth/user-tokens";
import {
  describeInBrowserOnce,
  choose,
  fillReport,
  launchBrowser,
  seriousAccessibilityViolations,
  signInAs,
  typeDate,
  until,
} from "../support/browser";
import { official } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";
import { reportPdf } from "../support/report-file";

const TRADE_EDITOR = "Biên tập viên Sở Công Thương Gia Lai";
const HOME_AFFAIRS = "Cán bộ Sở Nội vụ Gia Lai";
const NEW_TRADE_EVENT = "/records/TradeEvent/new";

/** The session rules the gateway gives the app, as an operator sets them (read on every request, so each test sets its own). */
function rules({ tokenSeconds, idleSeconds, warningSeconds }: { tokenSeconds: number; idleSeconds: number; warningSeconds: number }) {
  process.env.HUB_DEVELOPMENT_TOKEN_MINUTES = String(tokenSeconds / 60);
  process.env.HUB_IDLE_TIMEOUT_MINUTES = String(idleSeconds / 60);
  process.env.HUB_SESSION_WARNING_MINUTES = String(warningSeconds / 60);
}

// Read in the page, where `sessionStorage` is the browser's (this project's Node types do not describe it).
const stored = (page: Page, key: string) => page.evaluate<string | null>(`sessionStorage.getItem(${JSON.stringify(key)})`);
const draftKeys = (page: Page) => page.evaluate<string[]>(`Object.keys(sessionStorage).filter((key) => key.startsWith("hub.draft:"))`);

/** Types a trade event's name, kind, venue, start date and description into the new-record form. */
async function fillTradeEvent(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}${NEW_TRADE_EVENT}`);
  await page.getByLabel("Tên", { exact: true }).fill("Hội chợ thương mại biên giới Lệ Thanh 2026");
  await choose(page, page.getByRole("combobox", { name: "Loại" }), "hoi cho", "Hội chợ");
  await page.getByLabel("Địa điểm", { exact: true }).fill("Cửa khẩu quốc tế Lệ Thanh, xã Ia Dom");
  await typeDate(page, "Từ ngày", "12/05/2026");
  await page.getByLabel("Mô tả", { exact: true }).fill("Gian hàng của 40 doanh nghiệp Việt Nam và Campuchia.");
}

async function expectTradeEvent(page: Page): Promise<void> {
  expect(await page.getByLabel("Tên", { exact: true }).inputValue()).toBe("Hội chợ thương mại biên giới Lệ Thanh 2026");
  expect(await page.getByLabel("Địa điểm", { exact: true }).inputValue()).toBe("Cửa khẩu quốc tế Lệ Thanh, xã Ia Dom");
  expect(await page.getByLabel("Từ ngày", { exact: true }).inputValue()).toBe("12/05/2026");
  expect(await page.getByLabel("Mô tả", { exact: true }).inputValue()).toBe("Gian hàng của 40 doanh nghiệp Việt Nam và Campuchia.");
  const kind = page.locator(".ant-form-item").filter({ has: page.getByRole("combobox", { name: "Loại" }) });
  expect(await kind.locator(".ant-select-selection-item").textContent()).toBe("Hội chợ");
}

describeInBrowserOnce("typed work survives the end of a session", () => {
  const saved = { ...process.env };
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
    process.env = saved;
  });

  it("brings the official back to the record form and the report dialog, with what they typed, after the session expired", async () => {
    rules({ tokenSeconds: 30, idleSeconds: 600, warningSeconds: 0 });
    const form = await browser.newPage();
    const dialogPage = await browser.newPage();
    await signInAs(dialogPage, origin, HOME_AFFAIRS);
    await dialogPage.goto(`${origin}/compliance/VN-30/2019`);
    const row = dialogPage.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Nội vụ" });
    await row.getByRole("button", { name: /^Nộp báo cáo: 6 tháng/ }).click();
    let dialog = dialogPage.getByRole("dialog");
    await fillReport(dialogPage, dialog, { number: "25/BC-SNV", date: "20/06/2019", file: { name: "bao-cao.pdf", buffer: reportPdf() } });
    await dialog.getByLabel("Tóm tắt nội dung").fill("Sở Nội vụ báo cáo kết quả 6 tháng đầu năm 2019.");
    await signInAs(form, origin, TRADE_EDITOR);
    await fillTradeEvent(form, origin);

    // The tokens end while the form and the dialog are open: each tab is taken to sign in again, told why.
    rules({ tokenSeconds: 8 * 3600, idleSeconds: 600, warningSeconds: 0 });
    for (const page of [form, dialogPage]) {
      await page.waitForURL(`${origin}/sign-in`, { timeout: 45_000 });
      await page.getByText("Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.").waitFor();
    }
    expect(await stored(form, "hub.session")).toBeNull();

    // Signed in again, each is back where they were, with what they typed.
    await form.getByRole("button", { name: `Đăng nhập: ${TRADE_EDITOR}` }).click();
    await form.waitForURL(`${origin}${NEW_TRADE_EVENT}`);
    await form.getByText("Đã khôi phục bản nháp chưa lưu.").waitFor();
    await expectTradeEvent(form);
    expect(await seriousAccessibilityViolations(form)).toEqual([]);

    await dialogPage.getByRole("button", { name: `Đăng nhập: ${HOME_AFFAIRS}` }).click();
    await dialogPage.waitForURL(`${origin}/compliance/VN-30/2019`);
    // The dialog left open opens again by itself; the file must be chosen again, and the notice says so.
    dialog = dialogPage.getByRole("dialog");
    await dialog.getByText("Đã khôi phục bản nháp chưa lưu.").waitFor();
    await dialog.getByText("Tệp đã chọn không giữ được trong bản nháp: hãy chọn lại tệp.").waitFor();
    expect(await dialog.getByLabel("Số văn bản").inputValue()).toBe("25/BC-SNV");
    expect(await dialog.getByLabel("Ngày văn bản").inputValue()).toBe("20/06/2019");
    expect(await dialog.getByLabel("Tóm tắt nội dung").inputValue()).toBe("Sở Nội vụ báo cáo kết quả 6 tháng đầu năm 2019.");
    // Nothing but the form's values is kept: no token, no file.
    const [key] = await draftKeys(dialogPage);
    const draft = (await stored(dialogPage, key))!;
    expect(draft).not.toMatch(/eyJ|bao-cao\.pdf/);

    // Cancelling drops the dialog's draft; saving drops the form's.
    await dialog.getByRole("button", { name: "Hủy" }).click();
    expect(await draftKeys(dialogPage)).toEqual([]);
    await form.getByRole("button", { name: "Lưu" }).click();
    await form.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    expect(await draftKeys(form)).toEqual([]);
    await form.close();
    await dialogPage.close();
  }, 120_000);

  it("warns before the session ends and renews it in place: the same form stays, with what was typed, and saves with the new token", async () => {
    rules({ tokenSeconds: 45, idleSeconds: 600, warningSeconds: 39 });
    const page = await browser.newPage();
    await signInAs(page, origin, TRADE_EDITOR);
    await fillTradeEvent(page, origin);
    const before = JSON.parse((await stored(page, "hub.session"))!) as { token: string };
    // Marks the field's element: the form must be the same one after the renewal, never remounted.
    await page.getByLabel("Tên", { exact: true }).evaluate((input) => input.setAttribute("data-before-renewal", "yes"));

    const warning = page.getByRole("alert").filter({ hasText: /^Phiên làm việc sẽ hết hạn lúc \d{2}:\d{2}\./ });
    await warning.waitFor({ timeout: 20_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    rules({ tokenSeconds: 8 * 3600, idleSeconds: 600, warningSeconds: 39 });
    await warning.getByRole("button", { name: "Gia hạn phiên" }).click();
    const renewal = page.getByRole("dialog", { name: "Đăng nhập lại để gia hạn phiên" });
    await renewal.getByRole("button", { name: `Đăng nhập: ${TRADE_EDITOR}` }).click();
    await renewal.waitFor({ state: "hidden" });
    await warning.waitFor({ state: "hidden" });

    expect(new URL(page.url()).pathname).toBe(NEW_TRADE_EVENT);
    expect(await page.getByLabel("Tên", { exact: true }).getAttribute("data-before-renewal")).toBe("yes");
    expect(await page.getByText("Đã khôi phục bản nháp chưa lưu.").count()).toBe(0);
    await expectTradeEvent(page);
    const after = JSON.parse((await stored(page, "hub.session"))!) as { token: string };
    expect(after.token).not.toBe(before.token);
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await page.close();
  }, 90_000);

  it("locks the page after the idle time, ends the token at the gateway too, and signing in again brings the page back with its draft", async () => {
    rules({ tokenSeconds: 8 * 3600, idleSeconds: 12, warningSeconds: 0 });
    // A token used once and then left alone: the gateway refuses it once it has sat idle too long, whatever the app does.
    const idleToken = await signDevelopmentToken(official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" }));
    const identity = (token: string) => fetch(`${origin}/auth/identity`, { headers: { authorization: `Bearer ${token}` } });
    expect((await identity(idleToken)).status).toBe(200);
    const leftAlone = Date.now();

    const page = await browser.newPage();
    await signInAs(page, origin, TRADE_EDITOR);
    await fillTradeEvent(page, origin);
    const { token } = JSON.parse((await stored(page, "hub.session"))!) as { token: string };

    await page.getByRole("heading", { name: "Phiên làm việc đã khóa" }).waitFor({ timeout: 30_000 });
    await page.getByText(`Phiên làm việc của ${TRADE_EDITOR} đã được khóa vì lâu không thao tác.`, { exact: false }).waitFor();
    // The page's data is gone from the screen, and the token from the tab; the draft stays.
    expect(await page.getByLabel("Tên", { exact: true }).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(NEW_TRADE_EVENT);
    expect(await stored(page, "hub.session")).toBeNull();
    expect(await draftKeys(page)).toHaveLength(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The lock ended the page's token at the gateway; the one left alone has gone idle there on its own.
    await until(async () => (await identity(token)).status === 401);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, leftAlone + 16_000 - Date.now())));
    expect((await identity(idleToken)).status).toBe(401);

    await page.getByRole("button", { name: `Đăng nhập: ${TRADE_EDITOR}` }).click();
    await page.getByText("Đã khôi phục bản nháp chưa lưu.").waitFor();
    expect(new URL(page.url()).pathname).toBe(NEW_TRADE_EVENT);
    await expectTradeEvent(page);
    // Discarding the draft gives the form back as it started.
    await page.getByRole("button", { name: "Bỏ bản nháp" }).click();
    expect(await page.getByLabel("Tên", { exact: true }).inputValue()).toBe("");
    expect(await draftKeys(page)).toEqual([]);
    await page.close();
  }, 90_000);
});
