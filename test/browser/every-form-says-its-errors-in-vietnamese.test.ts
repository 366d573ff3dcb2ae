import type { Browser, Locator, Page } from "playwright-core";
import { RECORD_OPERATION_NAMES } from "../../shared/service/record-operation-names";
import { animationsDone, describeInBrowser, launchBrowser, signInAs } from "../support/browser";
import { startHub, type RunningHub } from "../support/hub";
import { GIA_LAI_2019 } from "../support/plan-versions";

const ADMIN = "Quản trị hệ thống";
const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const RECORD_TYPES = RECORD_OPERATION_NAMES.flatMap((name) => /^Create(\w+)Record$/.exec(name)?.[1] ?? []);

/** Words of English sentences that no Vietnamese message holds. */
const ENGLISH =
  /\b(the|must|should|is|are|not|be|cannot|invalid|required|please|field|value|longer|shorter|than|enter|select|document|agency|deadline|kept|left|null)\b/i;

/** Every message a form or page shows about what went wrong. */
async function errorTexts(page: Page): Promise<string[]> {
  return page.locator(".ant-form-item-explain-error, .ant-alert-message, .ant-alert-description, [role=alert]").allInnerTexts();
}

async function expectVietnamese(page: Page, minimum = 1): Promise<string[]> {
  const texts = (await errorTexts(page)).filter((text) => text.trim());
  expect(texts.length).toBeGreaterThanOrEqual(minimum);
  expect(texts.filter((text) => ENGLISH.test(text))).toEqual([]);
  return texts;
}

describeInBrowser(
  "every form says what is wrong in Vietnamese, never in the server's English",
  () => {
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

    it("finds the record types to try", () => {
      expect(RECORD_TYPES.length).toBeGreaterThanOrEqual(19);
    });

    it("words the missing fields of every department's record form in Vietnamese", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, ADMIN);
      for (const type of RECORD_TYPES) {
        await page.goto(`${origin}/records/${type}/new`);
        const save = page.getByRole("button", { name: "Lưu" });
        await save.click();
        await page.locator(".ant-form-item-explain-error").first().waitFor();
        const texts = await expectVietnamese(page);
        expect({ type, texts: texts.filter((text) => ENGLISH.test(text)) }).toEqual({ type, texts: [] });
      }
      await page.close();
    });

    it("words the API's refusal of a record's values in Vietnamese, beside each field", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, ADMIN);
      await page.goto(`${origin}/records/TradeEvent/new`);
      await page.getByLabel("Tên", { exact: true }).fill("x".repeat(600));
      await page.getByRole("button", { name: "Lưu" }).click();
      await page.locator(".ant-form-item-explain-error").first().waitFor();
      await expectVietnamese(page);
      await page.close();
    });

    const dialogs: { name: string; path: string; open: (page: Page) => Locator; clear?: (dialog: Locator) => Promise<void> }[] = [
      {
        name: "a report",
        path: "/compliance/VN-30/2019",
        open: (p) => p.getByRole("button", { name: /^Ghi nhận báo cáo giấy: 6 tháng/ }).first(),
      },
      { name: "a focal point", path: "/compliance/VN-30/2019", open: (p) => p.getByRole("button", { name: /^Cử đầu mối/ }).first() },
      {
        name: "a task",
        path: "/plans/VN-30/2019",
        open: (p) => p.getByRole("button", { name: "Sửa nhiệm vụ" }).first(),
        clear: async (dialog) => dialog.getByLabel("Tên nhiệm vụ").fill(""),
      },
      {
        name: "a task's progress",
        path: "/plans/VN-30/2019",
        open: (p) => p.getByRole("button", { name: "Cập nhật tiến độ" }).first(),
        clear: async (dialog) => dialog.getByLabel("Ghi chú tiến độ").fill("x".repeat(20001)),
      },
    ];

    it.each(dialogs.map((d) => [d.name, d] as const))("words the errors of the dialog for %s in Vietnamese", async (_name, d) => {
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}${d.path}`);
      await d.open(page).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await animationsDone(page);
      await d.clear?.(dialog);
      await dialog.getByRole("button", { name: "Lưu" }).click();
      await dialog.locator(".ant-form-item-explain-error, .ant-alert").first().waitFor();
      await expectVietnamese(page);
      await page.close();
    });

    it("words the importer's refusal of a document that is not a plan in Vietnamese", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/plans/import`);
      const upload = page.locator('input[type="file"]');
      await upload.setInputFiles({
        name: "thu.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("Kính gửi các sở, ngành: đây là một bức thư."),
      });
      await page.getByRole("alert").filter({ hasText: "Không phải kế hoạch" }).waitFor();
      await expectVietnamese(page);
      await page.close();
    });

    it("words the importer's warnings in Vietnamese, each saying where it points", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, COORDINATOR);
      await page.goto(`${origin}/plans/import`);
      await page.locator('input[type="file"]').setInputFiles({
        name: "gia-lai-2019.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(GIA_LAI_2019.replace("Sở Ngoại vụ", "Sở Hợp tác Quốc tế")),
      });
      const warnings = page.locator("li[data-code]");
      await warnings.first().waitFor();
      const texts = await warnings.allInnerTexts();
      expect(texts.some((text) => /^Phần cuối văn bản|^Mục [IVX]+/.test(text))).toBe(true);
      expect(texts.find((text) => text.includes("Sở Hợp tác Quốc tế"))).toMatch(/chưa có trong danh mục/);
      expect(texts.find((text) => text.includes("31/11/2019"))).toMatch(/tháng 11 năm 2019 chỉ có 30 ngày/);
      expect(texts.filter((text) => ENGLISH.test(text))).toEqual([]);
      await page.close();
    });

    it("words the privacy officer's refusals in Vietnamese", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, "Cán bộ bảo vệ dữ liệu cá nhân Gia Lai");
      await page.goto(`${origin}/privacy`);
      await page.getByRole("button", { name: "Tìm dữ liệu" }).click();
      await page.locator(".ant-form-item-explain-error").first().waitFor();
      await expectVietnamese(page);
      await page.close();
    });
  },
  { layoutOnly: true },
);
