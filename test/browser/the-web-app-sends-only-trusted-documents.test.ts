import type { Request } from "playwright-core";
import { describeInBrowserOnce, hubInBrowser, signInAs } from "../support/browser";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";

describeInBrowserOnce("the web app under production's rule: only trusted documents run", () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.HUB_TRUSTED_DOCUMENTS;
    process.env.HUB_TRUSTED_DOCUMENTS = "enforce"; // read by the gateway hubInBrowser starts next
  });
  const running = hubInBrowser();
  afterAll(() => {
    if (saved === undefined) delete process.env.HUB_TRUSTED_DOCUMENTS;
    else process.env.HUB_TRUSTED_DOCUMENTS = saved;
  });

  it("opens the dashboard, the plan, compliance, the summary, search and the records, every request an id without its text", async () => {
    const { browser, origin } = running;
    const page = await browser.newPage();
    const sent: { operation: unknown; query: unknown; id: unknown }[] = [];
    const refused: string[] = [];
    page.on("request", (request: Request) => {
      if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
      const body = request.postDataJSON() as {
        operationName?: string;
        query?: string;
        extensions?: { persistedQuery?: { sha256Hash?: string } };
      };
      sent.push({ operation: body.operationName, query: body.query, id: body.extensions?.persistedQuery?.sha256Hash });
    });
    page.on("response", async (response) => {
      if (!response.url().endsWith("/graphql")) return;
      const text = await response.text().catch(() => "");
      if (/OPERATION_NOT_TRUSTED|PERSISTED_QUERY_NOT_FOUND/.test(text)) refused.push(text);
    });
    await signInAs(page, origin, COORDINATOR);
    for (const path of [
      "/provinces/VN-30/2019",
      "/plans/VN-30/2019",
      "/compliance/VN-30/2019",
      "/provinces/VN-30/2019/summary",
      "/search?q=Gia%20Lai",
      "/records",
    ]) {
      await page.goto(`${origin}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
    }
    expect(refused).toEqual([]);
    expect(new Set(sent.map((request) => request.operation)).size).toBeGreaterThan(5);
    expect(sent.filter((request) => typeof request.query === "string" || typeof request.id !== "string")).toEqual([]);
    await page.close();
  });
});
