import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { signDevelopmentToken } from "../../shared/auth/user-tokens";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations } from "../support/browser";
import { freePort } from "../support/free-port";
import { startHub, type RunningHub } from "../support/hub";

/** The provider's accounts: the hub's claims under the provider's own claim names, as an operator maps them. */
const ACCOUNTS = {
  "nguyen.van.a": {
    name: "Nguyễn Văn A (Sở KH&CN Gia Lai)",
    hub_province: "VN-30",
    hub_agency: "STTTT",
    hub_role: "coordinator",
    hub_clearance: "INTERNAL",
  },
  "khach.moi": { name: "Khách mới", hub_province: "VN-30", hub_role: "superuser" },
  // Her ID tokens last a minute: long enough to sign in and type, short enough to see the warning at once.
  "tran.thi.b": {
    name: "Trần Thị B (Sở Công Thương Gia Lai)",
    hub_province: "VN-30",
    hub_agency: "SCT",
    hub_role: "editor",
    hub_clearance: "INTERNAL",
    id_token_seconds: 60,
  },
};

/** Starts test/support/oidc-provider.mjs and waits for the issuer URL it prints. */
function startProvider(redirectUri: string): Promise<{ issuer: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(__dirname, "../support/oidc-provider.mjs")], {
    env: { ...process.env, OIDC_ACCOUNTS: JSON.stringify(ACCOUNTS), OIDC_REDIRECT_URI: redirectUri, OIDC_CLIENT_ID: "hub-web" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let errors = "";
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the OIDC provider stopped (${code}): ${errors}`)));
    child.stdout!.once("data", (chunk: Buffer) => resolve({ issuer: chunk.toString().trim().split("\n")[0], process: child }));
  });
}

async function signInAtProvider(page: Page, origin: string, login: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole("button", { name: "Đăng nhập bằng tài khoản công vụ" }).click();
  // The provider's own pages: its login form, then its consent screen.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

describeInBrowserOnce("signing in with an OpenID Connect provider (authorization code with PKCE)", () => {
  const saved = { ...process.env };
  let provider: { issuer: string; process: ChildProcess };
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    provider = await startProvider(`${origin}/signed-in`);
    Object.assign(process.env, {
      HUB_OIDC_ISSUER: provider.issuer,
      HUB_OIDC_CLIENT_ID: "hub-web",
      HUB_OIDC_SCOPE: "openid profile hub",
      HUB_OIDC_CLAIM_PROVINCE: "hub_province",
      HUB_OIDC_CLAIM_AGENCY: "hub_agency",
      HUB_OIDC_CLAIM_ROLE: "hub_role",
      HUB_OIDC_CLAIM_CLEARANCE: "hub_clearance",
    });
    hub = await startHub({ gatewayPort: port });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    provider?.process.kill("SIGTERM");
    process.env = saved;
  });

  it("offers the provider instead of the demo officials, whose endpoints are gone", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/sign-in`);
    await page.getByRole("button", { name: "Đăng nhập bằng tài khoản công vụ" }).waitFor();
    expect(await page.getByRole("button", { name: /^Đăng nhập: / }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const officials = await fetch(`${origin}/auth/development/officials`, { headers: { accept: "application/json" } });
    expect(officials.status).toBe(404);
    await page.close();
  });

  it("signs in at the provider and back, and reads what the provider's claims allow", async () => {
    const page = await browser.newPage();
    await signInAtProvider(page, origin, "nguyen.van.a");
    // an official lands on their own province's dashboard for the year
    await page.waitForURL(new RegExp(`/provinces/VN-30/${new Date(Date.now() + 7 * 3600_000).getUTCFullYear()}$`));
    await page.getByText("Đang đăng nhập: Nguyễn Văn A (Sở KH&CN Gia Lai)").waitFor();
    await page.getByRole("link", { name: "Thông tin đối ngoại tỉnh" }).click();
    // The plan is INTERNAL: only an accepted token shows it.
    await page.getByRole("link", { name: "Kế hoạch năm 2019" }).click();
    await page.locator(".ant-table-tbody tr.ant-table-row").first().waitFor();
    expect(await page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(10);
    await screenshot(page, "oidc-signed-in-plan");
    // The bearer token is the provider's ID token, verified by the gateway through the provider's JWKS.
    const session = JSON.parse((await page.evaluate("sessionStorage.getItem('hub.session')")) as string) as { token: string };
    const token = session.token;
    const [header, payload] = token
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString()));
    expect(header).toMatchObject({ alg: "RS256", kid: "test-rs256" });
    expect(payload).toMatchObject({ iss: provider.issuer, aud: "hub-web", sub: "nguyen.van.a", hub_role: "coordinator" });
    await page.close();
  });

  it("renews a session about to end without leaving the page, silently at the provider: the form and what was typed stay", async () => {
    process.env.HUB_SESSION_WARNING_MINUTES = "0.9"; // the last 54 seconds of her one-minute session
    const page = await browser.newPage();
    await signInAtProvider(page, origin, "tran.thi.b");
    await page.waitForURL(/\/provinces\/VN-30\/\d{4}$/);
    await page.goto(`${origin}/records/TradeEvent/new`);
    const name = page.getByLabel("Tên", { exact: true });
    await name.fill("Hội chợ nông sản Gia Lai – Attapeu");
    await name.evaluate((input) => input.setAttribute("data-before-renewal", "yes"));
    const token = async () =>
      (JSON.parse((await page.evaluate("sessionStorage.getItem('hub.session')")) as string) as { token: string }).token;
    const before = await token();

    const warning = page.getByRole("alert").filter({ hasText: /^Phiên làm việc sẽ hết hạn lúc \d{2}:\d{2}\./ });
    await warning.getByRole("button", { name: "Gia hạn phiên" }).click();
    // prompt=none in a hidden frame: the provider still has her signed in, and sends a new ID token without a page of its own
    const deadline = Date.now() + 30_000;
    while ((await token()) === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    const [renewed, previous] = [await token(), before].map((t) => JSON.parse(Buffer.from(t.split(".")[1], "base64url").toString()));
    expect(renewed).toMatchObject({ iss: provider.issuer, aud: "hub-web", sub: "tran.thi.b" });
    expect(renewed.exp).toBeGreaterThan(previous.exp);
    expect(new URL(page.url()).pathname).toBe("/records/TradeEvent/new");
    expect(await name.getAttribute("data-before-renewal")).toBe("yes");
    expect(await name.inputValue()).toBe("Hội chợ nông sản Gia Lai – Attapeu");
    delete process.env.HUB_SESSION_WARNING_MINUTES;
    await page.close();
  }, 90_000);

  it("after the idle lock, the provider asks for her credentials again and sends her back to the form with her draft", async () => {
    process.env.HUB_IDLE_TIMEOUT_MINUTES = "0.15";
    const page = await browser.newPage();
    await signInAtProvider(page, origin, "tran.thi.b");
    await page.waitForURL(/\/provinces\/VN-30\/\d{4}$/);
    await page.goto(`${origin}/records/TradeEvent/new`);
    await page.getByLabel("Tên", { exact: true }).fill("Hội chợ nông sản Gia Lai – Attapeu");
    await page.getByRole("heading", { name: "Phiên làm việc đã khóa" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Đăng nhập lại" }).click();
    // prompt=login: the provider's own session does not unlock the page; its login form comes back
    await page.locator('input[name="login"]').fill("tran.thi.b");
    await page.locator('input[name="password"]').fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    const consent = page.getByRole("button", { name: "Continue" });
    await Promise.race([page.waitForURL(`${origin}/records/TradeEvent/new`), consent.waitFor()]);
    if (await consent.isVisible()) await consent.click();
    await page.waitForURL(`${origin}/records/TradeEvent/new`);
    await page.getByText("Đã khôi phục bản nháp chưa lưu.").waitFor();
    expect(await page.getByLabel("Tên", { exact: true }).inputValue()).toBe("Hội chợ nông sản Gia Lai – Attapeu");
    delete process.env.HUB_IDLE_TIMEOUT_MINUTES;
    await page.close();
  }, 90_000);

  it("tells an account the hub does not accept so, and signs no one in", async () => {
    const page = await browser.newPage();
    await signInAtProvider(page, origin, "khach.moi");
    await page.getByText(/chưa được cấp quyền trong hệ thống/).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('hub.session')")).toBeNull();
    await page.close();
  });

  it("refuses tokens from the development key once a provider is configured", async () => {
    delete process.env.HUB_OIDC_ISSUER; // sign as `npm run token` does, with the development issuer
    const token = await signDevelopmentToken({
      anonymous: false,
      userId: "demo",
      provinceCode: "VN-30",
      agencyCode: "STTTT",
      role: "admin",
      clearance: "SECRET",
    });
    process.env.HUB_OIDC_ISSUER = provider.issuer;
    const response = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ provinces { code } }" }),
    });
    expect(response.status).toBe(401);
  });
});
