import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import { stringify } from "csv-stringify/sync";
import type express from "express";
import { ANONYMOUS } from "../shared/auth/identity";
import { predecessorsOf, provinceByCode, territoryOf, type NationalProvince } from "../shared/core/national-directory";
import { errorBody } from "../shared/service/http-safety";
import type { GatewayContext } from "./departments";

/**
 * `GET /open-data/<province>/…`: the province's PUBLIC records as open data
 * (Decrees 47/2020 and 278/2025: open formats, machine-readable, free, no
 * personal data), in CSV and JSON, with a DCAT catalogue. Every file is one
 * GraphQL read through the hub as an anonymous caller, so the departments'
 * one read rule decides what appears exactly as it does for anyone without a
 * token; each dataset selects only the non-personal fields listed here, so
 * a focal point's or signatory's name, phone or e-mail is never asked for.
 */

type Value = string | number | string[] | null;
type Row = Record<string, Value>;
type Bilingual = { vi: string; en: string };

interface Dataset {
  /** The file name: `<slug>.csv`, `<slug>.json`. */
  slug: string;
  /** The department that answers it, named in the 503 when it is down. */
  department: string;
  title: Bilingual;
  description: Bilingual;
  /** Dublin Core Collection frequency (http://purl.org/cld/freq/). */
  frequency: "continuous" | "annual";
  /** The columns, in order: the CSV header and the keys of each JSON row. */
  columns: readonly string[];
  /** One page of records of one province; `$provinceCode`, `$limit`, `$offset`. */
  query: string;
  /** The page's records and the rows they give (a plan gives one row per task in `plan-tasks`). */
  read(data: any): { records: any[]; rows: Row[] };
  /** A root list of records: its field and the record's non-personal fields it shares (the REST door shares the same). */
  list?: { field: string; fields: readonly string[]; country: boolean };
}

export const OPEN_DATA_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
const PAGE = 500; // the largest page a record list gives
const TASKS_PER_PLAN = 2000; // the largest page of a plan's tasks

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
/** Lists and numbers as GraphQL gives them, anything else as text. */
const plain = (value: unknown): Value => (Array.isArray(value) || typeof value === "number" ? value : text(value));

/** A root list of department records: the columns are the fields selected, under the same names. */
function recordList(
  options: Omit<Dataset, "query" | "read" | "columns"> & { field: string; type: string; fields: string[]; country?: boolean },
): Dataset {
  const { field, type, fields, country, ...rest } = options;
  return {
    ...rest,
    list: { field, fields, country: !!country },
    columns: ["id", "provinceCode", ...fields, ...(country ? ["countryCode"] : []), "updatedAt"],
    query: /* GraphQL */ `
      query OpenData${type}($provinceCode: String!, $limit: Int!, $offset: Int!) {
        records: ${field}(provinceCode: $provinceCode, limit: $limit, offset: $offset) {
          id
          classification
          province { code }
          ${fields.join("\n          ")}
          ${country ? "country { code }" : ""}
          updatedAt
        }
      }
    `,
    read: (data) => ({
      records: data.records,
      rows: data.records.map((record: any) => ({
        id: record.id,
        provinceCode: record.province.code,
        ...Object.fromEntries(fields.map((name) => [name, plain(record[name])])),
        ...(country ? { countryCode: text(record.country?.code) } : {}),
        updatedAt: record.updatedAt,
      })),
    }),
  };
}

const PLAN_FIELDS = ["year", "title", "documentNumber", "issuedOn", "approvedByNumber", "approvedOn", "objectives", "requirements"];

