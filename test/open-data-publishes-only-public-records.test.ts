import http from "node:http";
import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import type { Official } from "../shared/auth/identity";
import { territoryOf } from "../shared/core/national-directory";
import type { RunningServer } from "../shared/service/http";
import { BINH_DINH_2024 } from "./support/composed-plans";
import { official, queryData, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const SLUGS = ["destinations", "cultural-events", "publications", "partner-localities", "border-gates", "plans", "plan-tasks"];
const PROVINCES = ["VN-30", "VN-44"]; // Gia Lai (Bình Định merged into it) and An Giang, both with demo data

/** The root list behind each dataset of department records, and who writes it (a cleared editor of the operating agency). */
const RECORD_LISTS: Record<string, { field: string; create: string; input: (name: string) => Record<string, unknown>; writer: string }> = {
  destinations: {
    field: "destinations",
    create: "createDestination(input: $input) { id }",
    input: (name) => ({ name, kind: "SCENIC_SPOT", description: `${name} mô tả`, materialLanguages: ["vi"] }),
    writer: "SVHTTDL",
  },
  "cultural-events": {
    field: "culturalEvents",
    create: "createCulturalEvent(input: $input) { id }",
    input: (name) => ({ name, kind: "FESTIVAL", venue: `${name} địa điểm`, description: `${name} mô tả`, countryCode: "KH" }),
    writer: "SVHTTDL",
  },
  publications: {
    field: "publications",
    create: "createPublication(input: $input) { id }",
    input: (name) => ({ title: name, format: "BROCHURE", languages: ["vi", "en"], description: `${name} mô tả` }),
    writer: "SVHTTDL",
  },
  "partner-localities": {
    field: "partnerLocalities",
    create: "createPartnerLocality(input: $input) { id }",
    input: (name) => ({ name, countryCode: "KH", agreement: `${name} thỏa thuận` }),
    writer: "SNGV",
  },
  "border-gates": {
    field: "borderGates",
    create: "createBorderGate(input: $input) { id }",
    input: (name) => ({ name, kind: "AUXILIARY", countryCode: "LA", description: `${name} mô tả`, oppositeGate: `${name} đối diện` }),
    writer: "BDBP",
  },
};
const INPUT_TYPES: Record<string, string> = {
  destinations: "DestinationInput",
  "cultural-events": "CulturalEventInput",
  publications: "PublicationInput",
  "partner-localities": "PartnerLocalityInput",
  "border-gates": "BorderGateInput",
};

/** Words that only non-PUBLIC records and personal data carry: none may appear in any byte of open data. */
const HIDDEN = ["od-internal-marker", "od-secret-marker"];
const FOCAL_POINT = { fullName: "Trần Thị Bí Ẩn", phone: "0987 654 321", email: "bi.an.svhttdl@example.gov.vn" };

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

async function get(hub: { url: string }, path: string): Promise<Answer> {
  const response = await fetch(new URL(path, hub.url), { redirect: "manual" });
  // the BOM is kept, as a spreadsheet sees it
  const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
}

/** RFC 4180, as a spreadsheet or a CSV library reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A JSON row's value as its CSV cell: list items joined by "; ", nothing for null. */
const asCell = (value: unknown) => (Array.isArray(value) ? value.join("; ") : value === null ? "" : String(value));

describe("open data publishes a province's PUBLIC records, and nothing else, as CSV and JSON with a DCAT catalogue", () => {
  let hub: RunningHub;
  const created: Record<string, Record<string, string>> = {};
  let binhDinhPlan: string;

  beforeAll(async () => {
    hub = await startHub();
    for (const [slug, list] of Object.entries(RECORD_LISTS)) {
      created[slug] = {};
      for (const level of ["PUBLIC", "INTERNAL", "SECRET"] as const) {
        const name = level === "PUBLIC" ? `Công khai mới ${slug}` : `Bản ghi od-${level.toLowerCase()}-marker ${slug}`;
        const writer = official({ provinceCode: "VN-30", agencyCode: list.writer, role: "editor", clearance: "SECRET" });
        const data = await queryData(
          hub.gateway.url,
          `mutation ($input: ${INPUT_TYPES[slug]}!) { record: ${list.create} }`,
          {
            input: {
              provinceCode: "VN-30",
              classification: level,
              ...list.input(name),
              ...(level === "SECRET" ? { secretRegistrationNumber: "od-secret-marker-12/M", secretHolder: "VN-30-CA" } : {}),
            },
          },
          { as: writer },
        );
        created[slug][level] = data.record.id;
      }
    }
    await queryData(
      hub.gateway.url,
      `mutation ($input: FocalPointInput!) { createFocalPoint(input: $input) { id } }`,
      { input: { agencyId: "VN-30-SVHTTDL", role: "OFFICER", position: "Chuyên viên", ...FOCAL_POINT } },
      { as: official({ provinceCode: "VN-30", agencyCode: "SVHTTDL", role: "coordinator" }) },
    );
    // Bình Định's last plan, from before it was merged into Gia Lai
    const imported = await queryData(
      hub.gateway.url,
      `mutation ($text: String!) { importPlan(text: $text, addUnknown: true) { id } }`,
      { text: BINH_DINH_2024 },
      { as: official({ provinceCode: "VN-31", agencyCode: "STTTT", role: "coordinator" }) },
    );
    binhDinhPlan = imported.importPlan.id;
    // No mutation publishes a plan: the test makes two plans and one task PUBLIC in the database itself.
    const plans = hub.subgraphs.plans.database.dataSource;
    await plans.getRepository("Plan").update({ id: binhDinhPlan }, { classification: "PUBLIC" });
    const plan = await queryData(hub.gateway.url, `{ plan(id: "VN-30-2019") { signatoryName tasks(limit: 5) { id } } }`);
    expect(plan.plan.signatoryName).toBeTruthy();
    await plans.getRepository("Plan").update({ id: "VN-30-2019" }, { classification: "PUBLIC" });
    await plans.getRepository("Task").update({ id: plan.plan.tasks[0].id }, { classification: "PUBLIC" });
  });
  afterAll(async () => {
    await hub.stop();
  });

  /** Every record of a list in the province's territory, as the given caller reads it through GraphQL. */
  async function graphqlRows(slug: string, columns: string[], provinceCode: string, as: Official | "anonymous"): Promise<any[]> {
    const rows: any[] = [];
    for (const code of territoryOf(provinceCode)) {
      if (slug === "plan-tasks") {
        const data = await queryData(
          hub.gateway.url,
          `query ($p: String!) { plans(provinceCode: $p, limit: 500) { id classification province { code } tasks(limit: 2000) {
             id classification ordinal title text timeframe { label startsOn endsOn } status updatedAt } } }`,
          { p: code },
          { as },
        );
        for (const plan of data.plans)
          for (const task of plan.tasks)
            rows.push({
              id: task.id,
              planId: plan.id,
              provinceCode: plan.province.code,
              ordinal: task.ordinal,
              title: task.title,
              text: task.text,
              timeframe: task.timeframe?.label ?? null,
              startsOn: task.timeframe?.startsOn ?? null,
              endsOn: task.timeframe?.endsOn ?? null,
              status: task.status,
              updatedAt: task.updatedAt,
              classification: plan.classification === "PUBLIC" ? task.classification : plan.classification,
            });
        continue;
      }
      const field = slug === "plans" ? "plans" : RECORD_LISTS[slug].field;
      const own = columns.filter((c) => c !== "provinceCode" && c !== "countryCode");
      const data = await queryData(
        hub.gateway.url,
        `query ($p: String!) { records: ${field}(provinceCode: $p, limit: 500) { classification province { code } ${own.join(" ")} ${
          columns.includes("countryCode") ? "country { code }" : ""
        } } }`,
        { p: code },
        { as },
      );
      for (const record of data.records)
        rows.push({
          ...Object.fromEntries(
            columns.map((c) => [
              c,
              c === "provinceCode" ? record.province.code : c === "countryCode" ? (record.country?.code ?? null) : record[c],
            ]),
          ),
          classification: record.classification,
        });
    }
    return rows;
  }

  const withoutClassification = (rows: any[]) => rows.map(({ classification: _, ...row }) => row);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  it.each(PROVINCES)(
    "answers each dataset of %s with exactly the rows an anonymous GraphQL caller reads: the PUBLIC ones",
    async (province) => {
      for (const slug of SLUGS) {
        const answer = await get(hub.gateway, `/open-data/${province}/${slug}.json`);
        expect([slug, answer.status]).toEqual([slug, 200]);
        expect(answer.headers.get("content-type")).toMatch(/^application\/json; charset=utf-8/);
        const file = JSON.parse(answer.body);
        expect(file).toMatchObject({ dataset: slug, province, license: "https://creativecommons.org/licenses/by/4.0/" });
        const anonymous = await graphqlRows(slug, file.columns, province, "anonymous");
        expect([...file.rows].sort(byId)).toEqual(withoutClassification(anonymous).sort(byId));
        // and side by side with what an admin reads of the same lists: the PUBLIC ones, all of them, and no other
        const everything = await graphqlRows(slug, file.columns, province, TEST_ADMIN);
        if (province === "VN-30") expect(everything.length).toBeGreaterThan(file.rows.length);
        expect(file.rows.map((r: { id: string }) => r.id).sort()).toEqual(
          everything
            .filter((r) => r.classification === "PUBLIC")
            .map((r) => r.id)
            .sort(),
        );
        expect(file.modified).toBe(
          file.rows.length
            ? file.rows
                .map((r: { updatedAt: string }) => r.updatedAt)
                .sort()
                .at(-1)
            : null,
        );
      }
    },
  );

  it("shows the records just made PUBLIC and none of those made INTERNAL or SECRET", async () => {
    for (const [slug, ids] of Object.entries(created)) {
      const rows = JSON.parse((await get(hub.gateway, `/open-data/VN-30/${slug}.json`)).body).rows.map((r: { id: string }) => r.id);
      expect(rows).toContain(ids.PUBLIC);
      expect(rows).not.toContain(ids.INTERNAL);
      expect(rows).not.toContain(ids.SECRET);
    }
    const plans = JSON.parse((await get(hub.gateway, "/open-data/VN-30/plans.json")).body);
    expect(plans.rows.map((r: { id: string; provinceCode: string }) => [r.id, r.provinceCode]).sort()).toEqual([
      ["VN-30-2019", "VN-30"],
      [binhDinhPlan, "VN-31"],
    ]);
    expect(JSON.parse((await get(hub.gateway, "/open-data/VN-30/plan-tasks.json")).body).rows).toHaveLength(1);
  });

  it("lets no INTERNAL or SECRET value, and no focal point's or signatory's name, phone or e-mail, into any byte it serves", async () => {
    const points = await queryData(
      hub.gateway.url,
      `query ($p: String!) { agencies(provinceCode: $p, limit: 1000) { focalPoints { fullName phone email } signatories { fullName } } }`,
      { p: "VN-30" },
    );
    const people = points.agencies.flatMap((a: any) => [
      ...a.focalPoints.flatMap((f: any) => [f.fullName, f.phone, f.email]),
      ...a.signatories.map((s: any) => s.fullName),
    ]);
    expect(people).toEqual(expect.arrayContaining(Object.values(FOCAL_POINT)));
    const plan = await queryData(hub.gateway.url, `{ plan(id: "VN-30-2019") { signatoryName approvalSignatoryName } }`);
    const forbidden = [...HIDDEN, ...people, plan.plan.signatoryName, plan.plan.approvalSignatoryName].filter(
      (value): value is string => typeof value === "string" && value.length > 3,
    );
    for (const province of [...PROVINCES, "VN-49"]) {
      for (const file of ["catalog.json", ...SLUGS.flatMap((slug) => [`${slug}.json`, `${slug}.csv`])]) {
        const answer = await get(hub.gateway, `/open-data/${province}/${file}`);
        expect([file, answer.status]).toEqual([file, 200]);
        for (const value of forbidden) expect([file, answer.body.includes(value)]).toEqual([file, false]);
      }
    }
  });

  it("gives in each CSV, with a BOM and a header row, the same rows as its JSON", async () => {
    for (const slug of SLUGS) {
      const json = JSON.parse((await get(hub.gateway, `/open-data/VN-30/${slug}.json`)).body);
      const csv = await get(hub.gateway, `/open-data/VN-30/${slug}.csv`);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.body.startsWith("\uFEFF")).toBe(true);
      const [header, ...rows] = parseCsv(csv.body.slice(1));
      expect(header).toEqual(json.columns);
      expect(rows).toEqual(json.rows.map((row: Record<string, unknown>) => json.columns.map((c: string) => asCell(row[c]))));
    }
    const destinations = (await get(hub.gateway, "/open-data/VN-30/destinations.csv")).body;
    expect(destinations).toContain("Công khai mới destinations"); // Vietnamese as written, in UTF-8
  });

  it("lists every dataset in a DCAT catalogue, in Vietnamese and English, with download URLs that answer", async () => {
    const answer = await get(hub.gateway, "/open-data/VN-30/catalog.json");
    expect(answer.headers.get("content-type")).toMatch(/^application\/ld\+json; charset=utf-8/);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    const catalog = JSON.parse(answer.body);
    expect(catalog["@type"]).toBe("dcat:Catalog");
    expect(catalog["dct:title"]).toContainEqual({ "@language": "vi", "@value": "Dữ liệu mở thông tin đối ngoại tỉnh Gia Lai" });
    expect(catalog["dct:license"]).toEqual({ "@id": "https://creativecommons.org/licenses/by/4.0/" });
    expect(catalog["dcat:dataset"].map((d: any) => d["dct:identifier"])).toEqual(SLUGS);
    const destinations = catalog["dcat:dataset"][0];
    expect(destinations["dct:title"]).toEqual([
      { "@language": "vi", "@value": "Điểm đến du lịch" },
      { "@language": "en", "@value": "Tourism destinations" },
    ]);
    for (const dataset of catalog["dcat:dataset"]) {
      expect(dataset["dct:accrualPeriodicity"]["@id"]).toMatch(/^http:\/\/purl\.org\/cld\/freq\//);
      const file = JSON.parse((await get(hub.gateway, `/open-data/VN-30/${dataset["dct:identifier"]}.json`)).body);
      expect(dataset["dct:modified"]?.["@value"] ?? null).toBe(file.modified);
      expect(dataset["dcat:distribution"]).toHaveLength(2);
      for (const distribution of dataset["dcat:distribution"]) {
        const url = distribution["dcat:downloadURL"]["@id"];
        expect(url.startsWith(`${hub.gateway.url.replace(/\/graphql$/, "")}/open-data/VN-30/`)).toBe(true);
        const download = await fetch(url);
        expect([url, download.status]).toEqual([url, 200]);
        expect(download.headers.get("content-type")).toContain(distribution["dcat:mediaType"]["@id"].split("/media-types/")[1]);
        expect(download.headers.get("last-modified")).toBeNull(); // revalidated by ETag only: a file can lose records and go back in time
      }
    }
  });

  it("sends a province merged in 2025 to its successor's files, which hold its records under its own code", async () => {
    const answer = await get(hub.gateway, "/open-data/VN-31/destinations.csv");
    expect(answer.status).toBe(301);
    expect(answer.headers.get("location")).toBe("/open-data/VN-30/destinations.csv");
    const catalog = JSON.parse((await get(hub.gateway, "/open-data/VN-30/catalog.json")).body);
    expect(catalog["dct:description"][0]["@value"]).toContain("Bình Định (VN-31)");
  });

  it.each([
    ["an unknown province", "/open-data/VN-99/catalog.json", "UNKNOWN_PROVINCE"],
    ["a province code in another case", "/open-data/vn-30/catalog.json", "UNKNOWN_PROVINCE"],
    ["an unknown dataset", "/open-data/VN-30/focal-points.json", "UNKNOWN_DATASET"],
    ["a format not served", "/open-data/VN-30/destinations.xml", "UNKNOWN_DATASET"],
    ["a path without a file", "/open-data/VN-30", "UNKNOWN_DATASET"],
  ])("answers %s with a coded 404", async (_, path, reason) => {
    const answer = await get(hub.gateway, path);
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOT_FOUND", reason } }] });
  });

  it("answers a repeated request for an unchanged file 304, from its ETag", async () => {
    const first = await fetch(new URL("/open-data/VN-30/border-gates.csv", hub.gateway.url));
    await first.arrayBuffer();
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    // through node:http: fetch adds "Cache-Control: no-cache" to a conditional request, as browsers' fetch does
    const target = new URL("/open-data/VN-30/border-gates.csv", hub.gateway.url);
    const status = await new Promise<number>((resolve, reject) =>
      http
        .get({ host: target.hostname, port: target.port, path: target.pathname, headers: { "if-none-match": etag! } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on("error", reject),
    );
    expect(status).toBe(304);
  });

  it("names its download URLs after HUB_PUBLIC_URL, and refuses to start on one that is not an http(s) address", async () => {
    const urls = Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url]));
    const start = () => startGateway({ port: 0, supergraphSdl: readSupergraph(), subgraphUrls: urls });
    try {
      process.env.HUB_PUBLIC_URL = "hub.example.gov.vn";
      await expect(start()).rejects.toThrow(
        'HUB_PUBLIC_URL must be an http(s) address such as https://hub.example.gov.vn, got "hub.example.gov.vn"',
      );
      process.env.HUB_PUBLIC_URL = "https://hub.example.gov.vn/";
      const gateway = await start();
      try {
        const catalog = JSON.parse((await get(gateway, "/open-data/VN-44/catalog.json")).body);
        expect(catalog["dcat:dataset"][0]["dcat:distribution"][0]["dcat:downloadURL"]).toEqual({
          "@id": "https://hub.example.gov.vn/open-data/VN-44/destinations.csv",
        });
      } finally {
        await gateway.stop();
      }
    } finally {
      delete process.env.HUB_PUBLIC_URL;
    }
  });

  describe("while a department is down", () => {
    let gateway: RunningServer;
    beforeAll(async () => {
      gateway = await startGateway({
        port: 0,
        supergraphSdl: readSupergraph(),
        subgraphUrls: {
          ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])),
          tourism: "http://127.0.0.1:9/graphql", // nothing listens there
        },
      });
    });
    afterAll(async () => {
      await gateway.stop();
    });

    it("answers its datasets and the catalogue 503 with a coded error, never a partial file, and serves the others", async () => {
      for (const path of ["/open-data/VN-30/destinations.csv", "/open-data/VN-30/publications.json", "/open-data/VN-30/catalog.json"]) {
        const answer = await get(gateway, path);
        expect([path, answer.status]).toEqual([path, 503]);
        expect(JSON.parse(answer.body)).toEqual({
          errors: [{ message: expect.any(String), extensions: { code: "DEPARTMENT_UNAVAILABLE", department: "tourism" } }],
        });
      }
      expect((await get(gateway, "/open-data/VN-30/border-gates.csv")).status).toBe(200);
    });
  });
});
