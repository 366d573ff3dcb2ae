import JSZip from "jszip";
import { describeInBrowserOnce, hubInBrowser, screenshot, signInAs } from "../support/browser";
import { GIA_LAI_2023 } from "../support/composed-plans";
import { asNumberedDocx } from "../support/word-files";

const COORDINATOR = "Điều phối viên Sở TT&TT Gia Lai";

// the import's loading on MySQL is proven by test/plan-import.test.ts through the API: the page, once, in the first pass
describeInBrowserOnce("a plan typed in Word with its own list numbering, loaded through the page", () => {
  const running = hubInBrowser();

  it("previews its sections and tasks numbered as Word shows them, then stores the plan with each task's number and agencies", async () => {
    const docx = await asNumberedDocx(GIA_LAI_2023);
    // the numbers are Word's, in numbering.xml: none is typed in the text
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).not.toMatch(/<w:t[^>]*>(?:II|1)\. /);
    expect(xml).toContain("<w:numPr>");

    const { hub, browser, origin } = running;
    const page = await browser.newPage();
    await signInAs(page, origin, COORDINATOR);
    await page.goto(`${origin}/plans/import`);
    await page.locator('input[type="file"]').setInputFiles({
      name: "516-KH-UBND.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: docx,
    });
    const tasks = page.getByRole("region", { name: "Nhiệm vụ (2)" });
    await tasks.getByText("Tuyên truyền về biên giới đất liền Việt Nam – Campuchia").waitFor();
    await tasks.getByText("Quảng bá du lịch Gia Lai trên báo chí nước ngoài").waitFor();
    await page.getByText("516/KH-UBND").first().waitFor();
    await screenshot(page, "plan-import-word-numbered");
    await page.getByRole("button", { name: "Nạp kế hoạch" }).click();
    await page.waitForURL(`${origin}/plans/VN-30/2023`);
    await page.getByText(/^0\/2 nhiệm vụ hoàn thành/).waitFor();

    const stored = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT outline, title FROM task WHERE planId LIKE 'VN-30-2023%' ORDER BY outline`,
    );
    expect(stored.map((t: { outline: string; title: string }) => [t.outline, t.title])).toEqual([
      ["1", "Tuyên truyền về biên giới đất liền Việt Nam – Campuchia"],
      ["2", "Quảng bá du lịch Gia Lai trên báo chí nước ngoài"],
    ]);
    await page.close();
  });
});
