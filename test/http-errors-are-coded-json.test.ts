import http from "node:http";
import zlib from "node:zlib";
import { startGateway } from "../gateway";
import { readSupergraph } from "../gateway/supergraph";
import { credentialsFor, official, postGraphQL } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

/** Sends exactly these bytes and headers (fetch would fix some of them up). */
function raw(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const target = new URL(options.path ?? "/graphql", url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "POST",
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const INTERNALS = /<html|<pre|\bat \S+ \(|node_modules|\/work\/|\.js:\d|\.ts:\d|Error:/i;
const JSON_BODY = { "content-type": "application/json" };
const QUERY = JSON.stringify({ query: "{ __typename }" });

describe("every error the HTTP layer can raise is coded JSON, without internals", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  const cases: [string, Parameters<typeof raw>[1], number, string][] = [
    [
      "a charset other than UTF-8",
      { headers: { "content-type": "application/json; charset=latin1" }, body: QUERY },
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    ["an unknown Content-Encoding", { headers: { ...JSON_BODY, "content-encoding": "bogus" }, body: QUERY }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a broken gzip body", { headers: { ...JSON_BODY, "content-encoding": "gzip" }, body: "not gzip at all" }, 400, "BAD_REQUEST"],
    [
      "gzip of something that is not JSON",
      { headers: { ...JSON_BODY, "content-encoding": "gzip" }, body: zlib.gzipSync("{ nope") },
      400,
      "BAD_REQUEST",
    ],
    ["a body that is not JSON", { headers: JSON_BODY, body: "{ query: " }, 400, "BAD_REQUEST"],
    [
      "a lone surrogate in a string",
      { headers: JSON_BODY, body: '{"query":"query ($c: String!) { province(code: $c) { code } }","variables":{"c":"\\ud800"}}' },
      400,
      "BAD_REQUEST",
    ],
    [
      "a body over 1 MB",
      { headers: JSON_BODY, body: JSON.stringify({ query: /* GraphQL */ `{ __typename } #${"x".repeat(1_100_000)}` }) },
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    [
      // the request body's own compression is a bomb of the same kind as an uploaded Word file's: the limit counts what it inflates to
      "a gzip body of 100 KB that inflates to 100 MB",
      { headers: { ...JSON_BODY, "content-encoding": "gzip" }, body: zlib.gzipSync(Buffer.alloc(100 * 1024 * 1024, " "), { level: 9 }) },
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    ["an IDE asset named after Object's prototype", { method: "GET", path: "/ide/constructor" }, 404, "NOT_FOUND"],
    ["an IDE asset named __proto__", { method: "GET", path: "/ide/__proto__" }, 404, "NOT_FOUND"],
    ["a path nothing is served at", { method: "GET", path: "/no/such/page" }, 404, "NOT_FOUND"],
  ];

  it.each(cases)("answers %s at the gateway with a coded JSON error", async (_what, request, status, code) => {
    const answer = await raw(hub.gateway.url, request);
    expect({ status: answer.status, type: answer.headers["content-type"] }).toEqual({
      status,
      type: expect.stringMatching(/^application\/json/),
    });
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe(code);
    expect(answer.body).not.toMatch(INTERNALS);
  });

  it.each(cases.filter(([what]) => !/IDE/.test(what)))("answers %s at a subgraph the same way", async (_what, request, status, code) => {
    const identity = await credentialsFor(hub.subgraphs.trade.url, undefined, typeof request.body === "string" ? request.body : "");
    const answer = await raw(hub.subgraphs.trade.url, { ...request, headers: { ...request.headers, ...identity } });
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe(code);
    expect(answer.body).not.toMatch(INTERNALS);
  });

  it("sends security headers with GraphiQL's page, its files and every JSON answer", async () => {
    for (const [path, accept] of [
      ["/graphql", "text/html"],
      ["/ide/start.js", "*/*"],
      ["/graphql?query=%7B__typename%7D", "application/json"],
      ["/health/live", "*/*"],
    ]) {
      const answer = await raw(hub.gateway.url, { method: "GET", path, headers: { accept, "apollo-require-preflight": "true" } });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-security-policy"]).toMatch(/default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/);
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["referrer-policy"]).toBe("no-referrer");
    }
  });

  it("serves GraphiQL without inline script, as its Content-Security-Policy requires", async () => {
    const page = await raw(hub.gateway.url, { method: "GET", path: "/graphql", headers: { accept: "text/html" } });
    expect(page.body).toMatch(/<script src="\/ide\/start\.js"><\/script>/);
    expect(page.body).not.toMatch(/<script>/);
  });
});

describe("a client's mistake is the client's error, not an outage", () => {
  let hub: RunningHub;
  const subgraphFailures = async () => {
    const metrics = await (await fetch(new URL("/metrics", hub.gateway.url))).text();
    return metrics
      .split("\n")
      .filter((line) => line.startsWith("hub_subgraph_fetch_errors_total{"))
      .join("\n");
  };
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it.each([
    [
      "an invalid Date variable",
      /* GraphQL */ `
        query ($d: Date) {
          agencies(provinceCode: "VN-30", activeOn: $d) {
            id
          }
        }
      `,
      { d: "2019-13-45" },
    ],
    [
      "an invalid Date literal",
      /* GraphQL */ `
        {
          agencies(provinceCode: "VN-30", activeOn: "not a date") {
            id
          }
        }
      `,
      {},
    ],
  ])("passes on %s as the caller's error and counts no department failure", async (_what, query, variables) => {
    const before = await subgraphFailures();
    const result = await postGraphQL(hub.gateway.url, query, variables);
    expect(result.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
    expect(result.errors?.[0].message).toMatch(/date/i);
    expect(JSON.stringify(result)).not.toMatch(/DEPARTMENT_UNAVAILABLE/);
    expect(await subgraphFailures()).toBe(before);
  });

  it.each([
    [
      "an inline fragment",
      /* GraphQL */ `
        {
          ... on Query {
            auditLog {
              plans {
                operation
              }
            }
          }
        }
      `,
    ],
    [
      "a named fragment",
      /* GraphQL */ `
        fragment Log on Query {
          auditLog {
            plans {
              operation
            }
          }
        }
        {
          ...Log
        }
      `,
    ],
  ])("sees through %s to the audit log: UNAUTHENTICATED when signed out, before any department is asked", async (_how, query) => {
    const before = hub.subgraphRequests();
    const anonymous = await postGraphQL(hub.gateway.url, query, {}, { as: "anonymous" });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const viewer = await postGraphQL(hub.gateway.url, query, {}, { as: official({ role: "viewer" }) });
    expect(viewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(hub.subgraphRequests()).toBe(before);
  });

  it("labels metrics with the hub's own operation names only; any other name is 'other'", async () => {
    for (let i = 0; i < 20; i++) await postGraphQL(hub.gateway.url, /* GraphQL */ `query Attacker${i}Probe { __typename }`);
    await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        query PlanDossier {
          __typename
        }
      `,
    );
    const metrics = await (await fetch(new URL("/metrics", hub.gateway.url))).text();
    const operations = new Set([...metrics.matchAll(/operation="([^"]*)"/g)].map((m) => m[1]));
    expect(operations.has("other")).toBe(true);
    expect(operations.has("PlanDossier")).toBe(true);
    expect(metrics).not.toMatch(/Attacker/);
  });

  it("serves metrics behind HUB_OPS_TOKEN when one is set", async () => {
    process.env.HUB_OPS_TOKEN = "a-long-random-operator-token";
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: readSupergraph(),
      subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])),
    });
    try {
      expect((await fetch(new URL("/metrics", gateway.url))).status).toBe(401);
      expect((await fetch(new URL("/metrics", gateway.url), { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
      const allowed = await fetch(new URL("/metrics", gateway.url), { headers: { authorization: "Bearer a-long-random-operator-token" } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toMatch(/hub_graphql_request_duration_seconds/);
      const ready = (await (await fetch(new URL("/health/ready", gateway.url))).json()) as Record<string, unknown>;
      expect(ready.dependencies).toBeUndefined();
    } finally {
      delete process.env.HUB_OPS_TOKEN;
      await gateway.stop();
    }
  });
});
