import type { Browser, Locator, Page } from "playwright-core";
import { describeInBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs, until } from "../support/browser";
import { startHub, type RunningHub } from "../support/hub";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** How far the page runs past the screen's right edge, in CSS pixels (0: nothing to scroll sideways). */
const overflow = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

/** The action is on the screen's width, and a tap would reach it (Playwright's actionability checks, without tapping). */
async function tappable(action: Locator): Promise<void> {
  await action.scrollIntoViewIfNeeded();
  const box = (await action.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width);
  // a finger needs a target of some size: WCAG 2.2's minimum is 24 × 24 CSS pixels
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  await action.tap({ trial: true });
}

/** Neither the page nor the dialog runs past the screen, and the dialog, once it has slid in, sits within it. */
async function dialogFits(page: Page, dialog: Locator): Promise<void> {
  const within = async () => {
    const box = (await dialog.boundingBox())!;
    return box.x >= 0 && box.x + box.width <= PHONE.viewport.width;
  };
  await until(within).catch(() => undefined);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width);
  expect(await overflow(page)).toBe(0);
}

/** An Ant Design select's box, which a finger taps (its input lies under the chosen value). */
const selectBox = (combobox: Locator) => combobox.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]");

interface View {
  /** Who looks: a demo official's name on the sign-in screen, or nobody. */
  as: string | null;
  path: string;
  /** The page's heading. */
  heading: string | RegExp;
  /** The page's main action, which must be visible and tappable. */
  action: (page: Page) => Locator;
}

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const TRADE_EDITOR = "Biên tập viên Sở Công Thương Gia Lai";

const VIEWS: View[] = [
  { as: null, path: "/", heading: "Các tỉnh", action: (p) => p.getByRole("link", { name: "Thông tin công khai" }).first() },
  { as: null, path: "/sign-in", heading: "Đăng nhập", action: (p) => p.getByRole("button", { name: new RegExp(COORDINATOR) }) },
  { as: null, path: "/public/VN-30", heading: /^Thông tin công khai — Gia Lai/, action: (p) => p.getByRole("link").last() },
  { as: COORDINATOR, path: "/overview/2019", heading: /2019/, action: (p) => p.getByRole("link", { name: "Gia Lai" }) },
  {
    as: COORDINATOR,
    path: "/provinces/VN-30/2019",
    heading: "Tổng quan Gia Lai năm 2019",
    action: (p) => p.getByRole("link", { name: "Xem kế hoạch" }),
  },
  {
    as: COORDINATOR,
    path: "/plans/VN-30/2019",
    heading: /Kế hoạch/,
    action: (p) => p.getByRole("button", { name: "Sửa nhiệm vụ" }).first(),
  },
  {
    as: COORDINATOR,
    path: "/compliance/VN-30/2019",
    heading: /^Tình hình thực hiện của các cơ quan/,
    action: (p) => p.getByRole("button", { name: "Xuất Excel (.xlsx)" }),
  },
  {
    as: "Biên tập viên BĐBP Gia Lai (Mật)",
    path: "/border-gates/VN-30-le-thanh",
    heading: /Lệ Thanh/,
    action: (p) => p.getByRole("link").filter({ hasText: /./ }).last(),
  },
  { as: COORDINATOR, path: "/countries/KH", heading: /Campuchia/, action: (p) => p.getByRole("link").filter({ hasText: /./ }).last() },
  { as: COORDINATOR, path: "/search?q=le%20thanh", heading: /le thanh/, action: (p) => p.getByRole("link", { name: /Lệ Thanh/ }).first() },
  {
    as: TRADE_EDITOR,
    path: "/records",
    heading: "Hồ sơ của sở, ngành",
    action: (p) => p.getByRole("link").filter({ hasText: /./ }).last(),
  },
  { as: TRADE_EDITOR, path: "/records/TradeEvent", heading: /thương mại/i, action: (p) => p.getByRole("button", { name: "Thêm mới" }) },
  { as: TRADE_EDITOR, path: "/records/TradeEvent/new", heading: /thương mại/i, action: (p) => p.getByRole("button", { name: "Lưu" }) },
  {
    as: COORDINATOR,
    path: "/plans/import",
    heading: "Nạp kế hoạch từ văn bản",
    action: (p) => p.getByRole("button", { name: "Chọn tệp" }),
  },
  { as: COORDINATOR, path: "/audit", heading: "Nhật ký ghi dữ liệu", action: (p) => p.getByRole("button", { name: "Lọc" }) },
  {
    as: "Cán bộ bảo vệ dữ liệu cá nhân Gia Lai",
    path: "/privacy",
    heading: "Bảo vệ dữ liệu cá nhân của cán bộ",
    action: (p) => p.getByRole("button", { name: "Tìm dữ liệu" }),
  },
  {
    as: null,
    path: "/no-such-page",
    heading: "Không có trang ở địa chỉ này.",
    action: (p) => p.getByRole("link").filter({ hasText: /./ }).first(),
  },
];

