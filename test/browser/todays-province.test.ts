import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { REPOSITORY_ROOT } from "../../shared/core/config";
import { describeInBrowserOnce, fillReport, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from "../support/browser";
import { official, queryData } from "../support/graphql-client";
import { startHub, type RunningHub } from "../support/hub";
import { reportPdf } from "../support/report-file";

const GIA_LAI_2026 = fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents/gia-lai-2026.txt"), "utf8");
const CULTURE = "Điều phối viên Sở VHTTDL Gia Lai";
const INFORMATION = "Điều phối viên Sở TT&TT Gia Lai";
const TRADE_EDITOR = "Biên tập viên Sở Công Thương Gia Lai";
const DPO = "Cán bộ bảo vệ dữ liệu cá nhân Gia Lai";

describeInBrowserOnce(
  "today's province in the browser: merged Gia Lai's 2026 plan, run by its culture department, and its officials' data",
  () => {
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

    it("lets the culture department's coordinator load and run the 2026 plan, and not the dissolved information department's", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, CULTURE);
      await page.getByRole("link", { name: "Nạp kế hoạch" }).click();
      const revised = GIA_LAI_2026.replace("Trong quý III năm 2026.", "Trong quý III - quý IV năm 2026.");
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: "gia-lai-2026.txt", mimeType: "text/plain", buffer: Buffer.from(revised) });
      await page.getByRole("button", { name: "Nạp kế hoạch" }).click();
      await page.waitForURL(`${origin}/plans/VN-30/2026`);
      await page.getByText("Trong quý III - quý IV năm 2026").first().waitFor();
      await page
        .getByText(/năm 2026 \(bản minh họa của hệ thống\)/)
        .first()
        .waitFor();
      const edit = page.getByRole("button", { name: /^Sửa nhiệm vụ/ });
      await edit.first().waitFor();
      expect(await edit.count()).toBeGreaterThanOrEqual(6);
      await screenshot(page, "plan-gia-lai-2026-culture-department");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // a report received on paper, recorded by the department in charge, against the 2026 plan's deadline
      await page.goto(`${origin}/compliance/VN-30/2026`);
      const row = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Công Thương" });
      await row.getByRole("button", { name: /^Ghi nhận báo cáo giấy: Năm/ }).click();
      const dialog = page.getByRole("dialog");
      await fillReport(page, dialog, { number: "412/BC-SCT", date: "01/12/2026", file: { name: "412-BC-SCT.pdf", buffer: reportPdf() } });
      await dialog.getByLabel("Tóm tắt nội dung").fill("Sở Công Thương báo cáo kết quả năm 2026 (bản giấy).");
      await dialog.getByRole("button", { name: "Lưu" }).click();
      await dialog.waitFor({ state: "hidden" });
      await row.getByText(/^Năm: Đúng hạn/).waitFor();
      await page.close();

      const former = await browser.newPage();
      await signInAs(former, origin, INFORMATION);
      await former.goto(`${origin}/plans/VN-30/2026`);
      await former
        .getByText(/năm 2026 \(bản minh họa của hệ thống\)/)
        .first()
        .waitFor();
      expect(await former.getByRole("button", { name: /^Sửa nhiệm vụ/ }).count()).toBe(0);
      // its own 2019 plan stays its to run
      await former.goto(`${origin}/plans/VN-30/2019`);
      await former
        .getByRole("button", { name: /^Sửa nhiệm vụ/ })
        .first()
        .waitFor();
      await former.close();
    });

    it("shows a focal point's contact details only where the rule allows, saying so elsewhere, and a privacy notice in the form", async () => {
      const page = await browser.newPage();
      await signInAs(page, origin, TRADE_EDITOR);
      await page.goto(`${origin}/compliance/VN-30/2019`);
      const foreignAffairs = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Ngoại vụ" });
      await foreignAffairs.getByText("Lê Văn Hùng").waitFor();
      await foreignAffairs
        .getByText(/^Điện thoại, thư điện tử: chỉ cơ quan phụ trách/)
        .first()
        .waitFor();
      expect(await foreignAffairs.getByText("sngv.lanhdao@example.gov.vn").count()).toBe(0);

      const own = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Sở Công Thương" });
      await own.getByRole("button", { name: /^Cử đầu mối/ }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Thông báo về dữ liệu cá nhân").waitFor();
      await dialog.getByText(/Luật Bảo vệ dữ liệu cá nhân số 91\/2025\/QH15/).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.close();
    });

    it("gives the data-protection officer the processing log, a person's data with its answer date, and erasure", async () => {
      // a read to find in the log
      await queryData(
        hub.gateway.url,
        `{ agencies(provinceCode: "VN-30") { focalPoints { email } } }`,
        {},
        {
          as: official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" }),
        },
      );
      const page = await browser.newPage();
      await signInAs(page, origin, DPO);
      await page.getByRole("link", { name: "Dữ liệu cá nhân" }).click();
      await page.getByRole("heading", { name: "Bảo vệ dữ liệu cá nhân của cán bộ" }).waitFor();
      await page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "Xem" }).first().waitFor();

      await page.getByLabel("Họ và tên người yêu cầu").fill("Ksor Nguyên");
      await page.getByRole("button", { name: "Tìm dữ liệu" }).click();
      await page.getByText(/phản hồi trước ngày \d\d\/\d\d\/\d{4} \(02 ngày làm việc/).waitFor();
      await page.getByText("svhttdl.ttdn@example.gov.vn", { exact: false }).waitFor();
      await screenshot(page, "privacy-access-request");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Xóa dữ liệu theo yêu cầu" }).click();
      await page.getByRole("button", { name: "Xóa vĩnh viễn" }).click();
      await page
        .getByRole("status")
        .getByText(/chuỗi nhật ký vẫn nguyên vẹn/)
        .waitFor();
      const left = await queryData(
        hub.gateway.url,
        `{ agency(id: "VN-30-SVHTTDL") { focalPoints { fullName } } }`,
        {},
        {
          as: official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" }),
        },
      );
      expect(left.agency.focalPoints.map((f: { fullName: string }) => f.fullName)).not.toContain("Ksor Nguyên");
      await page.close();
    });
  },
);