export const DATASETS: readonly Dataset[] = [
  recordList({
    slug: "destinations",
    department: "tourism",
    field: "destinations",
    type: "Destinations",
    fields: ["name", "kind", "district", "description", "materialLanguages"],
    title: { vi: "Điểm đến du lịch", en: "Tourism destinations" },
    description: {
      vi: "Các điểm đến du lịch của tỉnh: tên, loại, địa bàn, mô tả và ngôn ngữ của tài liệu quảng bá.",
      en: "The province's tourism destinations: name, kind, district, description and the languages of their promotional material.",
    },
    frequency: "continuous",
  }),
  recordList({
    slug: "cultural-events",
    department: "tourism",
    field: "culturalEvents",
    type: "CulturalEvents",
    fields: ["name", "kind", "startsOn", "endsOn", "venue", "communities", "description"],
    country: true,
    title: { vi: "Sự kiện văn hóa", en: "Cultural events" },
    description: {
      vi: "Lễ hội và sự kiện giao lưu văn hóa trong nước và nước ngoài: thời gian, địa điểm, cộng đồng văn hóa được giới thiệu.",
      en: "Festivals and cultural exchange events at home and abroad: dates, venue, the communities whose culture they present.",
    },
    frequency: "continuous",
  }),
  recordList({
    slug: "publications",
    department: "tourism",
    field: "publications",
    type: "Publications",
    fields: ["title", "format", "languages", "publishedOn", "copies", "description"],
    title: { vi: "Ấn phẩm thông tin đối ngoại", en: "Foreign-information publications" },
    description: {
      vi: "Ấn phẩm quảng bá của tỉnh (sách, tờ gấp, video…): hình thức, ngôn ngữ, ngày phát hành, số lượng.",
      en: "The province's promotional publications (books, brochures, videos…): format, languages, publication date, copies.",
    },
    frequency: "continuous",
  }),
  recordList({
    slug: "partner-localities",
    department: "foreignAffairs",
    field: "partnerLocalities",
    type: "PartnerLocalities",
    fields: ["name", "localName", "kind", "cooperationSince", "agreement"],
    country: true,
    title: { vi: "Địa phương kết nghĩa, hợp tác", en: "Partner localities" },
    description: {
      vi: "Các địa phương nước ngoài có quan hệ kết nghĩa, hợp tác với tỉnh: quốc gia, năm bắt đầu, văn bản thỏa thuận.",
      en: "Foreign localities twinned or cooperating with the province: country, since when, the agreement.",
    },
    frequency: "continuous",
  }),
  recordList({
    slug: "border-gates",
    department: "borderSecurity",
    field: "borderGates",
    type: "BorderGates",
    fields: ["name", "kind", "oppositeGate", "district", "openedOn", "description"],
    country: true,
    title: { vi: "Cửa khẩu", en: "Border gates" },
    description: {
      vi: "Các cửa khẩu quốc tế, chính, phụ của tỉnh: cửa khẩu đối diện, quốc gia láng giềng, ngày mở.",
      en: "The province's international, national and auxiliary border gates: the gate opposite, the neighbouring country, the opening date.",
    },
    frequency: "continuous",
  }),
  // a plan is a record list too: its public parts, one row per plan
  recordList({
    slug: "plans",
    department: "plans",
    field: "plans",
    type: "Plans",
    fields: [...PLAN_FIELDS],
    title: { vi: "Kế hoạch thông tin đối ngoại", en: "Foreign-information plans" },
    description: {
      vi: "Kế hoạch thông tin đối ngoại hằng năm của tỉnh đã công khai: số, ngày ban hành, mục tiêu và yêu cầu.",
      en: "The province's yearly foreign-information plans made public: number, dates, objectives and requirements.",
    },
    frequency: "annual",
  }),
  {
    slug: "plan-tasks",
    department: "plans",
    title: { vi: "Nhiệm vụ của kế hoạch thông tin đối ngoại", en: "Tasks of the foreign-information plans" },
    description: {
      vi: "Các nhiệm vụ đã công khai của những kế hoạch đã công khai: số thứ tự, nội dung, thời gian thực hiện, tình trạng.",
      en: "The public tasks of the public plans: number, content, timeframe, status.",
    },
    frequency: "continuous",
    columns: ["id", "planId", "provinceCode", "ordinal", "title", "text", "timeframe", "startsOn", "endsOn", "status", "updatedAt"],
    query: /* GraphQL */ `
      query OpenDataPlanTasks($provinceCode: String!, $limit: Int!, $offset: Int!, $tasks: Int!) {
        records: plans(provinceCode: $provinceCode, limit: $limit, offset: $offset) {
          id
          classification
          province {
            code
          }
          tasks(limit: $tasks) {
            id
            classification
            ordinal
            title
            text
            timeframe {
              label
              startsOn
              endsOn
            }
            status
            updatedAt
          }
        }
      }
    `,
    read: (data) => ({
      records: [...data.records, ...data.records.flatMap((plan: any) => plan.tasks)],
      rows: data.records.flatMap((plan: any) =>
        plan.tasks.map((task: any) => ({
          id: task.id,
          planId: plan.id,
          provinceCode: plan.province.code,
          ordinal: task.ordinal,
          title: task.title,
          text: text(task.text),
          timeframe: text(task.timeframe?.label),
          startsOn: text(task.timeframe?.startsOn),
          endsOn: text(task.timeframe?.endsOn),
          status: task.status,
          updatedAt: task.updatedAt,
        })),
      ),
    }),
  },
];

/** Why a file cannot be made: answered as a coded JSON error, never as a partial file. */
class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {}
}

interface Table {
  dataset: Dataset;
  rows: Row[];
  /** The latest update among its records; null when it has none. */
  modified: string | null;
}

