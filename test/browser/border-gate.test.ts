import type { Browser } from "playwright-core";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { startHub, type RunningHub } from "../support/hub";

const GATE = "VN-30-le-thanh";

describeInBrowserOnce("a border gate's dossier in the browser: SECRET incidents only for those cleared to read them", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  let secretTitles: string[];
  let points: { name: string; classification: string }[];
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
    const rows = await hub.subgraphs.borderSecurity.database.dataSource.query(
      `SELECT title FROM border_incident WHERE borderGateId = ? AND classification = 'SECRET'`,
      [GATE],
    );
    secretTitles = rows.map((row: { title: string }) => row.title);
    points = await hub.subgraphs.borderSecurity.database.dataSource.query(
      `SELECT name, classification FROM information_point WHERE borderGateId = ?`,
      [GATE],
    );
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const openGate = async (as: string | null) => {
    const page = await browser.newPage();
    if (as) await signInAs(page, origin, as);
    await page.goto(`${origin}/border-gates/${GATE}`);
    await page.getByRole("heading", { name: "Cửa khẩu Lệ Thanh" }).waitFor();
    await page.getByRole("heading", { name: "Điểm thông tin đối ngoại" }).waitFor();
    return page;
  };

  it("shows the Lệ Thanh gate and its information points to the public, and no SECRET incident", async () => {
    expect(secretTitles.length).toBeGreaterThan(0);
    const page = await openGate(null);
    const text = await page.locator("main").innerText();
    const publicPoints = points.filter((p) => p.classification === "PUBLIC");
    expect(publicPoints.length).toBeGreaterThan(0);
    for (const point of publicPoints) expect(text).toContain(point.name);
    for (const title of secretTitles) expect(text).not.toContain(title);
    expect(text).not.toContain("Mật");
    await screenshot(page, "border-gate-signed-out");
    await page.close();
  });

  it("shows every information point but no SECRET incident to the Gia Lai viewer", async () => {
    const page = await openGate("Lãnh đạo UBND tỉnh Gia Lai (xem)");
    for (const point of points.filter((p) => p.classification !== "SECRET")) await page.getByText(point.name).first().waitFor();
    const text = await page.locator("main").innerText();
    for (const title of secretTitles) expect(text).not.toContain(title);
    await page.close();
  });

  it("shows the SECRET incidents, marked Mật, to the border-guard editor cleared for SECRET", async () => {
    const page = await openGate("Biên tập viên BĐBP Gia Lai (Mật)");
    for (const title of secretTitles) await page.getByText(title).waitFor();
    expect(await page.locator("main").getByText("Mật", { exact: true }).count()).toBeGreaterThanOrEqual(secretTitles.length);
    await screenshot(page, "border-gate-cleared");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
