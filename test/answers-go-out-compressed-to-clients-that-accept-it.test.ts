import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { WEB_APP_DIRECTORY } from "../gateway/web-app";
import { REPOSITORY_ROOT } from "../shared/core/config";
import type { ViteManifest } from "../web/route-loads";
import { describeWithoutDatabase } from "./support/database-free";
import { credentialsFor, official } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire, not decompressed. */
  body: Buffer;
}

/** Sends exactly these headers (fetch would add its own Accept-Encoding and decompress the answer). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const varies = (answer: RawAnswer) => String(answer.headers.vary ?? "").toLowerCase();

/** The coordinator's view of Gia Lai's 2019 plan, every task with what each department recorded for it: a large answer. */
const COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "INTERNAL" });
const PLAN_DOSSIER = fs.readFileSync(path.join(REPOSITORY_ROOT, "test/contract/operations/PlanDossier.graphql"), "utf8");

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("answers go out compressed to clients that accept it", () => {
  let hub: RunningHub;
  let origin: string;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(WEB_APP_DIRECTORY, ".vite", "manifest.json")))
      throw new Error("the web app is not built: run npm run build (npm test does) before this test");
    hub = await startHub();
    origin = new URL(hub.gateway.url).origin;
  });
  afterAll(async () => {
    await hub?.stop();
  });

  describe("the web app's files, from the brotli and gzip copies the build wrote beside them", () => {
    // The entry chunk: the largest file every address loads.
    const manifest = () => JSON.parse(fs.readFileSync(path.join(WEB_APP_DIRECTORY, ".vite", "manifest.json"), "utf8")) as ViteManifest;
    const entry = () => manifest()["index.html"].file;
    const original = (file: string) => fs.readFileSync(path.join(WEB_APP_DIRECTORY, file));

    it("sends the brotli copy to a client that accepts br, with the original's type and a year's immutable caching", async () => {
      const file = entry();
      const answer = await raw(`${origin}/${file}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-encoding"]).toBe("br");
      expect(answer.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
      expect(varies(answer)).toContain("accept-encoding");
      expect(answer.headers["cache-control"]).toMatch(/max-age=31536000/);
      expect(answer.headers["cache-control"]).toMatch(/immutable/);
      expect(answer.body.length).toBeLessThan(original(file).length / 3);
      expect(zlib.brotliDecompressSync(answer.body).equals(original(file))).toBe(true);
    });

    it("sends the gzip copy to a client that accepts gzip (or refuses br)", async () => {
      const file = entry();
      for (const accepted of ["gzip", "br;q=0, gzip"]) {
        const answer = await raw(`${origin}/${file}`, { headers: { "accept-encoding": accepted } });
        expect(answer.status).toBe(200);
        expect(answer.headers["content-encoding"]).toBe("gzip");
        expect(varies(answer)).toContain("accept-encoding");
        expect(zlib.gunzipSync(answer.body).equals(original(file))).toBe(true);
      }
    });

    it("sends the file as it is to a client that accepts no compression", async () => {
      const file = entry();
      for (const headers of [{}, { "accept-encoding": "identity" }] as Record<string, string>[]) {
        const answer = await raw(`${origin}/${file}`, { headers });
        expect(answer.status).toBe(200);
        expect(answer.headers["content-encoding"]).toBeUndefined();
        expect(varies(answer)).toContain("accept-encoding");
        expect(answer.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
        expect(answer.body.equals(original(file))).toBe(true);
      }
    });

    it("does the same for the stylesheet, the icon and the page an unknown address answers with", async () => {
      const stylesheet = manifest()["index.html"].css![0];
      const css = await raw(`${origin}/${stylesheet}`, { headers: { "accept-encoding": "br" } });
      expect([css.headers["content-encoding"], css.headers["content-type"]]).toEqual(["br", "text/css; charset=utf-8"]);
      expect(zlib.brotliDecompressSync(css.body).equals(original(stylesheet))).toBe(true);

      const icon = await raw(`${origin}/favicon.svg`, { headers: { "accept-encoding": "gzip" } });
      expect([icon.headers["content-encoding"], icon.headers["content-type"]]).toEqual(["gzip", "image/svg+xml"]);
      expect(zlib.gunzipSync(icon.body).equals(original("favicon.svg"))).toBe(true);

      const page = await raw(`${origin}/no/such/view`, { headers: { accept: "text/html", "accept-encoding": "gzip, br" } });
      expect(page.status).toBe(200);
      expect([page.headers["content-encoding"], page.headers["content-type"]]).toEqual(["br", "text/html; charset=utf-8"]);
      expect(page.headers["cache-control"]).toBe("no-cache");
      expect(varies(page)).toContain("accept-encoding");
      expect(zlib.brotliDecompressSync(page.body).equals(original("index.html"))).toBe(true);

      const plain = await raw(`${origin}/no/such/view`, { headers: { accept: "text/html" } });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.equals(original("index.html"))).toBe(true);
    });

    it("answers a view's address with the page naming that view's chunks for the browser to fetch at once, compressed", async () => {
      const dashboard = manifest()["src/pages/ProvinceDashboard.tsx"].file;
      const page = await raw(`${origin}/provinces/VN-30/2019`, { headers: { accept: "text/html", "accept-encoding": "gzip, br" } });
      expect(page.status).toBe(200);
      expect([page.headers["content-encoding"], page.headers["content-type"]]).toEqual(["br", "text/html; charset=utf-8"]);
      expect(page.headers["cache-control"]).toBe("no-cache");
      const html = zlib.brotliDecompressSync(page.body).toString("utf8");
      expect(html).toContain(`<link rel="modulepreload" crossorigin href="/${dashboard}">`);
      // The page as built, with links added before </head>: nothing else changes.
      expect(html.replace(/ *<link rel="modulepreload"[^>]*>\n/g, "")).toBe(original("index.html").toString("utf8"));

      // Another view names its own chunks, not the dashboard's (ECharts stays the dashboard's).
      const plan = manifest()["src/pages/Plan.tsx"].file;
      const planPage = (await raw(`${origin}/plans/VN-30/2019`, { headers: { accept: "text/html" } })).body.toString("utf8");
      expect(planPage).toContain(`href="/${plan}"`);
      expect(planPage).not.toContain(dashboard);
      // "/plans/import" is its own view, not a plan of a province called "import".
      const importPage = (await raw(`${origin}/plans/import`, { headers: { accept: "text/html" } })).body.toString("utf8");
      expect(importPage).toContain(`href="/${manifest()["src/pages/PlanImport.tsx"].file}"`);
      expect(importPage).not.toContain(`href="/${plan}"`);
    });
  });

  describe("GraphQL's answers, compressed as they are sent", () => {
    async function ask(query: string, variables: Record<string, unknown>, acceptEncoding?: string): Promise<RawAnswer> {
      const body = JSON.stringify({ query, variables });
      return raw(hub.gateway.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(await credentialsFor(hub.gateway.url, COORDINATOR)),
          ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
        },
        body,
      });
    }
    const variables = { provinceCode: "VN-30", year: 2019 };

    it("answers a large query gzip-compressed when asked, the same JSON as uncompressed", async () => {
      const plain = await ask(PLAN_DOSSIER, variables);
      expect(plain.status).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      const json = JSON.parse(plain.body.toString("utf8"));
      expect(json.errors).toBeUndefined();
      expect(json.data.plans[0].tasks.length).toBeGreaterThanOrEqual(10);
      expect(plain.body.length).toBeGreaterThan(4096);

      const gzipped = await ask(PLAN_DOSSIER, variables, "gzip");
      expect(gzipped.status).toBe(200);
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(gzipped.headers["content-type"]).toMatch(/^application\/(graphql-response\+)?json/);
      expect(varies(gzipped)).toContain("accept-encoding");
      expect(gzipped.body.length).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(zlib.gunzipSync(gzipped.body).toString("utf8"))).toEqual(json);
    });

    it("answers with brotli to a client that accepts it (a browser)", async () => {
      const plain = JSON.parse((await ask(PLAN_DOSSIER, variables)).body.toString("utf8"));
      const compressed = await ask(PLAN_DOSSIER, variables, "gzip, deflate, br, zstd");
      expect(compressed.headers["content-encoding"]).toBe("br");
      expect(JSON.parse(zlib.brotliDecompressSync(compressed.body).toString("utf8"))).toEqual(plain);
    });

    it("leaves a small answer uncompressed: compressing it would save less than it costs", async () => {
      const answer = await ask("{ __typename }", {}, "gzip, br");
      expect(answer.status).toBe(200);
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(JSON.parse(answer.body.toString("utf8"))).toEqual({ data: { __typename: "Query" } });
    });
  });
});
