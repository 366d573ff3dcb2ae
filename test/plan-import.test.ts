import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { TaskBorderGate } from "../subgraphs/plans/plan/task";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { plansDatabaseEnv, startHub, type RunningHub } from "./support/hub";

const run = promisify(execFile);
const DOCUMENTS = path.join(REPOSITORY_ROOT, "subgraphs/plans/demo/documents");
const GIA_LAI = fs.readFileSync(path.join(DOCUMENTS, "gia-lai-2019.txt"), "utf8");
const AN_GIANG = fs.readFileSync(path.join(DOCUMENTS, "an-giang-2018.txt"), "utf8");
const PLAN_DOSSIER = fs.readFileSync(path.join(REPOSITORY_ROOT, "test/contract/operations/PlanDossier.graphql"), "utf8");

const GIA_LAI_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const TAY_NINH_COORDINATOR = official({ provinceCode: "VN-37", agencyCode: "STTTT", role: "coordinator" });
const IMPORT = /* GraphQL */ `
  mutation ($text: String!, $add: Boolean) {
    importPlan(text: $text, addUnknown: $add) {
      id
      title
      year
      tasks {
        id
      }
      legalBases {
        number
      }
    }
  }
`;

/** Gia Lai's plan, moved to Tây Ninh 2020 and naming a department the demo directory lacks. */
const TAY_NINH = GIA_LAI.replace(/Gia Lai/g, "Tây Ninh")
  .replace(/2019/g, "2020")
  .replace("Cơ quan phối hợp: Sở Kế hoạch và Đầu tư,", "Cơ quan phối hợp: Sở Kế hoạch và Đầu tư, Sở Xây dựng,");

