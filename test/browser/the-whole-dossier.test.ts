import type { Browser, Locator, Page } from "playwright-core";
import {
  describeInBrowserOnce,
  choose,
  launchBrowser,
  screenshot,
  seriousAccessibilityViolations,
  signInAs,
  taskRow,
  typeDate,
  until,
} from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";

const BORDER_GUARD = "Biên tập viên BĐBP Gia Lai (Mật)";
const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";
const TRADE_EDITOR = "Biên tập viên Sở Công Thương Gia Lai";
const HOME_AFFAIRS = "Cán bộ Sở Nội vụ Gia Lai";
const VIEWER = "Lãnh đạo UBND tỉnh Gia Lai (xem)";
const clearedBorderEditor = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
const tradeEditor = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" });
const homeAffairs = official({ provinceCode: "VN-30", agencyCode: "SNV", role: "editor" });

const INCIDENT_TITLE = "Vụ việc tại Lệ Thanh theo nhiệm vụ 7 (thử nghiệm)";
const HOME_AFFAIRS_EVENT = "Hội nghị kết nối doanh nghiệp có Sở Nội vụ tham gia (thử nghiệm)";

/** Every record list a task has, each record with the agencies it names (as the plan view reads them). */
const RECORD_LISTS = [
  "tradeEvents",
  "investmentProjects",
  "culturalEvents",
  "promotionCampaigns",
  "publications",
  "destinations",
  "pressVisits",
  "delegations",
  "mediaMonitoringItems",
  "outreachSessions",
  "informationPoints",
  "borderIncidents",
];

interface PlanTask {
  outline: string;
  title: string;
  leads: { code: string }[];
  coordinators: { code: string }[];
  [list: string]: unknown;
}

/** The codes of the agencies a task concerns: leading it, coordinating it, or named on a record under it. */
function concerned(task: PlanTask): Set<string> {
  const records = RECORD_LISTS.flatMap((list) => (task[list] as { agencies: { code: string }[] }[] | null) ?? []);
  return new Set([...task.leads, ...task.coordinators, ...records.flatMap((r) => r.agencies)].map((a) => a.code));
}

/** The outlines of the task rows the plan view shows. */
async function shownOutlines(page: Page): Promise<string[]> {
  return page.locator(".ant-table-tbody tr.ant-table-row td:first-child").allInnerTexts();
}

/** A row of the conflict panel, by its field's label. */
function conflictRow(panel: Locator, label: string): Locator {
  return panel
    .locator("tbody tr")
    .filter({ has: panel.page().locator("td:first-child", { hasText: new RegExp(`^${label}`) }) })
    .first();
}