/** Every row of `dataset` for the province and those merged into it, read as an anonymous caller. */
async function readTable(apollo: ApolloServer<GatewayContext>, dataset: Dataset, provinceCodes: string[]): Promise<Table> {
  const rows: Row[] = [];
  for (const provinceCode of provinceCodes) {
    for (let offset = 0; ; offset += PAGE) {
      const answer = await apollo.executeOperation(
        { query: dataset.query, variables: { provinceCode, limit: PAGE, offset, tasks: TASKS_PER_PLAN } },
        { contextValue: { requestId: randomUUID(), viewer: ANONYMOUS } },
      );
      const result = answer.body.kind === "single" ? answer.body.singleResult : null;
      const errors = result?.errors ?? [];
      if (errors.length || !result?.data) {
        const codes = errors.map((e) => String(e.extensions?.code ?? ""));
        const unavailable = codes.some((code) => code.startsWith("DEPARTMENT_") || code === "DATABASE_UNAVAILABLE");
        throw unavailable
          ? new Refusal(
              503,
              `The ${dataset.department} department is not answering: no file is made without its records. Try again shortly.`,
              "DEPARTMENT_UNAVAILABLE",
              { department: dataset.department },
            )
          : new Refusal(500, "The open data could not be read.", "INTERNAL_SERVER_ERROR");
      }
      const page = dataset.read(result.data);
      // the read rule already answers PUBLIC only to an anonymous caller; should that ever change, nothing goes out
      if (page.records.some((record) => record.classification !== "PUBLIC"))
        throw new Refusal(500, "The open data could not be read.", "INTERNAL_SERVER_ERROR");
      rows.push(...page.rows);
      if ((result.data as { records: unknown[] }).records.length < PAGE) break;
    }
  }
  return { dataset, rows, modified: latest(rows.map((row) => text(row.updatedAt))) };
}

/** `tỉnh Gia Lai`, `thành phố Hà Nội`. */
const provinceTitle = (province: NationalProvince) => `${province.kind} ${province.name}`;

function catalogue(base: string, province: NationalProvince, tables: Table[]): object {
  const merged = predecessorsOf(province.iso);
  const mergedVi = merged.length
    ? ` Gồm cả dữ liệu của ${merged.map((p) => `${provinceTitle(p)} (${p.iso})`).join(", ")} trước khi hợp nhất.`
    : "";
  const mergedEn = merged.length
    ? ` Includes the records of the former ${merged.map((p) => `${p.name} (${p.iso})`).join(", ")}, merged into it on 1 July 2025.`
    : "";
  const modified = latest(tables.map((t) => t.modified));
  const both = (value: Bilingual) => [
    { "@language": "vi", "@value": value.vi },
    { "@language": "en", "@value": value.en },
  ];
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@id": `${base}/catalog.json`,
    "@type": "dcat:Catalog",
    "dct:identifier": province.iso,
    "dct:title": both({
      vi: `Dữ liệu mở thông tin đối ngoại ${provinceTitle(province)}`,
      en: `Open foreign-information data of ${province.name} province`,
    }),
    "dct:description": both({
      vi: `Dữ liệu công khai (PUBLIC) về thông tin đối ngoại của ${provinceTitle(province)}, miễn phí, định dạng mở, không chứa dữ liệu cá nhân.${mergedVi}`,
      en: `The PUBLIC foreign-information records of ${province.name} province: free, in open formats, without personal data.${mergedEn}`,
    }),
    "dct:publisher": { "@type": "foaf:Agent", "foaf:name": `Ủy ban nhân dân ${provinceTitle(province)}` },
    "dct:spatial": province.iso,
    "dct:language": ["vi", "en"],
    "dct:license": { "@id": OPEN_DATA_LICENSE },
    ...(modified ? { "dct:modified": { "@type": "xsd:dateTime", "@value": modified } } : {}),
    "dcat:dataset": tables.map(({ dataset, modified: updated }) => ({
      "@id": `${base}/${dataset.slug}`,
      "@type": "dcat:Dataset",
      "dct:identifier": dataset.slug,
      "dct:title": both(dataset.title),
      "dct:description": both(dataset.description),
      "dct:license": { "@id": OPEN_DATA_LICENSE },
      "dct:accrualPeriodicity": { "@id": `http://purl.org/cld/freq/${dataset.frequency}` },
      ...(updated ? { "dct:modified": { "@type": "xsd:dateTime", "@value": updated } } : {}),
      "dcat:distribution": (["csv", "json"] as const).map((format) => ({
        "@type": "dcat:Distribution",
        "dct:format": format.toUpperCase(),
        "dcat:mediaType": { "@id": `https://www.iana.org/assignments/media-types/${format === "csv" ? "text/csv" : "application/json"}` },
        "dcat:downloadURL": { "@id": `${base}/${dataset.slug}.${format}` },
        "dct:license": { "@id": OPEN_DATA_LICENSE },
      })),
    })),
  };
}

/** A CSV cell: list items joined by "; ", nothing for null. */
const cell = (value: Value) => (Array.isArray(value) ? value.join("; ") : value);

