// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import type { Official } from "../shared/auth/identity";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { hostilePlanFiles, type HostileFile } from "./hostile-plans";

/**
 * `npm run fuzz`: bad requests against a running hub — broken syntax, wrong
 * types, random bytes, bad charsets and encodings, lone surrogates, odd paths
 * and methods, hostile and malformed plan files (Word, PDF, HTML: as built
 * by `hostile-plans.ts`, or damaged) — counting the answers by status. Every one must be a coded
 * 4xx (or a 2xx with errors): any 5xx, an INTERNAL_SERVER_ERROR inside an
 * answer, or a connection the server dropped, is a defect, and the command
 * exits 1.
 *
 *   npm run fuzz                          10,000 requests against http://localhost:4000
 *   FUZZ_URL=http://host:4000 FUZZ_REQUESTS=500 FUZZ_SEED=7 npm run fuzz
 *   FUZZ_WRITES=1 …                       also sends mutations as an admin (they may store records: not on real data)
 */

export interface FuzzOptions {
  /** The gateway's origin, e.g. http://localhost:4000. */
  origin: string;
  requests: number;
  seed: number;
  /** Send mutations as a signed-in admin too. */
  writes?: boolean;
  /** Send hostile and malformed plan files to the importer (default true). */
  uploads?: boolean;
  concurrency?: number;
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  /** Requests sent of each kind ("broken syntax", "hostile upload", …). */
  byKind: Record<string, number>;
  /** Requests answered 5xx, with INTERNAL_SERVER_ERROR, or not at all, with what was sent. */
  failures: { kind: string; status: number | "no answer"; request: string; answer: string }[];
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const SAMPLE_QUERIES = [
  `{ plans(provinceCode: "VN-30", year: 2019) { id title tasks { id ordinal title status leads { code name } tradeEvents { name } } } }`,
  `query ($code: String!) { province(code: $code) { code name } }`,
  `{ borderGates(search: "le thanh") { id name kind informationPoints { name } } }`,
  `query ($on: Date) { agencies(provinceCode: "VN-30", activeOn: $on) { id code name } }`,
  `{ auditLog { plans { sequence operation outcome } } }`,
  `{ ... on Query { auditLog { trade { sequence } } } }`,
  `query ($limit: Int) { tradeEvents(limit: $limit) { id name startsOn } }`,
  `{ country(code: "KH") { code name tradeEvents { name } partnerLocalities { name } } }`,
  `{ borderIncidents { id title description } }`,
  `{ __schema { types { name } } }`,
];

const SAMPLE_MUTATIONS = [
  `mutation ($input: TradeEventInput!) { createTradeEvent(input: $input) { id } }`,
  `mutation ($id: ID!, $v: Int!, $input: ReportInput!) { updateReport(id: $id, version: $v, input: $input) { id } }`,
  `mutation ($input: FocalPointInput!) { createFocalPoint(input: $input) { id } }`,
  `mutation ($text: String!) { importPlan(text: $text, addUnknown: false) { id } }`,
  `mutation ($input: BorderIncidentInput!) { createBorderIncident(input: $input) { id } }`,
];

const LONE = ["\ud800", "\udfff", "a\ud83dz", "\udc00\ud800"];
const ODD_STRINGS = [
  "",
  " ",
  "%",
  "_",
  "\\",
  "'; DROP TABLE task; --",
  "Đức Cơ",
  "x".repeat(5000),
  "\u0000",
  "VN-30",
  "2019-02-30",
  "9999-99-99",
  ...LONE,
];

function oddValue(r: Random, depth = 0): unknown {
  switch (r.int(depth > 2 ? 6 : 9)) {
    case 0:
      return r.pick(ODD_STRINGS);
    case 1:
      return r.pick([0, -1, 2 ** 31, 2 ** 53 + 1, 1.5, 1e308, -0]);
    case 2:
      return r.pick([true, false, null]);
    case 3:
      return r.pick(["PUBLIC", "SECRET", "FAIR", "LEADER", "ON_TIME"]);
    case 4:
      return `${2000 + r.int(40)}-${String(r.int(15)).padStart(2, "0")}-${String(r.int(35)).padStart(2, "0")}`;
    case 5:
      return r.pick(["VN-30-2019:1", "VN-44-2018:5.1.5.a", "VN-30-le-thanh", "VN-44-STTTT", "UBND-H:%"]);
    case 6:
      return Array.from({ length: r.int(4) }, () => oddValue(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(6) }, () => [
          r.pick([
            "provinceCode",
            "name",
            "kind",
            "taskId",
            "agencyIds",
            "agencyId",
            "deadlineId",
            "submittedOn",
            "title",
            "classification",
            "__proto__",
            "constructor",
          ]),
          oddValue(r, depth + 1),
        ]),
      );
  }
}

