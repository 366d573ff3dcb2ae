import type { ChildProcess } from "node:child_process";
import { startGateway } from "../gateway";
import { rateLimits } from "../gateway/rate-limits";
import { checkDepartmentAddress, checkRedisAddress, databaseTls } from "../shared/core/transport";
import { openDatabase } from "../shared/database/database";
import { createLogger } from "../shared/service/logging";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";
import { gatewayProcess } from "./support/gateway-process";
import { startHub, type RunningHub } from "./support/hub";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { createMysqlDatabase, ON_MYSQL } from "./support/test-database";
import { certificates, httpsGet, withEnv } from "./support/tls";

const PRODUCTION = { NODE_ENV: "production" };

describe("in production nothing goes in clear to another host", () => {
  it("refuses a department's address that is plain HTTP to another host, naming its variable", () => {
    expect(() => checkDepartmentAddress("PLANS_URL", "http://plans.tinh.gov.vn:4001/graphql", PRODUCTION)).toThrow(
      /PLANS_URL is plain HTTP to plans\.tinh\.gov\.vn, another host: in production use https:\/\//,
    );
    for (const url of [
      "https://plans.tinh.gov.vn/graphql",
      "http://127.0.0.1:4001/graphql",
      "http://localhost:4001/graphql",
      "http://[::1]:4001/graphql",
    ])
      expect(() => checkDepartmentAddress("PLANS_URL", url, PRODUCTION)).not.toThrow();
    expect(() =>
      checkDepartmentAddress("PLANS_URL", "http://plans:4001/graphql", { ...PRODUCTION, HUB_UNENCRYPTED_HOSTS: "plans, trade" }),
    ).not.toThrow();
    expect(() => checkDepartmentAddress("PLANS_URL", "http://plans.tinh.gov.vn:4001/graphql", { NODE_ENV: "development" })).not.toThrow();
  });

  it("refuses a rate-limit store reached in clear on another host", () => {
    expect(() => checkRedisAddress("HUB_RATE_LIMIT_REDIS_URL", "redis://cache.tinh.gov.vn:6379", PRODUCTION)).toThrow(
      /HUB_RATE_LIMIT_REDIS_URL is plain Redis to cache\.tinh\.gov\.vn, another host: in production use rediss:\/\//,
    );
    for (const url of ["rediss://cache.tinh.gov.vn:6380", "redis://127.0.0.1:6379"])
      expect(() => checkRedisAddress("HUB_RATE_LIMIT_REDIS_URL", url, PRODUCTION)).not.toThrow();
  });

  it("stops the gateway's rate limits at start when their Redis is in clear on another host", async () => {
    const settings = { NODE_ENV: "production", HUB_RATE_LIMIT_STORE: "redis", HUB_RATE_LIMIT_REDIS_URL: "redis://cache.tinh.gov.vn:6379" };
    await withEnv(settings, async () => {
      await expect(rateLimits(async () => ({ anonymous: true }), createLogger("test"))).rejects.toThrow(
        /HUB_RATE_LIMIT_REDIS_URL is plain Redis to cache\.tinh\.gov\.vn/,
      );
    });
  });

  it("stops the gateway at start when a department is configured in clear", async () => {
    await withEnv(PRODUCTION, async () => {
      await expect(startGateway({ port: 0, subgraphUrls: { trade: "http://trade.tinh.gov.vn:4002/graphql" } })).rejects.toThrow(
        /TRADE_URL is plain HTTP to trade\.tinh\.gov\.vn/,
      );
    });
  });

  it("connects to a MySQL server on another host over TLS verifying its certificate, and refuses to be told otherwise", () => {
    expect(databaseTls("mysql.tinh.gov.vn", PRODUCTION)).toEqual({ rejectUnauthorized: true });
    expect(databaseTls("127.0.0.1", PRODUCTION)).toBeUndefined();
    expect(databaseTls("mysql", { ...PRODUCTION, HUB_UNENCRYPTED_HOSTS: "mysql" })).toBeUndefined();
    expect(databaseTls("mysql.tinh.gov.vn", { NODE_ENV: "development" })).toBeUndefined();
    expect(() => databaseTls("mysql.tinh.gov.vn", { ...PRODUCTION, HUB_DATABASE_TLS: "off" })).toThrow(
      /HUB_DATABASE_TLS=off would send mysql\.tinh\.gov\.vn/,
    );
    expect(() => databaseTls("db", { HUB_DATABASE_TLS: "yes" })).toThrow(/HUB_DATABASE_TLS must be "verify" or "off"/);
    expect(() => databaseTls("db", { HUB_DATABASE_TLS: "verify", HUB_DATABASE_TLS_CA_FILE: "/nowhere/ca.pem" })).toThrow(
      /HUB_DATABASE_TLS_CA_FILE names \/nowhere\/ca\.pem/,
    );
  });
});

