import type { Browser } from "playwright-core";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const coordinator = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "INTERNAL" });

/** The codes of the agencies a task concerns: those leading and coordinating it, and those named on any record under it. */
function agenciesConcerned(task: any): Set<string> {
  const records = Object.values(task).filter(Array.isArray).flat() as { agencies?: { code: string }[] }[];
  return new Set([...task.leads, ...task.coordinators, ...records.flatMap((r) => r.agencies ?? [])].map((a: any) => a.code));
}

// it only reads (search is proven on both databases by test/vietnamese-text.test.ts): once, in the first pass
describeInBrowserOnce("the plan as a document, the country and public pages, and search, in a real browser", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  let plan: any;
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
    plan = (
      await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          query {
            plans(provinceCode: "VN-30", year: 2019, limit: 1) {
              objectives
              tasks {
                outline
                status
                leads {
                  code
                }
                coordinators {
                  code
                }
                tradeEvents {
                  name
                  agencies {
                    code
                  }
                }
                investmentProjects {
                  agencies {
                    code
                  }
                }
                culturalEvents {
                  agencies {
                    code
                  }
                }
                promotionCampaigns {
                  agencies {
                    code
                  }
                }
                publications {
                  agencies {
                    code
                  }
                }
                destinations {
                  agencies {
                    code
                  }
                }
                pressVisits {
                  agencies {
                    code
                  }
                }
                delegations {
                  agencies {
                    code
                  }
                }
                mediaMonitoringItems {
                  agencies {
                    code
                  }
                }
                outreachSessions {
                  agencies {
                    code
                  }
                }
                informationPoints {
                  agencies {
                    code
                  }
                }
                borderIncidents {
                  agencies {
                    code
                  }
                }
              }
            }
          }
        `,
        {},
        { as: coordinator },
      )
    ).plans[0];
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("shows the plan's objectives and, under each task, what each department did for it", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/VN-30/2019`);
    const objectives = page.getByRole("region", { name: "Mục đích" }).locator(".ant-list-item");
    await objectives.first().waitFor();
    expect(await objectives.count()).toBe(plan.objectives.length);
    const task = plan.tasks.find((t: any) => t.tradeEvents.length > 0);
    const row = page
      .locator(".ant-table-tbody tr.ant-table-row")
      .filter({ has: page.locator("td").first().getByText(task.outline, { exact: true }) });
    await row.getByText("Xúc tiến thương mại (Sở Công Thương):").waitFor();
    for (const event of task.tradeEvents) await row.getByText(event.name, { exact: false }).first().waitFor();
    await page.close();
  });

  it("filters the tasks by agency — leading, coordinating or named on a record under the task — and by status, keeping the filter in the address", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/VN-30/2019`);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    await page.getByRole("combobox", { name: "Cơ quan" }).click();
    await page
      .locator(".ant-select-item-option")
      .filter({ hasText: /^BDBP$/ })
      .click();
    await page.waitForURL(/agency=BDBP/);
    const withBdbp = plan.tasks.filter((t: any) => agenciesConcerned(t).has("BDBP"));
    // the border guard leads or coordinates some tasks, and is named on records under others
    expect(withBdbp.length).toBeGreaterThan(
      plan.tasks.filter((t: any) => [...t.leads, ...t.coordinators].some((a: any) => a.code === "BDBP")).length,
    );
    expect(await rows.count()).toBe(withBdbp.length);
    await page.goto(`${origin}/plans/VN-30/2019?status=DONE`);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(plan.tasks.filter((t: any) => t.status === "DONE").length);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows Cambodia's dossier from every department, its border gates linking to their pages", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/countries/KH`);
    await page.getByRole("heading", { name: "Quốc gia: Campuchia" }).waitFor();
    const country = (
      await queryData(
        hub.gateway.url,
        `{ country(code: "KH") { partnerLocalities { name } borderGates { name } } }`,
        {},
        { as: coordinator },
      )
    ).country;
    const localities = page
      .getByRole("heading", { name: "Địa phương kết nghĩa" })
      .locator("xpath=following-sibling::div[1]")
      .locator(".ant-list-item");
    await localities.first().waitFor();
    expect(await localities.count()).toBe(country.partnerLocalities.length);
    for (const locality of country.partnerLocalities) await localities.getByText(locality.name).first().waitFor();
    await page.getByRole("link", { name: "Lệ Thanh", exact: true }).click();
    await page.waitForURL(`${origin}/border-gates/VN-30-le-thanh`);
    await page.getByRole("heading", { name: "Cửa khẩu Lệ Thanh" }).waitFor();
    await page.goto(`${origin}/countries/KH`);
    await page.getByRole("heading", { name: "Quốc gia: Campuchia" }).waitFor();
    await screenshot(page, "country-cambodia");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds 'Lệ Thanh' from 'le thanh' in one box, grouped by department", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.getByRole("searchbox", { name: "Tìm trong mọi sở, ngành" }).first().fill("le thanh");
    await page.getByRole("searchbox", { name: "Tìm trong mọi sở, ngành" }).first().press("Enter");
    await page.waitForURL(/\/search\?q=le%20thanh$/);
    await page.getByRole("heading", { name: "Kết quả tìm kiếm: “le thanh”" }).waitFor();
    const border = page.getByRole("region", { name: "Biên phòng (Bộ đội Biên phòng tỉnh)" });
    await border.getByRole("link", { name: "Lệ Thanh" }).waitFor();
    const departments = await page.locator("section[aria-label] h2").allInnerTexts();
    expect(departments).toEqual(
      expect.arrayContaining(["Xúc tiến thương mại (Sở Công Thương)", "Du lịch (Sở Văn hóa, Thể thao và Du lịch)"]),
    );
    // Every hit names what the hub stored, tone marks included.
    expect(await page.locator("section[aria-label] .ant-list-item").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining("Lệ Thanh")]),
    );
    await screenshot(page, "search-le-thanh");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the province's public pages signed out, every record PUBLIC, and finds only PUBLIC records", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/public/VN-30`);
    await page.getByRole("heading", { name: "Thông tin công khai — Gia Lai" }).waitFor();
    const answer = await queryData(
      hub.gateway.url,
      `{ destinations(provinceCode: "VN-30") { name } culturalEvents(provinceCode: "VN-30") { name }
         publications(provinceCode: "VN-30") { title } partnerLocalities(provinceCode: "VN-30") { name } }`,
      {},
      { as: "anonymous" },
    );
    const names = [
      ...answer.destinations.map((r: any) => r.name),
      ...answer.culturalEvents.map((r: any) => r.name),
      ...answer.publications.map((r: any) => r.title),
      ...answer.partnerLocalities.map((r: any) => r.name),
    ];
    expect(names.length).toBeGreaterThan(3);
    const items = page.locator(".ant-list-item");
    await items.first().waitFor();
    expect(await items.count()).toBe(names.length);
    expect(new Set(await page.locator(".ant-list-item .ant-tag").allInnerTexts())).toEqual(new Set(["Công khai"]));
    await screenshot(page, "public-gia-lai");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${origin}/search?q=le+thanh`);
    await page.getByRole("heading", { name: "Kết quả tìm kiếm: “le thanh”" }).waitFor();
    await page.locator("section[aria-label] .ant-list-item").first().waitFor();
    expect(new Set(await page.locator("section[aria-label] .ant-tag").allInnerTexts())).toEqual(new Set(["Công khai"]));
    await page.close();
  });

  it("switches the dashboard's labels to English", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/provinces/VN-30/2019`);
    await page.getByRole("heading", { name: "Tổng quan Gia Lai năm 2019" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Gia Lai overview, 2019" }).waitFor();
    await page.getByText("All tasks", { exact: true }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    await page.close();
  });

  it("shows what the departments that answer found when one does not, naming it (run last: it stops border security)", async () => {
    await hub.subgraphs.borderSecurity.stop();
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/search?q=le+thanh`);
    await page.getByRole("heading", { name: "Kết quả tìm kiếm: “le thanh”" }).waitFor();
    const trade = page.getByRole("region", { name: "Xúc tiến thương mại (Sở Công Thương)" });
    await trade.locator(".ant-list-item").first().waitFor();
    const border = page.getByRole("region", { name: "Biên phòng (Bộ đội Biên phòng tỉnh)" });
    await border
      .getByText(/không phản hồi/)
      .first()
      .waitFor();
    expect(await page.getByText(/Không tìm thấy/).count()).toBe(0);
    await page.close();
  });
});