describeInBrowserOnce(
  "the whole dossier in a real browser: border incidents under their task, records opened from dossiers, agencies, conflicts and dates",
  () => {
    let hub: RunningHub;
    let browser: Browser;
    let origin: string;
    let incidentId: string;
    let tasks: PlanTask[];

    beforeAll(async () => {
      hub = await startHub();
      origin = new URL(hub.gateway.url).origin;
      browser = await launchBrowser();
      incidentId = (
        await queryData(
          hub.gateway.url,
          /* GraphQL */ `
            mutation ($input: BorderIncidentInput!) {
              createBorderIncident(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              provinceCode: "VN-30",
              taskId: "VN-30-2019:7",
              title: INCIDENT_TITLE,
              occurredOn: "2019-06-18",
              borderGateId: "VN-30-le-thanh",
              classification: "SECRET",
              agencyIds: ["VN-30-BDBP"],
            },
          },
          { as: clearedBorderEditor },
        )
      ).createBorderIncident.id;
      // A record naming an agency that neither leads nor coordinates its task.
      await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          mutation ($input: TradeEventInput!) {
            createTradeEvent(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            provinceCode: "VN-30",
            taskId: "VN-30-2019:10",
            name: HOME_AFFAIRS_EVENT,
            kind: "BUSINESS_MATCHING",
            startsOn: "2019-11-05",
            agencyIds: ["VN-30-SCT", "VN-30-SNV"],
          },
        },
        { as: tradeEditor },
      );
      const agencies = "agencies { code }";
      tasks = (
        await queryData(
          hub.gateway.url,
          `query { plans(provinceCode: "VN-30", year: 2019, limit: 1) { tasks { outline title leads { code } coordinators { code }
           ${RECORD_LISTS.map((list) => `${list} { ${agencies} }`).join(" ")} } } }`,
          {},
          { as: homeAffairs },
        )
      ).plans[0].tasks;
    });
    afterAll(async () => {
      await browser?.close();
      await hub?.stop();
    });

    it("shows a SECRET border incident under its task to the cleared border editor, and not to an uncleared coordinator", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, BORDER_GUARD);
      await page.goto(`${origin}/plans/VN-30/2019`);
      const row = taskRow(page, "7");
      const incident = row.getByRole("link", { name: INCIDENT_TITLE });
      await incident.waitFor();
      // listed under the border guard's name, with its date and its classification badge
      const line = row
        .locator("div")
        .filter({ hasText: /^Biên phòng/ })
        .filter({ has: page.getByRole("link", { name: INCIDENT_TITLE }) })
        .last();
      expect(await line.innerText()).toContain(`${INCIDENT_TITLE} (18/06/2019) Mật`);
      await screenshot(page, "plan-task-border-incident");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.close();

      const other = await browser.newPage();
      await signInAs(other, origin, COORDINATOR);
      await other.goto(`${origin}/plans/VN-30/2019`);
      // the border guard's other records under task 7 arrive; the incident does not
      await taskRow(other, "7")
        .getByText(/^Biên phòng/)
        .waitFor();
      expect(await other.getByText(INCIDENT_TITLE).count()).toBe(0);
      expect(await other.content()).not.toContain("theo nhiệm vụ 7 (thử nghiệm)");
      await other.close();
    });

    it("opens a dossier item's record, with all its fields and what they name, from the plan, a border gate and a country", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, BORDER_GUARD);
      await page.goto(`${origin}/plans/VN-30/2019`);
      await taskRow(page, "7").getByRole("link", { name: INCIDENT_TITLE }).click();
      await page.waitForURL(`${origin}/records/BorderIncident/${encodeURIComponent(incidentId)}/view`);
      await page.getByRole("heading", { name: `Vụ việc biên giới: ${INCIDENT_TITLE}` }).waitFor();
      const fields = page.locator(".ant-descriptions");
      const task7 = tasks.find((t) => t.outline === "7")!;
      // references by name, linked to what they name
      await fields.getByRole("link", { name: `2019 · 7. ${task7.title}` }).waitFor();
      await fields.getByRole("link", { name: "Lệ Thanh" }).waitFor();
      await fields.getByText("Mật", { exact: true }).waitFor();
      await fields.getByText("18/06/2019", { exact: true }).waitFor();
      expect(await fields.locator("th").allInnerTexts()).toEqual(
        expect.arrayContaining(["Mức độ", "Nhiệm vụ của kế hoạch", "Cơ quan tham gia", "Cửa khẩu", "Xã biên giới"]),
      );
      await screenshot(page, "record-view-border-incident");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      // the border guard keeps such records: its form is one click away, and cancelling it comes back here
      await page.getByRole("button", { name: "Sửa" }).click();
      await page.waitForURL(`${origin}/records/BorderIncident/${encodeURIComponent(incidentId)}`);
      await page.getByRole("heading", { name: "Sửa: Vụ việc biên giới" }).waitFor();
      await page.getByRole("button", { name: "Hủy" }).click();
      await page.waitForURL(`${origin}/records/BorderIncident/${encodeURIComponent(incidentId)}/view`);
      await page.close();

      // A viewer opens records from the border gate's and the country's dossiers; nothing offers to edit them.
      const viewer = await browser.newPage();
      await signInAs(viewer, origin, VIEWER);
      await viewer.goto(`${origin}/border-gates/VN-30-le-thanh`);
      const sessions = viewer
        .getByRole("heading", { name: "Tuyên truyền cho cư dân biên giới" })
        .locator("xpath=following-sibling::div[1]");
      const session = sessions.getByRole("link").first();
      const topic = await session.innerText();
      await session.click();
      await viewer.waitForURL(/\/records\/OutreachSession\/[^/]+\/view$/);
      await viewer.getByRole("heading", { name: `Buổi tuyên truyền: ${topic}` }).waitFor();
      await viewer.locator(".ant-descriptions").getByText(topic, { exact: true }).waitFor();
      expect(await viewer.getByRole("button", { name: "Sửa" }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(viewer)).toEqual([]);
      await viewer.goto(`${origin}/countries/KH`);
      const delegations = viewer.getByRole("heading", { name: "Đoàn ra, đoàn vào" }).locator("xpath=following-sibling::div[1]");
      const delegation = delegations.getByRole("link").first();
      const name = await delegation.innerText();
      await delegation.click();
      await viewer.waitForURL(/\/records\/Delegation\/[^/]+\/view$/);
      await viewer.getByRole("heading", { name: `Đoàn ra, đoàn vào: ${name}` }).waitFor();
      await viewer
        .locator(".ant-descriptions")
        .getByRole("link", { name: /Campuchia/ })
        .first()
        .waitFor();
      await viewer.close();
    });

    it("filters the plan by an agency coordinating a task or named on its records, and by the official's own agency", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, HOME_AFFAIRS);
      await page.goto(`${origin}/plans/VN-30/2019`);
      await taskRow(page, "1").waitFor();
      // The police lead no task of the plan but coordinate several.
      const coordinatedByPolice = tasks.filter((t) => t.coordinators.some((a) => a.code === "CA")).map((t) => t.outline);
      expect(tasks.filter((t) => t.leads.some((a) => a.code === "CA"))).toEqual([]);
      expect(coordinatedByPolice.length).toBeGreaterThan(0);
      await page.getByRole("combobox", { name: "Cơ quan" }).click();
      await page.locator(".ant-select-item-option").filter({ hasText: /^CA$/ }).click();
      await page.waitForURL(/agency=CA/);
      await until(async () => (await shownOutlines(page)).length === tasks.filter((t) => concerned(t).has("CA")).length);
      expect(await shownOutlines(page)).toEqual(tasks.filter((t) => concerned(t).has("CA")).map((t) => t.outline));
      expect(await shownOutlines(page)).toEqual(expect.arrayContaining(coordinatedByPolice));
      // Home affairs neither leads nor coordinates task 10, but a trade event under it names them.
      await page.getByRole("checkbox", { name: "Chỉ việc của cơ quan tôi (SNV)" }).check();
      await page.waitForURL(/agency=SNV/);
      await taskRow(page, "10").getByRole("link", { name: HOME_AFFAIRS_EVENT }).waitFor();
      expect(await shownOutlines(page)).toEqual(tasks.filter((t) => concerned(t).has("SNV")).map((t) => t.outline));
      expect(tasks.find((t) => t.outline === "10")!.leads.concat(tasks.find((t) => t.outline === "10")!.coordinators)).not.toContainEqual({
        code: "SNV",
      });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole("checkbox", { name: "Chỉ việc của cơ quan tôi (SNV)" }).uncheck();
      await until(async () => (await shownOutlines(page)).length > tasks.filter((t) => concerned(t).has("SNV")).length);
      expect(page.url()).not.toContain("agency=");
      await page.close();
    });

    it("shows every field of a stale edit, relations by name, the current value beside the official's", async () => {
      const { createTradeEvent: event } = await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          mutation ($input: TradeEventInput!) {
            createTradeEvent(input: $input) {
              id
              version
            }
          }
        `,
        {
          input: {
            provinceCode: "VN-30",
            taskId: "VN-30-2019:5",
            name: "Phiên giao thương nông sản Gia Lai – Campuchia",
            kind: "BUSINESS_MATCHING",
            startsOn: "2019-09-12",
            countryCode: "KH",
            borderGateId: "VN-30-le-thanh",
            agencyIds: ["VN-30-SCT"],
          },
        },
        { as: tradeEditor },
      );
      const page = await browser.newPage();
      await signInAs(page, origin, TRADE_EDITOR);
      await page.goto(`${origin}/records/TradeEvent/${encodeURIComponent(event.id)}`);
      await until(
        async () => (await page.getByLabel("Tên", { exact: true }).inputValue()) === "Phiên giao thương nông sản Gia Lai – Campuchia",
      );
      // Meanwhile someone else moves it to another task, country and agencies.
      await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          mutation ($id: ID!, $version: Int!, $input: TradeEventInput!) {
            updateTradeEvent(id: $id, version: $version, input: $input) {
              version
            }
          }
        `,
        {
          id: event.id,
          version: event.version,
          input: {
            provinceCode: "VN-30",
            taskId: "VN-30-2019:9",
            name: "Phiên giao thương nông sản Gia Lai – Campuchia",
            kind: "BUSINESS_MATCHING",
            startsOn: "2019-09-12",
            countryCode: "LA",
            borderGateId: null,
            agencyIds: ["VN-30-SCT", "VN-30-SNGV"],
          },
        },
        { as: tradeEditor },
      );
      await page.getByLabel("Địa điểm", { exact: true }).fill("Cửa khẩu quốc tế Lệ Thanh");
      await page.getByRole("button", { name: "Lưu" }).click();
      const conflict = page.getByRole("alert").filter({ hasText: "Người khác vừa sửa hồ sơ này" });
      await conflict.waitFor();
      const cells = async (label: string) => {
        const row = conflictRow(conflict, label);
        return { current: await row.locator("td").nth(1).innerText(), mine: await row.locator("td").nth(2).innerText(), row };
      };
      const task = (outline: string) => `2019 · ${outline}. ${tasks.find((t) => t.outline === outline)!.title}`;
      const taskCells = await cells("Nhiệm vụ của kế hoạch");
      expect(taskCells).toMatchObject({ current: task("9"), mine: task("5") });
      await taskCells.row.getByText("khác nhau").waitFor();
      expect(await cells("Quốc gia")).toMatchObject({ current: expect.stringMatching(/Lào \(LA\)$/), mine: "Campuchia (KH)" });
      expect(await cells("Cửa khẩu")).toMatchObject({ current: "—", mine: "Lệ Thanh" });
      const agencies = await cells("Cơ quan tham gia");
      expect(agencies.current).toMatch(/^SCT — Sở Công Thương.*; SNGV — Sở Ngoại vụ/);
      expect(agencies.mine).toMatch(/^SCT — Sở Công Thương/);
      expect(await cells("Địa điểm")).toMatchObject({ current: "—", mine: "Cửa khẩu quốc tế Lệ Thanh" });
      // what both agree on is shown too, unmarked
      const kind = await cells("Loại");
      expect(kind).toMatchObject({ current: "Kết nối doanh nghiệp", mine: "Kết nối doanh nghiệp" });
      expect(await kind.row.getByText("khác nhau").count()).toBe(0);
      expect(await cells("Mức độ")).toMatchObject({ current: "Nội bộ", mine: "Nội bộ" });
      await screenshot(page, "record-conflict-every-field");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.close();
    });

    it("warns, without refusing, when a record's date lies outside its task's plan year, and cancels a new record without saving it", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, TRADE_EDITOR);
      await page.goto(`${origin}/records/TradeEvent`);
      await page.getByRole("button", { name: "Thêm mới" }).click();
      await page.getByRole("heading", { name: "Thêm: Hoạt động xúc tiến thương mại" }).waitFor();
      await page.getByLabel("Tên", { exact: true }).fill("Hội chợ biên giới đầu năm sau");
      await choose(page, page.getByRole("combobox", { name: "Loại" }), "hoi cho", "Hội chợ");
      await choose(page, page.getByRole("combobox", { name: "Nhiệm vụ của kế hoạch" }), "quang ba du lich", /^2019 · 5\./);
      await typeDate(page, "Từ ngày", "12/09/2019");
      expect(await page.getByText(/ngoài năm 2019/).count()).toBe(0);
      await typeDate(page, "Từ ngày", "12/03/2020");
      const startsOn = page.locator(".ant-form-item").filter({ has: page.getByText("Từ ngày", { exact: true }) });
      await startsOn.getByText("Ngày này nằm ngoài năm 2019 của kế hoạch có nhiệm vụ đã chọn", { exact: false }).waitFor();
      await page.getByRole("alert").filter({ hasText: "Có ngày nằm ngoài năm 2019 của kế hoạch có nhiệm vụ đã chọn: Từ ngày." }).waitFor();
      await page.keyboard.press("Escape");
      await until(async () => (await page.locator(".ant-select-dropdown:visible").count()) === 0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, "record-date-outside-plan-year");
      await page.getByRole("button", { name: "Lưu" }).click();
      await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
      const [stored] = await hub.subgraphs.trade.database.dataSource.query(
        `SELECT startsOn, taskId FROM trade_event WHERE name = 'Hội chợ biên giới đầu năm sau'`,
      );
      expect({ ...stored, startsOn: String(stored.startsOn).slice(0, 10) }).toEqual({ startsOn: "2020-03-12", taskId: "VN-30-2019:5" });
      // the record as saved still says so
      await page.getByText("Ngày này nằm ngoài năm 2019", { exact: false }).waitFor();

      await page.goto(`${origin}/records/TradeEvent`);
      await page.getByRole("button", { name: "Thêm mới" }).click();
      await page.getByLabel("Tên", { exact: true }).fill("Bản nháp bỏ dở");
      await page.getByRole("button", { name: "Hủy" }).click();
      await page.waitForURL(`${origin}/records/TradeEvent`);
      await page.getByRole("heading", { name: "Hoạt động xúc tiến thương mại" }).waitFor();
      const [draft] = await hub.subgraphs.trade.database.dataSource.query(
        `SELECT COUNT(*) AS n FROM trade_event WHERE name = 'Bản nháp bỏ dở'`,
      );
      expect(Number(draft.n)).toBe(0);
      await page.close();
    });

    it("offers today's agencies first in a record's agency picker, and names one the 2025 reorganisation ended with the day it ended", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, TRADE_EDITOR);
      await page.goto(`${origin}/records/TradeEvent`);
      await page.getByRole("button", { name: "Thêm mới" }).click();
      await page.getByRole("heading", { name: "Thêm: Hoạt động xúc tiến thương mại" }).waitFor();
      const picker = page.getByRole("combobox", { name: "Cơ quan tham gia" });
      await picker.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]").click();
      const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
      await options.first().waitFor();
      const shown = await options.allInnerTexts();
      expect(shown.length).toBeGreaterThan(3);
      expect(shown.filter((label) => label.includes("hoạt động đến"))).toEqual([]);
      await page.keyboard.type("thong tin");
      const information = options.filter({ hasText: /^STTTT — / });
      await information.waitFor();
      expect(await information.innerText()).toMatch(/^STTTT — Sở Thông tin và Truyền thông \(hoạt động đến 28\/02\/2025\)$/);
      // of two agencies "đầu tư" finds, the ended one comes after, though the directory lists it first
      await page.keyboard.press("Control+A");
      await page.keyboard.type("dau tu");
      await options.filter({ hasText: /^SKHDT — / }).waitFor();
      expect(await options.allInnerTexts()).toEqual([
        "TTXTTMDT — Trung tâm Xúc tiến Thương mại và Đầu tư",
        "SKHDT — Sở Kế hoạch và Đầu tư (hoạt động đến 28/02/2025)",
      ]);
      await screenshot(page, "record-agency-picker-ended-agency");
      await page.keyboard.press("Escape");
      await page.close();
    });
  },
);
