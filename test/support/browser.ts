import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import { startHub, type RunningHub } from "./hub";

/** Debian's Chromium (apt-get install chromium); nothing downloads a browser. */
export const CHROMIUM = process.env.HUB_CHROMIUM ?? "/usr/bin/chromium";

/**
 * The browser tests need Chromium. Without it (a fresh machine, before
 * `apt-get install chromium`) they are skipped, saying so; in CI (CI=true)
 * a missing browser is an error, as a missing MySQL server is. `layoutOnly`
 * tests (fitting a phone, the wording of messages) run on the embedded
 * database's pass only, as do those declared with `describeInBrowserOnce`.
 */
export function describeInBrowser(name: string, tests: () => void, options: { layoutOnly?: boolean; mysqlPass?: boolean } = {}): void {
  // what the page looks like and says does not depend on the database: the MySQL pass leaves it to the first
  if ((options.layoutOnly || options.mysqlPass === false) && process.env.HUB_TEST_DATABASE === "mysql") return describe.skip(name, tests);
  if (fs.existsSync(CHROMIUM)) return describe(name, tests);
  if (process.env.CI === "true")
    throw new Error(`The browser tests need Chromium at ${CHROMIUM} (apt-get install chromium); CI must run them.`);
  console.warn(`Browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set HUB_CHROMIUM).`);
  describe.skip(name, tests);
}

/**
 * A browser test that runs once, in the embedded database's pass: views that
 * only read, signing in, sessions. What they read is proven on both databases
 * by the API's own tests; the flows that write and read back (workflows,
 * imports, reports, reminders, search) run on both.
 */
export function describeInBrowserOnce(name: string, tests: () => void): void {
  describeInBrowser(name, tests, { mysqlPass: false });
}

/**
 * The whole hub and a headless browser for one describe block: started
 * before its tests, stopped after them. Read its fields inside the tests.
 */
export function hubInBrowser(): { hub: RunningHub; browser: Browser; origin: string } {
  const running = {} as { hub: RunningHub; browser: Browser; origin: string };
  beforeAll(async () => {
    running.hub = await startHub();
    running.origin = new URL(running.hub.gateway.url).origin;
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.hub?.stop();
  });
  return running;
}

/** Where the browser tests leave their screenshots (the README and docs/web-app.md show some of them). */
export const SCREENSHOTS = path.join(REPOSITORY_ROOT, "test", "browser", "screenshots");

/** A headless Chromium, started with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Waits until the page's finite animations (a dialog zooming in, a mask
 * fading) have run out: on a busy machine a click aimed at a button still
 * moving lands beside it. Spinners, which never end, are not waited for.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the development sign-in screen as the demo official named `name`. */
export async function signInAs(page: Page, origin: string, name: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole("button", { name: new RegExp(`: ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).click();
  // an official lands on their own province's dashboard (an administrator on the national overview)
  await page.waitForURL((url) => url.pathname !== "/sign-in");
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's accessibility check of the page as it stands: the serious and
 * critical violations, none expected. Injected through the DevTools protocol,
 * which the page's Content-Security-Policy does not govern.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    // Runs in the page: the browser's globals, which this project's Node types do not describe.
    const page = globalThis as unknown as {
      axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
      document: unknown;
    };
    return (await page.axe.run(page.document, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/** Types a date into an Ant Design date picker as officials write it. */
export async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Tab, not Enter: Enter would also submit the form.
  await input.press("Tab");
}

/**
 * Fills the report dialog as an agency's officer does: number, the date the
 * document bears, and its file (a one-page PDF).
 */
export async function fillReport(
  page: Page,
  dialog: Locator,
  report: { number: string; date: string; file: { name: string; buffer: Buffer } },
) {
  await dialog.getByLabel("Số văn bản").fill(report.number);
  await typeDate(page, "Ngày văn bản", report.date);
  await dialog
    .locator("input[type=file]")
    .setInputFiles({ name: report.file.name, mimeType: "application/pdf", buffer: report.file.buffer });
}

/** Picks an option of an Ant Design select by typing and choosing the first match. */
export async function choose(page: Page, select: Locator, typed: string, option: RegExp | string): Promise<void> {
  // The select's box, not its input: a chosen value lies over the input.
  await select.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]").click();
  await page.keyboard.type(typed);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: option }).first().click();
}

/** The task row numbered `outline` in the plan view. */
export function taskRow(page: Page, outline: string): Locator {
  return page.locator(".ant-table-tbody tr.ant-table-row").filter({ has: page.locator("td").first().getByText(outline, { exact: true }) });
}

/** Waits (up to 10 s) until `holds` is true: for values a page fills in after loading. */
export async function until(holds: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error("waited 10 s in vain");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
