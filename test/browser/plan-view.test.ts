import type { Browser } from "playwright-core";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { DAK_LAK_2026 } from "../support/composed-plans";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";

/** The demo officials the development sign-in lists, as the screen names them. */
const DEMO_OFFICIALS = [
  "Điều phối viên Sở TT&TT Gia Lai",
  "Điều phối viên Sở TT&TT An Giang",
  "Biên tập viên BĐBP Gia Lai (Mật)",
  "Biên tập viên Sở Công Thương Gia Lai",
  "Lãnh đạo UBND tỉnh Gia Lai (xem)",
  "Quản trị hệ thống",
];

describeInBrowserOnce("the web app in a real browser: signing in and reading a plan", () => {
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

  it("serves the app at / in Vietnamese, showing the public view when signed out", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { name: "Các tỉnh" }).waitFor();
    await page.getByText("Gia Lai", { exact: true }).waitFor();
    await page.getByText("Chưa đăng nhập: chỉ thấy thông tin công khai.").waitFor();
    // Plans are INTERNAL: signed out, no plan is offered.
    expect(await page.getByRole("link", { name: /Kế hoạch năm/ }).count()).toBe(0);
    await screenshot(page, "home-signed-out");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("lists every demo official on the development sign-in screen", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/sign-in`);
    for (const name of DEMO_OFFICIALS) {
      await page.getByText(name, { exact: true }).waitFor();
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("signs in as the Gia Lai STTTT coordinator and shows the 2019 plan's 10 tasks, task 1 led by BTGTU", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, "Điều phối viên Sở TT&TT Gia Lai");
    // the official lands on their own province's dashboard for the year; the provinces' list is a click away
    expect(new URL(page.url()).pathname).toMatch(/^\/provinces\/VN-30\/\d{4}$/);
    await page.getByRole("link", { name: "Thông tin đối ngoại tỉnh" }).click();
    await page.getByRole("link", { name: "Kế hoạch năm 2019" }).click();
    await page.waitForURL(`${origin}/plans/VN-30/2019`);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(10);
    const first = rows.first();
    expect(await first.locator("td").nth(0).innerText()).toBe("1");
    expect(await first.locator("td").nth(2).innerText()).toContain("BTGTU");
    await page.getByRole("heading", { name: /Gia Lai năm 2019/ }).waitFor();
    // The figure a leader looks for comes first: how many tasks are done.
    await page.getByText(/^5\/10 nhiệm vụ hoàn thành, \d+ nhiệm vụ quá hạn$/).waitFor();
    await screenshot(page, "plan-gia-lai-2019");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(DEMO_OFFICIALS)("signs in as %s, and out again", async (name) => {
    const page = await browser.newPage();
    await signInAs(page, origin, name);
    await page.getByText(`Đang đăng nhập: ${name}`).waitFor();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByText("Chưa đăng nhập: chỉ thấy thông tin công khai.").waitFor();
    await page.close();
  });

  it("shows the An Giang 2018 plan's 11 legal bases to the An Giang coordinator", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, "Điều phối viên Sở TT&TT An Giang");
    await page.goto(`${origin}/plans/VN-44/2018`);
    await page.getByRole("heading", { name: "Căn cứ" }).waitFor();
    const bases = page.getByRole("heading", { name: "Căn cứ" }).locator("xpath=following-sibling::div[1]").locator(".ant-list-item");
    await bases.first().waitFor();
    expect(await bases.count()).toBe(11);
    await page.close();
  });

  it("shows a plan's number with its date, and the approving decision with its own signer", async () => {
    const { plan } = await queryData(
      hub.gateway.url,
      `mutation ($text: String!) { plan: importPlan(text: $text, addUnknown: true) { id } }`,
      { text: DAK_LAK_2026 },
      { as: official({ provinceCode: "VN-33", agencyCode: "SVHTTDL", role: "coordinator" }) },
    );
    expect(plan.id).toBe("VN-33-2026-09-kh-ubnd");
    const page = await browser.newPage();
    await signInAs(page, origin, "Quản trị hệ thống");
    await page.goto(`${origin}/plans/VN-33/2026`);
    await page.getByRole("heading", { name: "Thông tin đối ngoại tỉnh Đắk Lắk năm 2026" }).waitFor();
    const details = page.locator(".ant-descriptions");
    expect(await details.innerText()).toContain("09/KH-UBND");
    expect(await details.innerText()).toContain("85/QĐ-UBND (20/01/2026) · KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Ksor H'Lan");
    await page.close();
  });

  it("switches the labels to English", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Provinces" }).waitFor();
    await page.getByText("Signed out: public information only.").waitFor();
    await page.close();
  });

  it("shows a notice for a department that is down and keeps the rest of the plan (run last: it stops border security)", async () => {
    await hub.subgraphs.borderSecurity.stop();
    const page = await browser.newPage();
    await signInAs(page, origin, "Điều phối viên Sở TT&TT Gia Lai");
    await page.goto(`${origin}/plans/VN-30/2019`);
    await page.getByRole("status").filter({ hasText: "Biên phòng (Bộ đội Biên phòng tỉnh)" }).waitFor();
    expect(await page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(10);
    await screenshot(page, "plan-with-a-department-down");
    await page.close();
  });
});
