import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { operationLabel } from "../shared/service/operation-names";
import { postGraphQL, type GraphQLResponse } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const PROJECT_COPY = path.join(REPOSITORY_ROOT, "test/contract/operations");
const PUBLIC_CONTRACT = path.join(REPOSITORY_ROOT, "../shared/contract/operations");

function operation(name: string): string {
  return fs.readFileSync(path.join(PROJECT_COPY, `${name}.graphql`), "utf8");
}

describe("every contract operation through the real gateway, on the demo data", () => {
  let hub: RunningHub;
  const run = async (name: string, variables: Record<string, unknown>): Promise<any> => {
    const result: GraphQLResponse = await postGraphQL(hub.gateway.url, operation(name), variables);
    expect(result.errors).toBeUndefined();
    return result.data;
  };

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("names every contract operation in metrics by its own name", () => {
    const names = fs
      .readdirSync(PROJECT_COPY)
      .map((file) => /query (\w+)/.exec(fs.readFileSync(path.join(PROJECT_COPY, file), "utf8"))![1]);
    expect(names.map(operationLabel)).toEqual(names);
  });

  it("keeps the project's copy of the operations identical to the public contract", () => {
    if (!fs.existsSync(PUBLIC_CONTRACT)) return; // the copy is all a lone clone has
    for (const file of fs.readdirSync(PUBLIC_CONTRACT)) {
      expect(fs.readFileSync(path.join(PROJECT_COPY, file), "utf8")).toBe(fs.readFileSync(path.join(PUBLIC_CONTRACT, file), "utf8"));
    }
  });

  it("PlanDossier: Gia Lai 2019 with its ten tasks, leads, deadlines and what each department did", async () => {
    const { plans } = await run("PlanDossier", { provinceCode: "VN-30", year: 2019 });
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan).toMatchObject({ year: 2019, province: { code: "VN-30", name: "Gia Lai" } });
    expect(plan.tasks).toHaveLength(10);
    expect(plan.tasks[0].leads.map((a: any) => a.code)).toEqual(["BTGTU"]);
    expect(plan.tasks[6].leads.map((a: any) => a.code)).toEqual(["STTTT", "BDBP"]);
    expect(plan.tasks[2].timeframe).toEqual({ label: "Trong quý II - quý III năm 2019", startsOn: "2019-04-01", endsOn: "2019-09-30" });
    expect(plan.reportingDeadlines).toContainEqual({ period: "ANNUAL", dueOn: null, rawText: "trước ngày 31/11/2019" });
    expect(plan.legalBases.map((b: any) => b.number)).toContain("1468/QĐ-TTg");

    const task = (ordinal: string) => plan.tasks.find((t: any) => t.ordinal === ordinal);
    expect(task("5").tradeEvents.length).toBeGreaterThan(0);
    expect(task("10").publications.length).toBeGreaterThan(0);
    expect([...task("3").outreachSessions, ...task("7").outreachSessions].length).toBeGreaterThan(0);
    const departmentsSeen = new Set(
      plan.tasks.flatMap((t: any) =>
        Object.entries({
          trade: t.tradeEvents,
          tourism: [...t.culturalEvents, ...t.promotionCampaigns, ...t.publications],
          foreignAffairs: [...t.pressVisits, ...t.delegations],
          borderSecurity: t.outreachSessions,
        })
          .filter(([, records]) => (records as unknown[]).length > 0)
          .map(([department]) => department),
      ),
    );
    expect([...departmentsSeen].sort()).toEqual(["borderSecurity", "foreignAffairs", "tourism", "trade"]);
  });

  it("PlanDossier: An Giang 2018 cites 72/2015/NĐ-CP among its eleven legal bases and lists its nested tasks", async () => {
    const { plans } = await run("PlanDossier", { provinceCode: "VN-44", year: 2018 });
    const [plan] = plans;
    expect(plan.legalBases).toHaveLength(11);
    expect(plan.legalBases).toContainEqual({ kind: "Nghị định", number: "72/2015/NĐ-CP", issuedOn: "2015-09-07", issuer: "Chính phủ" });
    expect(plan.reportingDeadlines).toEqual(
      expect.arrayContaining([
        { period: "SEMI_ANNUAL", dueOn: "2018-06-20", rawText: "trước ngày 20/6" },
        { period: "ANNUAL", dueOn: "2018-11-20", rawText: "trước ngày 20/11" },
      ]),
    );
    const cambodia = plan.tasks.find((t: any) => t.ordinal === "a" && t.title.includes("Campuchia"));
    expect(cambodia.promotionCampaigns.map((c: any) => c.name).join(" ")).toContain("Hai quốc gia, một điểm đến");
  });

  it("BorderGateDossier: Lệ Thanh is an international gate on the Cambodian border, named by a plan task", async () => {
    const { borderGates } = await run("BorderGateDossier", { provinceCode: "VN-30" });
    const gate = borderGates.find((g: any) => g.name.includes("Lệ Thanh"));
    expect(gate).toMatchObject({
      kind: "INTERNATIONAL",
      province: { code: "VN-30", name: "Gia Lai" },
      country: { code: "KH", name: "Campuchia" },
    });
    expect(gate.informationPoints.length).toBeGreaterThan(0);
    expect(gate.outreachSessions.length).toBeGreaterThan(0);
    expect(gate.investmentProjects.length).toBeGreaterThan(0);
    expect(gate.tradeEvents.length).toBeGreaterThan(0);
    expect(gate.pressVisits.length).toBeGreaterThan(0);
    expect(gate.tasks.map((t: any) => t.id)).toContain("VN-30-2019:6");
    expect(gate.tasks.find((t: any) => t.id === "VN-30-2019:6").leads.map((a: any) => a.name)).toEqual(["Sở Thông tin và Truyền thông"]);
  });

  it("CountryView: Cambodia across departments", async () => {
    const { country } = await run("CountryView", { code: "KH" });
    expect(country).toMatchObject({ code: "KH", name: "Campuchia" });
    expect(country.partnerLocalities.map((p: any) => p.name)).toEqual(expect.arrayContaining(["Kandal", "Takeo"]));
    expect(country.partnerLocalities.find((p: any) => p.name === "Kandal").province.code).toBe("VN-44");
    expect(country.delegations.length).toBeGreaterThan(0);
    expect(country.pressVisits.length).toBeGreaterThan(0);
    expect(country.tradeEvents.length).toBeGreaterThan(0);
    expect(country.promotionCampaigns.map((c: any) => c.name).join(" ")).toContain("Hai quốc gia, một điểm đến");
    expect(country.borderGates.map((g: any) => g.id)).toEqual(expect.arrayContaining(["VN-30-le-thanh", "VN-44-tinh-bien"]));
  });

  it("AgencyCompliance: focal points, led tasks and computed report states", async () => {
    const { agencies } = await run("AgencyCompliance", { provinceCode: "VN-30", year: 2019 });
    const byCode = Object.fromEntries(agencies.map((a: any) => [a.code, a]));
    expect(byCode.STTTT.focalPoints.map((f: any) => f.role)).toEqual(["LEADER", "OFFICER"]);
    expect(byCode.STTTT.ledTasks.length).toBe(6);
    expect(byCode.BTGTU.ledTasks.map((t: any) => t.id)).toEqual(["VN-30-2019:1", "VN-30-2019:4"]);
    const semiAnnual = (code: string) => byCode[code].reports.find((r: any) => r.period === "SEMI_ANNUAL").state;
    expect([semiAnnual("STTTT"), semiAnnual("SNGV"), semiAnnual("CA")]).toEqual(["ON_TIME", "LATE", "MISSING"]);
  });

  it("ProvinceDashboard: figures from all five departments for one year", async () => {
    const { province } = await run("ProvinceDashboard", { provinceCode: "VN-30", year: 2019 });
    expect(province).toMatchObject({ code: "VN-30", name: "Gia Lai" });
    expect(province.planSummary).toMatchObject({ tasks: 10, reportsOnTime: 3, reportsLate: 2 });
    expect(province.tradeSummary).toEqual({ tradeEvents: 2, investmentProjects: 2 });
    expect(province.tourismSummary.publications).toBeGreaterThan(0);
    expect(province.foreignAffairsSummary.pressVisits).toBeGreaterThan(0);
    expect(province.borderSummary.outreachSessions).toBeGreaterThan(0);
    expect(province.borderSummary.attendees).toBeGreaterThan(province.borderSummary.outreachSessions);
  });
});
