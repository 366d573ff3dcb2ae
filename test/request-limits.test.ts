import { exportPKCS8, exportSPKI } from "jose";
import { startGateway } from "../gateway";
import { REQUEST_LIMITS } from "../gateway/request-limits";
import { readSupergraph } from "../gateway/supergraph";
import { developmentKey } from "../shared/auth/keys";
import type { RunningServer } from "../shared/service/http";
import { describeWithoutDatabase } from "./support/database-free";
import { postGraphQL } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const nested = (depth: number) =>
  /* GraphQL */ `{ plans(provinceCode: "VN-30") { tasks { ${"plan { tasks { ".repeat(depth)} id ${"} } ".repeat(depth)} } } }`;

// the gateway's own behaviour, whatever the departments' database: once, in the first pass
describeWithoutDatabase("request limits at the gateway", () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  async function refusedBeforeAnySubgraph(query: string, variables = {}): Promise<string> {
    const before = hub.subgraphRequests();
    const result = await postGraphQL(hub.gateway.url, query, variables);
    expect(result.data).toBeUndefined();
    expect(hub.subgraphRequests()).toBe(before);
    return result.errors?.map((e) => e.message).join(" ") ?? "";
  }

  it("refuses a deeply nested query before any subgraph is called", async () => {
    expect(await refusedBeforeAnySubgraph(nested(6))).toMatch(/depth/i);
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: REQUEST_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: province(code: "VN-30") { code }`).join(" ");
    expect(await refusedBeforeAnySubgraph(`{ ${aliases} }`)).toMatch(/alias/i);
  });

  it("refuses an oversized query (tokens)", async () => {
    const fields = Array.from({ length: 1200 }, () => "code").join(" ");
    expect(await refusedBeforeAnySubgraph(/* GraphQL */ `{ province(code: "VN-30") { ${fields} } }`)).toMatch(/token|aborted/i);
  });

  it("refuses too many directives", async () => {
    const directives = Array.from({ length: REQUEST_LIMITS.maxDirectives + 5 }, () => "@include(if: true)").join(" ");
    expect(await refusedBeforeAnySubgraph(/* GraphQL */ `{ province(code: "VN-30") { code ${directives} } }`)).toMatch(/directive/i);
  });

  it("refuses a query whose cost is too high", async () => {
    // Within every other limit (14 aliases, depth 9, ~700 tokens), but broad and deep.
    const scalars =
      "id name kind startsOn endsOn venue organizer description isDemo version classification createdAt updatedAt participatingBusinesses";
    const deep = `country(code: "KH") { tradeEvents { country { tradeEvents { country { tradeEvents { country { tradeEvents { ${scalars} } } } } } } } }`;
    const heavy = Array.from({ length: 14 }, (_, i) => `c${i}: ${deep}`).join(" ");
    expect(await refusedBeforeAnySubgraph(`{ ${heavy} }`)).toMatch(/cost/i);
  });

  it("counts aliased __typename fields like any other alias", async () => {
    const typenames = Array.from({ length: 600 }, (_, i) => `t${i}: __typename`).join(" ");
    expect(await refusedBeforeAnySubgraph(/* GraphQL */ `{ agencies(provinceCode: "VN-30", limit: 1000) { ${typenames} } }`)).toMatch(
      /alias/i,
    );
  });

  it("multiplies the cost of what a list selects by the size the list may reach", async () => {
    const records = (size: number) =>
      `tradeEvents(limit: ${size}) { id name kind startsOn endsOn venue organizer } culturalEvents(limit: ${size}) { id name } pressVisits(limit: ${size}) { id outlet }`;
    const selection = (size: number) => `ledTasks { ${records(size)} } coordinatedTasks { ${records(size)} }`;
    expect(await refusedBeforeAnySubgraph(/* GraphQL */ `{ agencies(provinceCode: "VN-30", limit: 1000) { ${selection(500)} } }`)).toMatch(
      /cost/i,
    );
    const small = await postGraphQL(hub.gateway.url, /* GraphQL */ `{ agencies(provinceCode: "VN-30", limit: 5) { ${selection(5)} } }`);
    expect(small.errors).toBeUndefined();
  });

  it("prices the same text again by its new variables: a list size that passed once does not let a larger one through", async () => {
    const records = `tradeEvents(limit: $size) { id name kind startsOn endsOn venue organizer } culturalEvents(limit: $size) { id name } pressVisits(limit: $size) { id outlet }`;
    const query = /* GraphQL */ `query ($size: Int) { agencies(provinceCode: "VN-30", limit: 1000) { ledTasks { ${records} } coordinatedTasks { ${records} } } }`;
    expect((await postGraphQL(hub.gateway.url, query, { size: 5 })).errors).toBeUndefined();
    expect(await refusedBeforeAnySubgraph(query, { size: 500 })).toMatch(/cost/i);
    expect((await postGraphQL(hub.gateway.url, query, { size: 5 })).errors).toBeUndefined();
  });

  it("answers a syntax error with 400 GRAPHQL_PARSE_FAILED, never a 500", async () => {
    for (const query of ["{", "}}}", "{ __typename @", "query Q($x: ) { a }", '"unterminated']) {
      const response = await fetch(hub.gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    }
  });

  it("refuses a list size over its maximum", async () => {
    const result = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        {
          tradeEvents(limit: 100000) {
            id
          }
        }
      `,
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses batched HTTP requests", async () => {
    const response = await fetch(hub.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ provinces { code } }" }, { query: "{ provinces { code } }" }]),
    });
    expect(response.status).toBe(400);
  });

  it("lets the contract's dossiers through", async () => {
    const result = await postGraphQL(
      hub.gateway.url,
      /* GraphQL */ `
        {
          plans(provinceCode: "VN-30", year: 2019) {
            tasks {
              leads {
                name
              }
              tradeEvents {
                name
              }
              outreachSessions {
                topic
              }
            }
          }
        }
      `,
    );
    expect(result.errors).toBeUndefined();
  });

  it("never shows a stack trace, SQL, a file path or an internal host, even when a department is down", async () => {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: readSupergraph(),
      subgraphUrls: {
        ...Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])),
        trade: "http://127.0.0.1:9/graphql",
      },
    });
    try {
      const result = await postGraphQL(
        gateway.url,
        /* GraphQL */ `
          {
            tradeEvent(id: "demo-trade-gl-le-thanh-fair-2019") {
              id
            }
            province(code: "VN-30") {
              name
            }
          }
        `,
      );
      const text = JSON.stringify(result);
      expect(result.data?.province).toEqual({ name: "Gia Lai" });
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|\/work\/|node_modules|\.ts:|\bat \w+ \(|SELECT|stacktrace/i);
    } finally {
      await gateway.stop();
    }
  });

  describe("in production mode", () => {
    let production: RunningServer;
    const saved = { ...process.env };
    beforeAll(async () => {
      // Production refuses development keys: configure the same keys as a deployment would.
      const users = await developmentKey("user-tokens");
      const identity = await developmentKey("gateway-identity");
      Object.assign(process.env, {
        NODE_ENV: "production",
        HUB_LOG_LEVEL: "silent",
        HUB_AUTH_PUBLIC_KEY: await exportSPKI(users.publicKey),
        HUB_AUTH_KEY_ID: users.kid,
        HUB_AUTH_ISSUER: "provincial-hub-development",
        HUB_AUTH_AUDIENCE: "provincial-hub",
        HUB_IDENTITY_PRIVATE_KEY: await exportPKCS8(identity.privateKey),
        // These documents are not trusted ones: with the manifest off, the layers behind it must still hold.
        HUB_TRUSTED_DOCUMENTS: "off",
      });
      production = await startGateway({
        port: 0,
        supergraphSdl: readSupergraph(),
        subgraphUrls: Object.fromEntries(Object.values(hub.subgraphs).map((s) => [s.name, s.url])),
      });
    });
    afterAll(async () => {
      await production.stop();
      process.env = saved;
    });

    it("turns introspection and field suggestions off", async () => {
      const introspection = await postGraphQL(
        production.url,
        /* GraphQL */ `
          {
            __schema {
              types {
                name
              }
            }
          }
        `,
      );
      expect(introspection.data).toBeUndefined();
      const typo = await postGraphQL(
        production.url,
        /* GraphQL */ `
          {
            provinces {
              cod
            }
          }
        `,
      );
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
      const answer = await postGraphQL(
        production.url,
        /* GraphQL */ `
          {
            provinces {
              code
            }
          }
        `,
      );
      expect(answer.data?.provinces.length).toBeGreaterThan(0);
    });

    it("serves no GraphiQL unless HUB_GRAPHIQL=on", async () => {
      const page = await fetch(production.url, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toMatch(/graphiql/i);
      expect((await fetch(new URL("/ide/graphiql.min.js", production.url))).status).toBe(404);
      process.env.HUB_GRAPHIQL = "on";
      const enabled = await startGateway({ port: 0, supergraphSdl: readSupergraph(), subgraphUrls: {} });
      try {
        expect(await (await fetch(enabled.url, { headers: { accept: "text/html" } })).text()).toMatch(/graphiql/i);
      } finally {
        delete process.env.HUB_GRAPHIQL;
        await enabled.stop();
      }
    });

    it("lets no one read metrics or the detail of readiness without HUB_OPS_TOKEN", async () => {
      expect((await fetch(new URL("/metrics", production.url))).status).toBe(401);
      const ready = (await (await fetch(new URL("/health/ready", production.url))).json()) as Record<string, unknown>;
      expect(ready.status).toBe("ready");
      expect(ready.dependencies).toBeUndefined();
    });
  });
});