function csvFile(table: Table): string {
  return stringify(
    table.rows.map((row) => table.dataset.columns.map((column) => cell(row[column] ?? null))),
    { header: true, columns: [...table.dataset.columns], bom: true, record_delimiter: "windows" }, // the BOM lets Excel read Vietnamese as UTF-8
  );
}

/**
 * `HUB_PUBLIC_URL`: the address the public reaches the gateway at, for the
 * catalogue's absolute download URLs behind a proxy; without it, the
 * request's own. A value that is not an http(s) URL stops the gateway at start.
 */
export function publicUrl(): string | null {
  const raw = process.env.HUB_PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || url.search || url.hash)
    throw new Error(`HUB_PUBLIC_URL must be an http(s) address such as https://hub.example.gov.vn, got "${raw}"`);
  return raw.replace(/\/+$/, "");
}

/** Where a province's files are served, as the catalogue names them. */
function baseUrl(req: express.Request, configured: string | null, provinceCode: string): string {
  return `${configured ?? `${req.protocol}://${req.get("host")}`}/open-data/${provinceCode}`;
}

/**
 * Open data may be read from any site and kept by caches for a few minutes:
 * it is PUBLIC and the same for everyone. Revalidation is by ETag (the
 * body's hash) only, never Last-Modified: a record made INTERNAL leaves the
 * file while its latest update date may go back, and an If-Modified-Since
 * answered 304 would keep it in the reader's copy.
 */
function publicHeaders(res: express.Response): void {
  res
    .set("access-control-allow-origin", "*")
    .set("cross-origin-resource-policy", "cross-origin")
    .set("cache-control", "public, max-age=300");
}

/** The latest of ISO 8601 timestamps; null for none. */
function latest(values: (string | null)[]): string | null {
  return values.reduce<string | null>((last, value) => (value !== null && (last === null || value > last) ? value : last), null);
}

/** `configuredUrl`: `publicUrl()`, read when the gateway starts. */
export function openDataRoutes(app: express.Express, apollo: ApolloServer<GatewayContext>, configuredUrl: string | null): void {
  const bySlug = new Map(DATASETS.map((d) => [d.slug, d]));

  app.get("/open-data/:province/:file", async (req, res) => {
    const code = String(req.params.province);
    const file = String(req.params.file);
    const province = provinceByCode(code);
    if (!province) {
      res
        .status(404)
        .json(errorBody(`No province has the code "${code}" (ISO 3166-2:VN, e.g. VN-30).`, "NOT_FOUND", { reason: "UNKNOWN_PROVINCE" }));
      return;
    }
    // a province merged in 2025 is its successor's history: its records are in the successor's files
    if (province.successor) {
      res.redirect(301, `/open-data/${province.successor}/${encodeURIComponent(file)}`);
      return;
    }
    const match = /^([a-z-]+)\.(csv|json)$/.exec(file);
    const dataset = match ? bySlug.get(match[1]) : undefined;
    if (file !== "catalog.json" && !dataset) {
      res.status(404).json(
        errorBody(`No open dataset is called "${file}": the catalogue, /open-data/${code}/catalog.json, lists them.`, "NOT_FOUND", {
          reason: "UNKNOWN_DATASET",
        }),
      );
      return;
    }
    const codes = territoryOf(province.iso);
    try {
      if (!dataset) {
        const tables = await Promise.all(DATASETS.map((d) => readTable(apollo, d, codes)));
        const body = catalogue(baseUrl(req, configuredUrl, province.iso), province, tables);
        publicHeaders(res);
        res.type("application/ld+json; charset=utf-8").send(JSON.stringify(body, null, 2));
        return;
      }
      const table = await readTable(apollo, dataset, codes);
      publicHeaders(res);
      const name = `${province.iso}-${dataset.slug}.${match![2]}`;
      res.set("content-disposition", `inline; filename="${name}"`);
      if (match![2] === "csv") res.type("text/csv; charset=utf-8").send(csvFile(table));
      else
        res.type("application/json; charset=utf-8").send(
          JSON.stringify({
            dataset: dataset.slug,
            province: province.iso,
            license: OPEN_DATA_LICENSE,
            modified: table.modified,
            columns: dataset.columns,
            rows: table.rows.map((row) => Object.fromEntries(dataset.columns.map((column) => [column, row[column] ?? null]))),
          }),
        );
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      res.status(error.status).json(errorBody(error.message, error.code, error.extensions));
    }
  });

  // anything else under /open-data is a coded 404, never the web app's page
  app.use("/open-data", (req, res) => {
    res
      .status(404)
      .json(
        errorBody("Open data is at /open-data/<province>/catalog.json and the files it lists.", "NOT_FOUND", { reason: "UNKNOWN_DATASET" }),
      );
  });
}