/** Breaks a query: characters dropped, doubled, swapped or replaced. */
function mangle(r: Random, text: string): string {
  const chars = [...text];
  for (let n = 1 + r.int(4); n > 0; n--) {
    const at = r.int(chars.length + 1);
    switch (r.int(5)) {
      case 0:
        chars.splice(at, 1 + r.int(5));
        break;
      case 1:
        chars.splice(at, 0, r.pick(["{", "}", "(", ")", ":", "$", "@", "...", '"', "\\u", "#", "!", "[", "]", "1e", "\u0000", ...LONE]));
        break;
      case 2:
        chars.splice(at, 0, ...chars.slice(at, at + r.int(20)));
        break;
      default:
        chars[at] = String.fromCharCode(r.int(0xffff));
    }
  }
  return chars.join("");
}

interface Probe {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

const PREVIEW_UPLOAD = `query ($file: String) { previewPlanImport(file: $file) { planId warnings } }`;
const IMPORT_UPLOAD = `mutation ($file: String) { importPlan(file: $file, addUnknown: true) { id } }`;

/** A hostile file as it is, or damaged: bytes flipped, or cut short. */
function damaged(r: Random, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  switch (r.int(3)) {
    case 0:
      return copy;
    case 1:
      for (let n = 1 + r.int(20); n > 0; n--) copy[r.int(copy.length)] = r.int(256);
      return copy;
    default:
      return copy.subarray(0, r.int(copy.length));
  }
}

function probe(r: Random, operations: string[], token: string | undefined, writes: boolean, files: HostileFile[]): Probe {
  const post = (kind: string, body: Buffer, headers: Record<string, string> = {}): Probe => ({
    kind,
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", ...(token && r.next() < 0.5 ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
  const query = r.pick(operations);
  if (token && files.length > 0 && r.next() < 0.08) {
    // an uploaded plan, hostile or malformed: Word, PDF, HTML and text the importer must refuse, saying why
    const file = damaged(r, r.pick(files).bytes).toString("base64");
    return post("hostile upload", json({ query: writes && r.next() < 0.3 ? IMPORT_UPLOAD : PREVIEW_UPLOAD, variables: { file } }), {
      authorization: `Bearer ${token}`,
    });
  }
  switch (r.int(writes ? 11 : 10)) {
    case 0:
    case 1:
      return post("broken syntax", json({ query: mangle(r, query) }));
    case 2:
      return post("wrong types", json({ query, variables: oddValue(r) }));
    case 3:
      return post(
        "wrong variable types",
        json({
          query,
          variables: {
            provinceCode: oddValue(r),
            year: oddValue(r),
            code: oddValue(r),
            on: oddValue(r),
            limit: oddValue(r),
            id: oddValue(r),
          },
        }),
      );
    case 4:
      return post("random bytes", Buffer.from(Array.from({ length: r.int(200) }, () => r.int(256))));
    case 5: {
      const charset = r.pick(["latin1", "utf-16", "utf-32", "bogus", "UTF-8", "iso-8859-1", '"utf-8"', ""]);
      return post("bad charset", json({ query }), { "content-type": `application/json; charset=${charset}` });
    }
    case 6: {
      const encoding = r.pick(["gzip", "deflate", "br", "bogus", "gzip, gzip", "identity"]);
      const valid = r.next() < 0.5;
      const body =
        valid && encoding === "gzip"
          ? zlib.gzipSync(Buffer.from(mangle(r, JSON.stringify({ query }))))
          : Buffer.from(Array.from({ length: 10 + r.int(50) }, () => r.int(256)));
      return post("bad encoding", body, { "content-encoding": encoding });
    }
    case 7: {
      const text = JSON.stringify({ query, variables: { provinceCode: r.pick(LONE), code: r.pick(LONE), text: r.pick(LONE) } });
      return post("lone surrogates", Buffer.from(r.next() < 0.5 ? text : text.replace(/"\{/, `"{ ${r.pick(["\\ud800", "\\udfff"])}`)));
    }
    case 8: {
      const name = r.pick([
        "constructor",
        "__proto__",
        "toString",
        "hasOwnProperty",
        "..%2f..%2fetc%2fpasswd",
        "graphiql.min.js%00",
        "%E0%A4%A",
        "a".repeat(3000),
      ]);
      return {
        kind: "odd path",
        method: r.pick(["GET", "HEAD"]),
        path: r.pick([`/ide/${name}`, `/${name}`, `/graphql/${name}`, `/health/${name}`, `/metrics?x=${name}`]),
        headers: {},
      };
    }
    case 9: {
      const method = r.pick(["GET", "PUT", "DELETE", "PATCH", "OPTIONS"]);
      const search = new URLSearchParams({ query: mangle(r, query), variables: r.next() < 0.5 ? "{" : JSON.stringify(oddValue(r)) });
      return {
        kind: "odd method",
        method,
        path: `/graphql?${search}`,
        headers: { accept: r.pick(["application/json", "text/html", "*/*"]), "apollo-require-preflight": "true" },
      };
    }
    default:
      return post(
        "bad mutation input",
        json({ query: r.pick(SAMPLE_MUTATIONS), variables: { input: oddValue(r), id: oddValue(r), v: oddValue(r), text: oddValue(r) } }),
        {
          authorization: `Bearer ${token}`,
        },
      );
  }
}

function send(origin: URL, request: Probe): Promise<{ status: number; body: string } | null> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: origin.hostname, port: origin.port, method: request.method, path: request.path, headers: request.headers, timeout: 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", () => resolve(null));
      },
    );
    req.on("error", () => resolve(null));
    req.on("timeout", () => req.destroy());
    req.end(request.body);
  });
}

/** The contract's operations and a few others, as material to break. */
function operations(): string[] {
  const folder = path.join(REPOSITORY_ROOT, "test", "contract", "operations");
  const contract = fs.existsSync(folder) ? fs.readdirSync(folder).map((file) => fs.readFileSync(path.join(folder, file), "utf8")) : [];
  return [...contract, ...SAMPLE_QUERIES];
}

const FUZZ_ADMIN: Official = {
  anonymous: false,
  userId: "fuzz.admin",
  provinceCode: "VN-30",
  agencyCode: "STTTT",
  role: "admin",
  clearance: "INTERNAL",
};

export async function fuzz(options: FuzzOptions, progress: (done: number) => void = () => undefined): Promise<FuzzReport> {
  const r = random(options.seed);
  const origin = new URL(options.origin);
  const material = operations();
  const token = await signDevelopmentToken(FUZZ_ADMIN, "1h").catch(() => undefined);
  const files = options.uploads === false ? [] : await hostilePlanFiles();
  const report: FuzzReport = { requests: 0, byStatus: {}, byKind: {}, failures: [] };
  const probes = Array.from({ length: options.requests }, () =>
    probe(r, material, token, options.writes === true && token !== undefined, files),
  );
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const request = probes[next++];
      const answer = await send(origin, request);
      report.requests += 1;
      report.byKind[request.kind] = (report.byKind[request.kind] ?? 0) + 1;
      const status = answer?.status ?? "no answer";
      report.byStatus[String(status)] = (report.byStatus[String(status)] ?? 0) + 1;
      // A fault the server hid inside a GraphQL answer counts like a 500.
      if (answer === null || answer.status >= 500 || answer.body.includes('"INTERNAL_SERVER_ERROR"')) {
        report.failures.push({
          kind: request.kind,
          status,
          request: `${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers)} ${request.body?.toString("utf8").slice(0, 300) ?? ""}`,
          answer: answer?.body.slice(0, 300) ?? "",
        });
      }
      if (report.requests % 500 === 0) progress(report.requests);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return report;
}

function numberSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} must be a positive whole number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const origin = process.env.FUZZ_URL || "http://localhost:4000";
  const options: FuzzOptions = {
    origin,
    requests: numberSetting("FUZZ_REQUESTS", 10_000),
    seed: numberSetting("FUZZ_SEED", Date.now() % 100_000),
    writes: process.env.FUZZ_WRITES === "1",
  };
  if (!(await send(new URL(origin), { kind: "check", method: "GET", path: "/health/live", headers: {} }))) {
    console.error(`Nothing answers at ${origin}: start the hub first (npm start), or set FUZZ_URL.`);
    process.exit(2);
  }
  console.log(`Fuzzing ${origin} with ${options.requests} requests (seed ${options.seed}${options.writes ? ", with mutations" : ""})…`);
  const report = await fuzz(options, (done) => console.log(`  ${done} / ${options.requests}`));
  console.log(
    `\nAnswers by status: ${Object.entries(report.byStatus)
      .map(([status, n]) => `${status}: ${n}`)
      .join(", ")}`,
  );
  if (report.failures.length === 0) {
    console.log(`No 5xx and no dropped connection in ${report.requests} requests.`);
    return;
  }
  console.log(`\n${report.failures.length} requests failed (replay with FUZZ_SEED=${options.seed}):`);
  for (const failure of report.failures.slice(0, 20))
    console.log(`- ${failure.kind}: ${failure.status}\n    sent: ${failure.request}\n    got:  ${failure.answer}`);
  process.exitCode = 1;
}

// Run as a command (directly, or through scripts/run-built.js), not when a test imports it.
if (require.main === module || process.argv[1] === __filename) void main();