describeInBrowser(
  "every view and every dialog on a phone (390 × 844)",
  () => {
    let hub: RunningHub;
    let browser: Browser;
    let origin: string;
    /** One signed-in page per official, reused across views: signing in is not what is measured. */
    const pages = new Map<string | null, Page>();
    const pageOf = async (as: string | null): Promise<Page> => {
      let page = pages.get(as);
      if (!page) {
        page = await browser.newPage(PHONE);
        if (as) await signInAs(page, origin, as);
        pages.set(as, page);
      }
      return page;
    };

    beforeAll(async () => {
      hub = await startHub();
      origin = new URL(hub.gateway.url).origin;
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await hub?.stop();
    });

    it.each(VIEWS.map((view) => [view.path, view.as ?? "signed out", view] as const))(
      "shows %s (%s) without sideways scrolling, its main action on screen and tappable, with no serious accessibility violation",
      async (_path, _who, view) => {
        const page = await pageOf(view.as);
        await page.goto(`${origin}${view.path}`);
        await page.getByRole("heading", { name: view.heading }).first().waitFor();
        await page.waitForLoadState("networkidle");
        expect(await overflow(page)).toBe(0);
        await tappable(view.action(page));
        expect(await overflow(page)).toBe(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      },
    );

    it("shows a table's rows as cards, with its sorting and filters above them", async () => {
      const page = await pageOf(COORDINATOR);
      await page.goto(`${origin}/compliance/VN-30/2019`);
      const cards = page.locator(".responsive-table-cards .ant-card");
      await cards.first().waitFor();
      expect(await page.locator(".ant-table").count()).toBe(0);
      // late and missing first, as on a wide screen
      expect(await cards.first().innerText()).toMatch(/Quá hạn|Chưa nộp|Nộp muộn/);
      await tappable(selectBox(page.getByRole("combobox", { name: "Sắp xếp theo" })));
      await tappable(selectBox(page.getByRole("combobox", { name: "Lọc theo: Báo cáo", exact: true })));
      const card = (await cards.first().boundingBox())!;
      expect(card.width).toBeGreaterThan(300);
      await screenshot(page, "phone-compliance-cards");
    });

    const dialogs: { name: string; as: string; path: string; open: (page: Page) => Locator; dialog: (page: Page) => Locator }[] = [
      {
        name: "the header's menu",
        as: COORDINATOR,
        path: "/provinces/VN-30/2019",
        open: (p) => p.getByRole("button", { name: "Trình đơn" }),
        dialog: (p) => p.getByRole("dialog"),
      },
      {
        name: "a task's progress",
        as: COORDINATOR,
        path: "/plans/VN-30/2019",
        open: (p) => p.getByRole("button", { name: "Cập nhật tiến độ" }).first(),
        dialog: (p) => p.locator(".ant-modal").filter({ hasText: "Lưu" }),
      },
      {
        name: "editing a task",
        as: COORDINATOR,
        path: "/plans/VN-30/2019",
        open: (p) => p.getByRole("button", { name: "Sửa nhiệm vụ" }).first(),
        dialog: (p) => p.locator(".ant-modal").filter({ hasText: "Lưu" }),
      },
      {
        name: "a report",
        as: "Cán bộ Sở Nội vụ Gia Lai",
        path: "/compliance/VN-30/2019",
        open: (p) => p.getByRole("button", { name: /^Nộp báo cáo: 6 tháng/ }),
        dialog: (p) => p.locator(".ant-modal").filter({ hasText: "Số văn bản" }),
      },
      {
        name: "naming a focal point",
        as: COORDINATOR,
        path: "/compliance/VN-30/2019",
        open: (p) => p.getByRole("button", { name: /^(Cử đầu mối|Sửa đầu mối)/ }).first(),
        dialog: (p) => p.locator(".ant-modal").filter({ hasText: "Lưu" }),
      },
    ];

    it.each(dialogs.map((d) => [d.name, d] as const))(
      "opens the dialog for %s within the screen, its buttons tappable",
      async (name, d) => {
        const page = await pageOf(d.as);
        await page.goto(`${origin}${d.path}`);
        const open = d.open(page);
        await open.waitFor();
        await tappable(open);
        await open.tap();
        const dialog = d.dialog(page);
        await dialog.waitFor();
        await dialogFits(page, dialog);
        const buttons = dialog.getByRole("button").filter({ hasText: /\S/ });
        for (const button of await buttons.all()) await tappable(button);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `phone-dialog-${name.replace(/[^a-z]+/gi, "-").replace(/^-|-$/g, "")}`);
        await page.keyboard.press("Escape");
      },
    );
  },
  { layoutOnly: true },
);