describe("a department served over HTTPS, reached by the gateway verifying its certificate", () => {
  const data = temporaryDataDirectory("tls");
  let hub: RunningHub;
  let plansOverTls: Awaited<ReturnType<typeof startTestSubgraph>>;
  let tls: { ca: string; cert: string; key: string };
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    tls = certificates(data.directory, "department");
    hub = await startHub();
    plansOverTls = await withEnv({ HUB_TLS_CERT_FILE: tls.cert, HUB_TLS_KEY_FILE: tls.key }, () =>
      startTestSubgraph(
        ALL_SUBGRAPHS.find((definition) => definition.name === "plans")!,
        data.directory,
      ),
    );
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await plansOverTls?.stop();
    await hub?.stop();
    data.cleanup();
  });

  /** The built gateway in its own process, with plans at its HTTPS address and the others as the hub runs them. */
  async function gateway(extra: NodeJS.ProcessEnv): Promise<string> {
    const env: NodeJS.ProcessEnv = { HUB_LOG_LEVEL: "silent", ...extra };
    for (const subgraph of DEPARTMENTS) env[`${subgraph.env}_URL`] = hub.subgraphs[subgraph.name].url;
    env.PLANS_URL = plansOverTls.url.replace("127.0.0.1", "localhost");
    const started = await gatewayProcess(env, children);
    if (!started.url) throw new Error(`the gateway did not start: ${started.output}`);
    return started.url;
  }

  const provinces = async (url: string) =>
    (await (
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ provinces { code } }" }),
      })
    ).json()) as {
      data?: { provinces: { code: string }[] } | null;
      errors?: { extensions: { code: string } }[];
    };

  it("answers over HTTPS with its own certificate, and tells browsers to keep to HTTPS", async () => {
    expect(plansOverTls.url).toMatch(/^https:\/\//);
    const health = await httpsGet(plansOverTls.url.replace("/graphql", "/health/live"), tls.ca);
    expect(health.status).toBe(200);
    expect(health.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const plain = await fetch(hub.gateway.url.replace("/graphql", "/health/live"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("is reached through the gateway when the gateway trusts its CA, and not otherwise", async () => {
    const trusting = await gateway({ NODE_EXTRA_CA_CERTS: tls.ca });
    const answer = await provinces(trusting);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.provinces.map((p) => p.code)).toContain("VN-30");

    const other = certificates(data.directory, "other");
    const distrusting = await gateway({ NODE_EXTRA_CA_CERTS: other.ca });
    const refused = await provinces(distrusting);
    expect(refused.errors?.[0].extensions.code).toBe("DEPARTMENT_UNAVAILABLE");
  }, 60_000);
});

(ON_MYSQL && process.env.HUB_TEST_MYSQL_CA_FILE ? describe : describe.skip)("a department's MySQL connection over TLS", () => {
  const data = temporaryDataDirectory("mysql-tls");
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createMysqlDatabase("tls_check");
    url = (database.location as { url: string }).url;
    drop = database.drop;
  });
  afterAll(async () => {
    await drop?.();
    data.cleanup();
  });

  const cipher = async (variables: Record<string, string | undefined>) =>
    withEnv(variables, async () => {
      const database = await openDatabase({ location: { url }, entities: [] });
      try {
        const rows = (await database.dataSource.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) as { Value: string }[];
        return rows[0]?.Value ?? "";
      } finally {
        await database.dataSource.destroy();
      }
    });

  it("encrypts the connection and verifies the server's certificate against the configured CA", async () => {
    expect(await cipher({ HUB_DATABASE_TLS: "verify", HUB_DATABASE_TLS_CA_FILE: process.env.HUB_TEST_MYSQL_CA_FILE })).not.toBe("");
    expect(await cipher({ HUB_DATABASE_TLS: undefined, HUB_DATABASE_TLS_CA_FILE: undefined })).toBe(""); // development, loopback: in clear
  });

  it("refuses a server whose certificate its CA did not sign", async () => {
    const other = certificates(data.directory, "stranger");
    await expect(cipher({ HUB_DATABASE_TLS: "verify", HUB_DATABASE_TLS_CA_FILE: other.ca })).rejects.toThrow(/certificate/i);
  });
});
