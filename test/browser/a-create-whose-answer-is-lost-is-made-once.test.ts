import type { Route } from "playwright-core";
import { choose, describeInBrowserOnce, hubInBrowser, signInAs, typeDate } from "../support/browser";
import { queryData } from "../support/graphql-client";

const TRADE_EDITOR = "Biên tập viên Sở Công Thương Gia Lai";

describeInBrowserOnce("a create whose answer is lost on the way is made once when the official saves again", () => {
  const running = hubInBrowser();

  it("sends the same Idempotency-Key again, and the hub answers with the record the first save made", async () => {
    const { browser, origin, hub } = running;
    const page = await browser.newPage();
    await signInAs(page, origin, TRADE_EDITOR);
    const name = `Hội chợ mất kết nối ${Date.now()}`;
    await page.goto(`${origin}/records/TradeEvent/new`);
    await page.getByLabel("Tên", { exact: true }).fill(name);
    await choose(page, page.getByRole("combobox", { name: "Loại" }), "hoi cho", "Hội chợ");
    await typeDate(page, "Từ ngày", "12/05/2026");

    // The first save reaches the hub and is made there, but its answer never comes back (the connection drops).
    const keys: string[] = [];
    let lost = false;
    await page.route("**/graphql", async (route: Route) => {
      const request = route.request();
      if (request.method() !== "POST" || (request.postDataJSON() as { operationName?: string }).operationName !== "CreateTradeEventRecord")
        return route.continue();
      keys.push(request.headers()["idempotency-key"] ?? "");
      if (lost) return route.continue();
      lost = true;
      const made = await route.fetch();
      expect(made.status()).toBe(200);
      return route.abort("connectionreset");
    });
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại; dữ liệu đã nhập vẫn còn trên trang.").waitFor();
    expect(await page.getByLabel("Tên", { exact: true }).inputValue()).toBe(name);

    await page.getByRole("button", { name: "Lưu" }).click();
    await page.waitForURL((url) => /^\/records\/TradeEvent\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);

    const data = await queryData(
      hub.gateway.url,
      `query ($s: String) { tradeEvents(provinceCode: "VN-30", search: $s, limit: 50) { id name } }`,
      {
        s: name,
      },
    );
    const made = data.tradeEvents.filter((e: { name: string }) => e.name === name);
    expect(made).toHaveLength(1);
    expect(decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!)).toBe(made[0].id);
    await page.close();
  }, 90_000);
});