describe("plan importer: a document into the hub, end to end", () => {
  let hub: RunningHub;
  const counts = async () => {
    const [row] = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM plan) AS plans, (SELECT COUNT(*) FROM task) AS tasks, (SELECT COUNT(*) FROM legal_basis) AS bases, (SELECT COUNT(*) FROM task_participant) AS participants`,
    );
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
  };

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("re-importing a sample updates it, keeps task progress, and duplicates nothing", async () => {
    await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation {
          updateTaskProgress(id: "VN-30-2019:10", version: 1, input: { status: IN_PROGRESS, progressNote: "Đang làm" }) {
            version
          }
        }
      `,
      {},
      { as: official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "editor" }) },
    );
    const before = await counts();
    const first = await queryData(hub.gateway.url, IMPORT, { text: GIA_LAI }, { as: GIA_LAI_COORDINATOR });
    const second = await queryData(hub.gateway.url, IMPORT, { text: GIA_LAI.replace(/\n/g, "\r\n") }, { as: GIA_LAI_COORDINATOR });
    expect(first.importPlan).toEqual(second.importPlan);
    expect(first.importPlan).toMatchObject({ id: "VN-30-2019", year: 2019 });
    expect(first.importPlan.tasks).toHaveLength(10);
    expect(await counts()).toEqual(before);
    const { task } = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        {
          task(id: "VN-30-2019:10") {
            status
            progressNote
          }
        }
      `,
    );
    expect(task).toEqual({ status: "IN_PROGRESS", progressNote: "Đang làm" });
  });

  it("refuses a plan naming what the directory lacks, listing it, and adds it when asked", async () => {
    const refused = await postGraphQL(hub.gateway.url, IMPORT, { text: TAY_NINH }, { as: TAY_NINH_COORDINATOR });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0].message).toContain("Sở Xây dựng");
    expect(refused.errors?.[0].extensions?.unknownAgencies).toContain("SXD");
    expect(
      await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          {
            plans(provinceCode: "VN-37") {
              id
            }
          }
        `,
      ),
    ).toEqual({ plans: [] });

    const added = await queryData(hub.gateway.url, IMPORT, { text: TAY_NINH, add: true }, { as: TAY_NINH_COORDINATOR });
    expect(added.importPlan).toMatchObject({ id: "VN-37-2020", year: 2020 });
    const dossier = await queryData(hub.gateway.url, PLAN_DOSSIER, { provinceCode: "VN-37", year: 2020 }, { as: TAY_NINH_COORDINATOR });
    expect(dossier.plans[0].tasks).toHaveLength(10);
    expect(dossier.plans[0].tasks[4].coordinators.map((a: any) => a.code)).toContain("SXD");
  });

  it("lets only coordinators of the plan's province import it, and audits the attempt", async () => {
    const other = await postGraphQL(hub.gateway.url, IMPORT, { text: AN_GIANG }, { as: GIA_LAI_COORDINATOR });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const editor = await postGraphQL(
      hub.gateway.url,
      IMPORT,
      { text: GIA_LAI },
      { as: official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "editor" }) },
    );
    expect(editor.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const [entry] = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT operation, outcome FROM audit_entry ORDER BY sequence DESC LIMIT 1`,
    );
    expect(entry).toEqual({ operation: "importPlan", outcome: "REFUSED" });
  });

  it("refuses text that is not a plan, naming the field", async () => {
    const result = await postGraphQL(hub.gateway.url, IMPORT, { text: "Hôm nay trời đẹp." }, { as: GIA_LAI_COORDINATOR });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: ["text"] });
  });

  it("`npm run plan:parse` prints the plan as JSON, and `npm run plan:import` loads one", async () => {
    const parsed = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "dist/scripts/plan-parse.js"), path.join(DOCUMENTS, "gia-lai-2019.txt")],
      { env: { ...process.env } },
    );
    const plan = JSON.parse(parsed.stdout);
    expect(plan).toMatchObject({ province: { code: "VN-30", name: "Gia Lai" }, year: 2019 });
    expect(plan.tasks).toHaveLength(10);

    const bad = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "dist/scripts/plan-parse.js"), path.join(REPOSITORY_ROOT, "package.json")],
      { env: { ...process.env } },
    ).then(
      () => ({ code: 0, stderr: "", stdout: "x" }),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);

    const env = plansDatabaseEnv(hub);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-")), "vinh-long.txt");
    fs.writeFileSync(file, GIA_LAI.replace(/Gia Lai/g, "Vĩnh Long").replace(/2019/g, "2021"));
    const imported = await run(process.execPath, [path.join(REPOSITORY_ROOT, "dist/scripts/plan-import.js"), file, "--add-unknown"], {
      env,
    });
    expect(imported.stdout).toContain("Imported VN-49-2021");
    fs.rmSync(path.dirname(file), { recursive: true });
    const dossier = await queryData(hub.gateway.url, PLAN_DOSSIER, { provinceCode: "VN-49", year: 2021 });
    expect(dossier.plans[0].tasks).toHaveLength(10);
  });

  it("re-importing a document that drops a task or a reporting deadline removes them, and what hung off them", async () => {
    const withoutTask7 = GIA_LAI.replace(/\n7\. Triển khai kế hoạch phối hợp[\s\S]*?(?=\n8\. )/, "\n");
    expect(withoutTask7).not.toEqual(GIA_LAI);
    const gateLinks = (taskId: string) => hub.subgraphs.plans.database.dataSource.getRepository(TaskBorderGate).countBy({ taskId });
    expect(await gateLinks("VN-30-2019:7")).toBe(1);
    const imported = await queryData(hub.gateway.url, IMPORT, { text: withoutTask7 }, { as: GIA_LAI_COORDINATOR });
    expect(imported.importPlan.tasks.map((t: { id: string }) => t.id)).not.toContain("VN-30-2019:7");
    expect(await gateLinks("VN-30-2019:7")).toBe(0);

    // A plan whose agencies have not reported yet: a dropped deadline simply goes.
    const GIA_LAI_2023 = GIA_LAI.replace(/2019/g, "2023");
    const deadlines = async () =>
      (
        await queryData(
          hub.gateway.url,
          /* GraphQL */ `
            {
              plans(provinceCode: "VN-30", year: 2023) {
                reportingDeadlines {
                  period
                  rawText
                }
              }
            }
          `,
          {},
          { as: GIA_LAI_COORDINATOR },
        )
      ).plans[0].reportingDeadlines;
    await queryData(hub.gateway.url, IMPORT, { text: GIA_LAI_2023 }, { as: GIA_LAI_COORDINATOR });
    expect(await deadlines()).toHaveLength(3);
    const annualDropped = (text: string) => text.replace(/, báo cáo năm \*\*trước ngày 31\/11\/20\d\d\*\*/, "");
    await queryData(hub.gateway.url, IMPORT, { text: annualDropped(GIA_LAI_2023) }, { as: GIA_LAI_COORDINATOR });
    expect((await deadlines()).map((d: { period: string }) => d.period)).toEqual(["SEMI_ANNUAL", "AD_HOC"]);

    // Gia Lai 2019's annual deadline has a report against it: the reports are kept and the import refused.
    const before = await counts();
    const refused = await postGraphQL(hub.gateway.url, IMPORT, { text: annualDropped(GIA_LAI) }, { as: GIA_LAI_COORDINATOR });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", deadlines: ["VN-30-2019:deadline:2"] });
    expect(await counts()).toEqual(before);
    const [entry] = await hub.subgraphs.plans.database.dataSource.query(
      `SELECT operation, outcome FROM audit_entry ORDER BY sequence DESC LIMIT 1`,
    );
    expect(entry).toEqual({ operation: "importPlan", outcome: "REFUSED" });
  });

  it("refuses, and changes nothing, a document numbering two tasks alike or replacing a different plan of the same year", async () => {
    const before = await counts();
    const twoNines = GIA_LAI.replace("\n10. Tăng cường xuất bản", "\n9. Tăng cường xuất bản");
    const repeated = await postGraphQL(hub.gateway.url, IMPORT, { text: twoNines }, { as: GIA_LAI_COORDINATOR });
    expect(repeated.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", repeatedTaskNumbers: ["9"] });

    const anotherPlan = GIA_LAI.replace(/KẾ HOẠCH\s*\n+\s*Hoạt động thông tin đối ngoại/i, (title) =>
      title.replace(/Hoạt động thông tin đối ngoại/i, "Tuyên truyền biển, đảo và hoạt động thông tin đối ngoại"),
    );
    expect(anotherPlan).not.toEqual(GIA_LAI);
    const conflict = await postGraphQL(hub.gateway.url, IMPORT, { text: anotherPlan }, { as: GIA_LAI_COORDINATOR });
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", planId: "VN-30-2019" });
    expect(await counts()).toEqual(before);
  });

  it("imports a plan of a province the directory cannot name when told its code, and refuses a code that contradicts the document", async () => {
    // Sông Bé (split in 1997) is in no directory: only the code the importer is told names it.
    const BINH_PHUOC = GIA_LAI.replace(/Gia Lai/g, "Sông Bé")
      .replace(/GIA LAI/g, "SÔNG BÉ")
      .replace(/2019/g, "2024");
    const unnamed = await postGraphQL(hub.gateway.url, IMPORT, { text: BINH_PHUOC, add: true });
    expect(unnamed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(unnamed.errors?.[0].extensions?.unknownProvinces).toEqual(["Sông Bé"]);
    // The refusal names the option that solves it, in both places a plan is imported.
    expect(unnamed.errors?.[0].message).toMatch(/--province VN-xx.*provinceCode/);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "plan-cli-"));
    fs.writeFileSync(path.join(folder, "song-be.txt"), BINH_PHUOC);
    const cliEnv: NodeJS.ProcessEnv = { ...process.env, HUB_DATA_DIR: folder };
    delete cliEnv.PLANS_DATABASE_URL;
    for (const options of [[], ["--add-unknown"]]) {
      const refused = await run(
        process.execPath,
        [path.join(REPOSITORY_ROOT, "dist/scripts/plan-import.js"), path.join(folder, "song-be.txt"), ...options],
        { env: cliEnv },
      ).then(
        () => ({ stderr: "" }),
        (error: { stderr: string }) => error,
      );
      expect(refused.stderr).toContain("--province VN-xx");
    }
    fs.rmSync(folder, { recursive: true, force: true });

    const WITH_PROVINCE = /* GraphQL */ `
      mutation ($text: String!, $province: String) {
        importPlan(text: $text, addUnknown: true, provinceCode: $province) {
          id
          province {
            code
            name
          }
          tasks {
            id
          }
        }
      }
    `;
    const contradicted = await postGraphQL(hub.gateway.url, WITH_PROVINCE, { text: GIA_LAI, province: "VN-65" });
    expect(contradicted.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: ["provinceCode"] });
    expect(contradicted.errors?.[0].message).toContain("VN-30");

    const songBeCoordinator = official({ provinceCode: "VN-65", agencyCode: "STTTT", role: "coordinator" });
    const imported = await queryData(hub.gateway.url, WITH_PROVINCE, { text: BINH_PHUOC, province: "VN-65" }, { as: songBeCoordinator });
    expect(imported.importPlan).toMatchObject({ id: "VN-65-2024", province: { code: "VN-65", name: "Sông Bé" } });
    expect(imported.importPlan.tasks).toHaveLength(10);
  });

  it("imports the first plan of any province of the country without --province, adding the province with its successor", async () => {
    const BINH_DINH = GIA_LAI.replace(/Gia Lai/g, "Bình Định").replace(/GIA LAI/g, "BÌNH ĐỊNH");
    const binhDinhCoordinator = official({ provinceCode: "VN-31", agencyCode: "STTTT", role: "coordinator" });
    const imported = await queryData(
      hub.gateway.url,
      /* GraphQL */ `
        mutation ($text: String!) {
          importPlan(text: $text, addUnknown: true) {
            id
            province {
              code
              name
              validUntil
            }
          }
        }
      `,
      { text: BINH_DINH },
      { as: binhDinhCoordinator },
    );
    expect(imported.importPlan).toEqual({ id: "VN-31-2019", province: { code: "VN-31", name: "Bình Định", validUntil: "2025-06-30" } });
    const [stored] = await hub.subgraphs.plans.database.dataSource.query(`SELECT successorCode FROM province WHERE code = 'VN-31'`);
    expect(stored.successorCode).toBe("VN-30");
  });

  it("answers a request body over the gateway's limit with a coded error, not a page", async () => {
    const response = await fetch(hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: IMPORT, variables: { text: GIA_LAI.repeat(40) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
