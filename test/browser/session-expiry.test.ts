import type { Browser } from "playwright-core";
import { signDevelopmentToken } from "../../shared/auth/user-tokens";
import { describeInBrowserOnce, launchBrowser, signInAs } from "../support/browser";
import { official } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";

describeInBrowserOnce("a session the gateway no longer accepts", () => {
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

  it("takes the official to sign in again, saying the session expired, lets them go on signed out, and says nothing of it after a deliberate sign-out", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    // The same official's token, expired a minute ago, as the page would hold it after a long pause.
    const expired = await signDevelopmentToken(
      official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" }),
      Math.floor(Date.now() / 1000) - 60,
    );
    await page.evaluate((token) => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(k: string): string; setItem(k: string, v: string): void } })
        .sessionStorage;
      const session = JSON.parse(storage.getItem("hub.session"));
      storage.setItem("hub.session", JSON.stringify({ ...session, token }));
    }, expired);
    await page.goto(`${origin}/plans/VN-30/2019`);
    await page.waitForURL(`${origin}/sign-in`);
    await page.getByText("Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.").waitFor();
    expect(await page.getByRole("button", { name: "Đăng xuất" }).count()).toBe(0);
    // Told once, the official may read the public pages signed out, and Back does not return to the expired page.
    await page.getByRole("link", { name: "Thông tin đối ngoại tỉnh" }).click();
    await page.getByRole("heading", { name: "Các tỉnh" }).waitFor();
    await page.getByRole("link", { name: "Thông tin công khai" }).first().click();
    await page.waitForURL(/\/public\/VN-\w+$/);
    await page.getByRole("heading").first().waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/public\//);
    await page.goBack();
    await page.getByRole("heading", { name: "Các tỉnh" }).waitFor();
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toBe("/plans/VN-30/2019");

    // Signing in again brings the official back to the page the session ended on; then out on purpose: no word of an expired session.
    await signInAs(page, origin, COORDINATOR);
    expect(new URL(page.url()).pathname).toBe("/plans/VN-30/2019");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("link", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${origin}/sign-in`);
    await page.getByRole("heading").first().waitFor();
    expect(await page.getByText("Phiên đăng nhập đã hết hạn").count()).toBe(0);
    await page.close();
  });
});
