import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { parsePlanDocument } from "../subgraphs/plans/import/parser/parse-plan";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { GIA_LAI_2019 } from "./support/plan-versions";

const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const LOCALES = Object.fromEntries(
  ["vi", "en"].map((language) => [
    language,
    JSON.parse(fs.readFileSync(path.join(REPOSITORY_ROOT, "web", "src", "locales", `${language}.json`), "utf8")) as Record<string, string>,
  ]),
);

/** Every file under `dir` ending in .ts or .mjs. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const IMPORTER = sources(path.join(REPOSITORY_ROOT, "subgraphs", "plans", "import")).map((file) => fs.readFileSync(file, "utf8"));
const codesSaid = (pattern: RegExp) => [...new Set(IMPORTER.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1])))];

const PREVIEW = /* GraphQL */ `
  query ($text: String!) {
    previewPlanImport(text: $text) {
      warnings
      warningDetails {
        code
        place {
          part
          number
          heading
          item
        }
        params {
          name
          value
        }
        message
      }
    }
  }
`;

describe("the importer's warnings and refusals carry codes, worded in Vietnamese and English", () => {
  it("has Vietnamese and English wording for every warning code and every refusal reason the importer can give", () => {
    const warnings = codesSaid(/\.add\(\s*[^,]+,\s*"([A-Z0-9_]+)"/g).concat(codesSaid(/code: "(TIMEFRAME_[A-Z0-9_]+)"/g));
    const refusals = [
      ...codesSaid(/reason: "([A-Z0-9_]+)"/g),
      ...codesSaid(/PlanDocumentError\(\s*(?:"[^"]*"|`[^`]*`)\s*,\s*"([A-Z0-9_]+)"/g),
      ...codesSaid(/unreadableFile\(\s*"([A-Z0-9_]+)"/g).map((code) => `FILE_${code}`),
      ...codesSaid(/refuse\("([A-Z0-9_]+)"/g).map((code) => `FILE_${code}`),
      "NOT_A_PLAN",
      "TIME_LIMIT",
      "MEMORY_LIMIT",
      "STACK_LIMIT",
    ];
    // the patterns find the codes: an empty list would prove nothing
    expect(warnings.length).toBeGreaterThanOrEqual(15);
    expect(refusals.length).toBeGreaterThanOrEqual(40);
    for (const language of ["vi", "en"]) {
      expect(warnings.filter((code) => !LOCALES[language][`importWarning.${code}`])).toEqual([]);
      expect(refusals.filter((code) => !LOCALES[language][`problem.${code}`])).toEqual([]);
    }
  });

  it("gives each warning of the parser a code, its place and its figures beside the English sentence", () => {
    const text = GIA_LAI_2019.replace("Sở Ngoại vụ", "Sở Hợp tác Quốc tế");
    const plan = parsePlanDocument(text);
    expect(plan.warningDetails!.map((w) => w.message)).toEqual(plan.warnings);
    const report = plan.warningDetails!.find((w) => w.code === "REPORT_DEADLINE_NOT_REAL")!;
    expect(report.params).toMatchObject({ period: "ANNUAL", date: "31/11/2019", dateProblem: "DAY_BEYOND_MONTH", month: 11, days: 30 });
    const agency = plan.warningDetails!.find((w) => w.code.startsWith("AGENCY_UNKNOWN"))!;
    expect(agency.params.name).toBe("Sở Hợp tác Quốc tế");
    expect(["task", "section"]).toContain(agency.place.part);
    expect(agency.message.startsWith(agency.place.part === "task" ? `task ${agency.place.number}` : "section")).toBe(true);
  });

  describe("over HTTP", () => {
    let hub: RunningHub;
    beforeAll(async () => {
      hub = await startHub();
    });
    afterAll(async () => {
      await hub?.stop();
    });

    it("lists the preview's warnings with their codes, places and figures, as many as the English ones", async () => {
      const { previewPlanImport } = await queryData(hub.gateway.url, PREVIEW, { text: GIA_LAI_2019 }, { as: COORDINATOR });
      expect(previewPlanImport.warningDetails.length).toBe(previewPlanImport.warnings.length);
      expect(previewPlanImport.warningDetails.length).toBeGreaterThan(0);
      const report = previewPlanImport.warningDetails.find((w: { code: string }) => w.code === "REPORT_DEADLINE_NOT_REAL");
      expect(report.params).toEqual(
        expect.arrayContaining([
          { name: "period", value: "ANNUAL" },
          { name: "date", value: "31/11/2019" },
          { name: "days", value: "30" },
        ]),
      );
      expect(report.place.part).toBeTruthy();
    });

    it("sends every figure each warning's wording names, so no reader sees a bare {{placeholder}}", async () => {
      // an unknown agency's warning names its derived code: once sent as "code", which the preview dropped as plumbing
      const text = GIA_LAI_2019.replace("Sở Ngoại vụ", "Sở Hợp tác Quốc tế");
      const { previewPlanImport } = await queryData(hub.gateway.url, PREVIEW, { text }, { as: COORDINATOR });
      const derived = ["periodName", "departmentName", "why"];
      const unfilled = previewPlanImport.warningDetails.flatMap((w: { code: string; params: { name: string }[] }) =>
        ["vi", "en"].flatMap((language) =>
          [...(LOCALES[language][`importWarning.${w.code}`] ?? "").matchAll(/\{\{(\w+)\}\}/g)]
            .map((m) => m[1])
            .filter((name) => !derived.includes(name) && !w.params.some((p) => p.name === name))
            .map((name) => `${w.code} (${language}): {{${name}}}`),
        ),
      );
      expect(previewPlanImport.warningDetails.map((w: { code: string }) => w.code)).toContain("AGENCY_UNKNOWN");
      expect(unfilled).toEqual([]);
    });

    it.each([
      ["a document that is not a plan", { text: "Xin chào, đây là một bức thư." }, "NO_TITLE"],
      ["an empty file", { file: "" }, "FILE_EMPTY"],
      ["bytes that are not base64", { file: "***" }, "FILE_NOT_BASE64"],
      ["a plan of another province", { text: GIA_LAI_2019, provinceCode: "VN-44" }, "ANOTHER_PROVINCES_PLAN"],
      ["a province code that is none", { text: GIA_LAI_2019, provinceCode: "Gia Lai" }, "NOT_A_PROVINCE_CODE"],
    ])("refuses %s with a reason code a reader can word", async (_what, variables, reason) => {
      const answer = await postGraphQL(
        hub.gateway.url,
        /* GraphQL */ `
          mutation ($text: String, $file: String, $provinceCode: String) {
            importPlan(text: $text, file: $file, provinceCode: $provinceCode) {
              id
            }
          }
        `,
        variables,
        { as: COORDINATOR },
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason });
      expect(LOCALES.vi[`problem.${reason}`]).toBeTruthy();
    });
  });
});
