import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describeInBrowser, launchBrowser, screenshot, SCREENSHOTS, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { startHub, type RunningHub } from "../support/hub";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** How far the page runs past the screen's right edge, in CSS pixels (0: nothing to scroll sideways). */
const overflow = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

describeInBrowser(
  "the web app on a phone (390 × 844)",
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

    it("folds the header into a menu that holds the views, search and the account, and leaves the first screen to the content", async () => {
      const page = await browser.newPage(PHONE);
      await signInAs(page, origin, "Lãnh đạo UBND tỉnh Gia Lai (xem)");
      const header = page.locator(".ant-layout-header");
      expect((await header.boundingBox())!.height).toBeLessThan(80);
      expect(await overflow(page)).toBe(0);
      await page.getByRole("button", { name: "Trình đơn" }).tap();
      const menu = page.getByRole("dialog");
      await menu.getByRole("link", { name: "Toàn quốc" }).waitFor();
      await menu.getByRole("searchbox", { name: "Tìm trong mọi sở, ngành" }).waitFor();
      await menu.getByRole("button", { name: "Đăng xuất" }).waitFor();
      await screenshot(page, "phone-menu");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await menu.getByRole("link", { name: "Toàn quốc" }).tap();
      await page.waitForURL(/\/overview/);
      await menu.waitFor({ state: "hidden" });
      await page.close();
    });

    it("shows the province dashboard without sideways scrolling, its heading on the first screen", async () => {
      const page = await browser.newPage(PHONE);
      await signInAs(page, origin, "Lãnh đạo UBND tỉnh Gia Lai (xem)");
      await page.goto(`${origin}/provinces/VN-30/2019`);
      const heading = page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" });
      await heading.waitFor();
      expect((await heading.boundingBox())!.y).toBeLessThan(200);
      expect(await overflow(page)).toBe(0);
      await screenshot(page, "phone-dashboard");
      // the first screen as the phone shows it: the README's picture of a phone
      await page.screenshot({ path: path.join(SCREENSHOTS, "phone-dashboard-first-screen.png") });
      await page.close();
    });

    it("puts an agency officer's own row and its report button first on the compliance view, and keeps the report dialog on screen", async () => {
      const page = await browser.newPage(PHONE);
      await signInAs(page, origin, "Cán bộ Sở Nội vụ Gia Lai");
      await page.goto(`${origin}/compliance/VN-30/2019`);
      const first = page.locator(".responsive-table-cards .ant-card").first();
      await first.waitFor();
      expect(await first.innerText()).toContain("Sở Nội vụ");
      expect(await overflow(page)).toBe(0);
      const submit = page.getByRole("button", { name: /^Nộp báo cáo: 6 tháng/ });
      await submit.scrollIntoViewIfNeeded();
      await submit.tap();
      const dialog = page.locator(".ant-modal").filter({ hasText: "Số văn bản" });
      await dialog.waitFor();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await screenshot(page, "phone-report-dialog");
      await page.close();
    });
  },
  { layoutOnly: true },
);
