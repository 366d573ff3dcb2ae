import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";
import { reportFile } from "./support/report-file";
import { temporaryDataDirectory } from "./support/temporary-folder";

// An Giang, as its operator would configure it: its foreign affairs moved to the Office of the People's Committee on 1 July 2025.
const HOLDINGS = [
  { function: "FOREIGN_AFFAIRS", agency: "SNGV", until: "2025-06-30", provinces: ["VN-44"] },
  { function: "FOREIGN_AFFAIRS", agency: "VPUBND", from: "2025-07-01", provinces: ["VN-44"], basis: "Nghị định số 45/2025/NĐ-CP" },
];
// written when the suite starts, so that a run that skips it leaves no folder
const folder = temporaryDataDirectory("functions");

const GIA_LAI_2026 = fs.readFileSync(path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents/gia-lai-2026.txt"), "utf8");
const CULTURE_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" });
const INFORMATION_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });

const IMPORT = /* GraphQL */ `
  mutation ($text: String) {
    importPlan(text: $text) {
      id
      year
      tasks {
        id
      }
    }
  }
`;
const DEADLINE = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!, $input: ReportingDeadlineInput!) {
    updateReportingDeadline(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;
const PLAN = /* GraphQL */ `
  query ($year: Int!) {
    plans(provinceCode: "VN-30", year: $year) {
      id
      mayCoordinate
      reportingDeadlines {
        id
        version
        period
        dueOn
        rawText
      }
    }
  }
`;

describe("foreign information follows the agency that holds the function at the plan's date", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    const holdings = path.join(folder.directory, "function-holders.json");
    fs.writeFileSync(holdings, JSON.stringify(HOLDINGS));
    process.env.HUB_FUNCTION_HOLDERS_FILE = holdings;
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
    delete process.env.HUB_FUNCTION_HOLDERS_FILE;
    folder.cleanup();
  });

  it("lets the culture department load and run Gia Lai's 2026 plan, and refuses the dissolved information department", async () => {
    const loaded = await queryData(hub.gateway.url, IMPORT, { text: GIA_LAI_2026 }, { as: CULTURE_COORDINATOR });
    expect(loaded.importPlan).toMatchObject({ id: "VN-30-2026", year: 2026 });

    const refused = await postGraphQL(hub.gateway.url, IMPORT, { text: GIA_LAI_2026 }, { as: INFORMATION_COORDINATOR });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0].message).toContain("SVHTTDL on 01/01/2026");

    const asCulture = (await queryData(hub.gateway.url, PLAN, { year: 2026 }, { as: CULTURE_COORDINATOR })).plans[0];
    const asInformation = (await queryData(hub.gateway.url, PLAN, { year: 2026 }, { as: INFORMATION_COORDINATOR })).plans[0];
    expect([asCulture.mayCoordinate, asInformation.mayCoordinate]).toEqual([true, false]);

    const annual = asCulture.reportingDeadlines.find((d: { period: string }) => d.period === "ANNUAL");
    const input = { planId: "VN-30-2026", period: "ANNUAL", dueOn: "2026-12-15", rawText: "trước ngày 15/12/2026" };
    const moved = await queryData(
      hub.gateway.url,
      DEADLINE,
      { id: annual.id, version: annual.version, input },
      { as: CULTURE_COORDINATOR },
    );
    expect(moved.updateReportingDeadline.version).toBe(annual.version + 1);
    const stale = await postGraphQL(
      hub.gateway.url,
      DEADLINE,
      { id: annual.id, version: annual.version + 1, input },
      { as: INFORMATION_COORDINATOR },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    // an agency's report received on paper, recorded by the department in charge
    const paper = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($input: ReportInput!) {
          createReport(input: $input) {
            id
            submittedOn
          }
        }
      `,
      {
        input: {
          agencyId: "VN-30-SCT",
          deadlineId: annual.id,
          submittedOn: "2026-12-01",
          documentNumber: "412/BC-SCT",
          file: reportFile(),
        },
      },
      { as: CULTURE_COORDINATOR },
    );
    expect(paper.createReport.submittedOn).toBe("2026-12-01");
  });

  it("keeps the 2019 plan the information department's, and its successor's: both coordinate it", async () => {
    const plan = (await queryData(hub.gateway.url, PLAN, { year: 2019 }, { as: INFORMATION_COORDINATOR })).plans[0];
    expect(plan.mayCoordinate).toBe(true);
    expect((await queryData(hub.gateway.url, PLAN, { year: 2019 }, { as: CULTURE_COORDINATOR })).plans[0].mayCoordinate).toBe(true);
    const other = official({ provinceCode: "VN-30", agencyCode: "SCT", role: "coordinator" });
    expect((await queryData(hub.gateway.url, PLAN, { year: 2019 }, { as: other })).plans[0].mayCoordinate).toBe(false);
  });

  it("says in which years each agency existed, and asks no report of one for a year outside its life", async () => {
    const YEARS = /* GraphQL */ `
      query ($year: Int!) {
        agencies(provinceCode: "VN-30") {
          code
          existedIn(year: $year)
          reports(year: $year) {
            period
          }
        }
      }
    `;
    const lives: Record<string, { existed: boolean; reports: number }> = {};
    for (const year of [2019, 2025, 2026])
      for (const agency of (await queryData(hub.gateway.url, YEARS, { year }, { as: CULTURE_COORDINATOR })).agencies)
        lives[`${agency.code} ${year}`] = { existed: agency.existedIn, reports: agency.reports.length };
    // the information department ended on 28/02/2025, the district committees on 30/06/2025; science and technology began on 01/03/2025
    for (const [code, years] of Object.entries({
      STTTT: [true, true, false],
      "UBND-H:Ia Grai": [true, true, false],
      SKHCN: [false, true, true],
      SCT: [true, true, true],
    }))
      expect({ code, existed: [2019, 2025, 2026].map((year) => lives[`${code} ${year}`].existed) }).toEqual({ code, existed: years });
    // no report owed outside an agency's life; the departments of the year owe theirs
    for (const key of ["STTTT 2026", "SKHCN 2019"]) expect({ key, reports: lives[key].reports }).toEqual({ key, reports: 0 });
    for (const key of ["STTTT 2019", "SCT 2026"]) expect(lives[key].reports).toBeGreaterThan(0);
  });

  it("says who holds each function on a date, each agency's functions and their successors, and the ministry in charge", async () => {
    const data = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        {
          province(code: "VN-30") {
            before: functionHolders(on: "2019-05-01") {
              function
              agencyCodes
            }
            after: functionHolders(on: "2026-05-01") {
              function
              agencyCodes
              bases
            }
            in2019: foreignInformationAuthority(on: "2019-06-15") {
              agencyCode
              agencyName
              ministry
              ministryOffice
            }
            in2026: foreignInformationAuthority(on: "2026-06-15") {
              agencyCode
              agencyName
              ministry
              ministryOffice
            }
          }
          agency(id: "VN-30-STTTT") {
            functions {
              function
              until
              successorCodes
            }
          }
        }
      `,
      {},
      { as: CULTURE_COORDINATOR },
    );
    const holders = (list: { function: string; agencyCodes: string[] }[], fn: string) => list.find((h) => h.function === fn)!.agencyCodes;
    expect(holders(data.province.before, "FOREIGN_INFORMATION")).toEqual(["STTTT"]);
    expect(holders(data.province.after, "FOREIGN_INFORMATION")).toEqual(["SVHTTDL"]);
    expect(holders(data.province.before, "TRADE_PROMOTION")).toContain("SKHDT");
    expect(holders(data.province.after, "TRADE_PROMOTION")).toEqual(expect.arrayContaining(["SCT", "STC"]));
    expect(holders(data.province.after, "TRADE_PROMOTION")).not.toContain("SKHDT");
    expect(data.province.after.find((h: { function: string }) => h.function === "FOREIGN_INFORMATION").bases[0]).toContain("43/2025/NĐ-CP");
    expect(data.province.in2019).toEqual({
      agencyCode: "STTTT",
      agencyName: "Sở Thông tin và Truyền thông",
      ministry: "Bộ Thông tin và Truyền thông",
      ministryOffice: "Cục Thông tin đối ngoại",
    });
    expect(data.province.in2026).toEqual({
      agencyCode: "SVHTTDL",
      agencyName: "Sở Văn hóa, Thể thao và Du lịch",
      ministry: "Bộ Văn hóa, Thể thao và Du lịch",
      ministryOffice: "Cục Thông tin cơ sở và Thông tin đối ngoại",
    });
    // one agency, two successors: foreign information to Culture, digital work to Science and Technology
    expect(data.agency.functions).toEqual(
      expect.arrayContaining([
        { function: "FOREIGN_INFORMATION", until: "2025-02-28", successorCodes: ["SVHTTDL"] },
        { function: "DIGITAL_TRANSFORMATION", until: "2025-02-28", successorCodes: ["SKHCN"] },
      ]),
    );
  });

  it("lets the holder of trade promotion today write trade records, and not the department merged away in 2025", async () => {
    const create = /* GraphQL */ `
      mutation ($input: TradeEventInput!) {
        createTradeEvent(input: $input) {
          id
        }
      }
    `;
    const input = { provinceCode: "VN-30", name: "Hội nghị xúc tiến đầu tư thử", kind: "INVESTMENT_CONFERENCE", startsOn: "2026-10-01" };
    const finance = official({ provinceCode: "VN-30", agencyCode: "STC", role: "editor" });
    expect((await queryData(hub.gateway.url, create, { input }, { as: finance })).createTradeEvent.id).toBeTruthy();
    const planning = await postGraphQL(
      hub.gateway.url,
      create,
      { input },
      { as: official({ provinceCode: "VN-30", agencyCode: "SKHDT", role: "editor" }) },
    );
    expect(planning.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(planning.errors?.[0].message).toContain("xúc tiến thương mại và đầu tư");
  });

  it("follows a province's own holdings from the operator's file: An Giang's foreign affairs, now its People's Committee office's", async () => {
    const create = /* GraphQL */ `
      mutation ($input: DelegationInput!) {
        createDelegation(input: $input) {
          id
        }
      }
    `;
    const input = { provinceCode: "VN-44", name: "Đoàn công tác thử", direction: "INCOMING", countryCode: "KH", startsOn: "2026-09-01" };
    const office = official({ provinceCode: "VN-44", agencyCode: "VPUBND", role: "editor" });
    expect((await queryData(hub.gateway.url, create, { input }, { as: office })).createDelegation.id).toBeTruthy();
    const former = await postGraphQL(
      hub.gateway.url,
      create,
      { input },
      { as: official({ provinceCode: "VN-44", agencyCode: "SNGV", role: "editor" }) },
    );
    expect(former.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // Gia Lai keeps its foreign-affairs department: the national rule
    const giaLai = { ...input, provinceCode: "VN-30" };
    const sngv = official({ provinceCode: "VN-30", agencyCode: "SNGV", role: "editor" });
    expect((await queryData(hub.gateway.url, create, { input: giaLai }, { as: sngv })).createDelegation.id).toBeTruthy();
  });
});
