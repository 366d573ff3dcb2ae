import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { SignJWT, generateKeyPair } from "jose";
import { claimsOf } from "../shared/auth/identity";
import { createIdentitySigner, IDENTITY_HEADER } from "../shared/auth/internal-identity";
import { developmentKey } from "../shared/auth/keys";
import { REPOSITORY_ROOT } from "../shared/core/config";
import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { borderSecuritySubgraph } from "../subgraphs/border-security";
import { TEST_ADMIN } from "./support/graphql-client";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

const run = promisify(execFile);

type Headers = Record<string, string> | ((body: string) => Promise<Record<string, string>>);

/** A direct request to a subgraph, bypassing the gateway, with exactly the headers given (or made for its body). */
async function direct(url: string, query: string, headers: Headers = {}, variables: object = {}) {
  const body = JSON.stringify({ query, variables });
  const sent = typeof headers === "function" ? await headers(body) : headers;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...sent }, body });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const ENTITIES = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on BorderGate {
        borderIncidents {
          id
          title
        }
      }
    }
  }
`;
const REPS = { reps: [{ __typename: "BorderGate", id: "VN-30-le-thanh" }] };

describe("a subgraph reached directly, bypassing the gateway", () => {
  const data = temporaryDataDirectory("direct");
  let border: RunningSubgraph;
  let identity: (audience: string) => (body: string) => Promise<Record<string, string>>;

  beforeAll(async () => {
    border = await startTestSubgraph(borderSecuritySubgraph, data.directory);
    const signer = await createIdentitySigner();
    identity = (audience) => async (body) => ({ [IDENTITY_HEADER]: await signer(TEST_ADMIN, audience, "test", body) });
  });
  afterAll(async () => {
    await border.stop();
    data.cleanup();
  });

  it.each([
    [
      "a query",
      /* GraphQL */ `
        {
          borderIncidents {
            id
            title
          }
        }
      `,
      {},
    ],
    [
      "_service (the schema)",
      /* GraphQL */ `
        {
          _service {
            sdl
          }
        }
      `,
      {},
    ],
    ["_entities (references)", ENTITIES, REPS],
  ])("answers nothing to %s without the gateway's identity", async (_name, query, variables) => {
    const result = await direct(border.url, query, {}, variables);
    expect(result.status).toBe(401);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an identity signed with any key but the gateway's", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await new SignJWT(claimsOf(TEST_ADMIN as never))
      .setProtectedHeader({ alg: "ES256", typ: "hub-identity+jwt" })
      .setIssuer("hub-gateway")
      .setAudience("borderSecurity")
      .setIssuedAt()
      .setExpirationTime("60s")
      .sign(privateKey);
    const result = await direct(border.url, ENTITIES, { [IDENTITY_HEADER]: forged }, REPS);
    expect(result.status).toBe(401);
  });

  it("refuses an identity addressed to another subgraph (no replay across departments)", async () => {
    const result = await direct(border.url, ENTITIES, identity("plans"), REPS);
    expect(result.status).toBe(401);
  });

  it("refuses an expired identity", async () => {
    const key = await developmentKey("gateway-identity");
    const old = await new SignJWT(claimsOf(TEST_ADMIN as never))
      .setProtectedHeader({ alg: "ES256", typ: "hub-identity+jwt" })
      .setIssuer("hub-gateway")
      .setAudience("borderSecurity")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 540)
      .sign(key.privateKey);
    const result = await direct(border.url, ENTITIES, { [IDENTITY_HEADER]: old }, REPS);
    expect(result.status).toBe(401);
  });

  it("refuses an identity made for another request's body", async () => {
    const made = await identity("borderSecurity")(JSON.stringify({ query: "{ __typename }", variables: {} }));
    const result = await direct(border.url, ENTITIES, made, REPS);
    expect(result.status).toBe(401);
  });

  it("refuses an identity sent a second time: a captured header cannot be replayed", async () => {
    const body = JSON.stringify({ query: ENTITIES, variables: REPS });
    const made = await identity("borderSecurity")(body);
    expect((await direct(border.url, ENTITIES, made, REPS)).status).toBe(200);
    const replayed = await direct(border.url, ENTITIES, made, REPS);
    expect(replayed.status).toBe(401);
    expect(replayed.body.data).toBeUndefined();
  });

  it("listens on loopback only unless HUB_SUBGRAPH_HOST says otherwise", async () => {
    expect(new URL(border.url).hostname).toBe("127.0.0.1");
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal);
    if (!external) return; // a machine with loopback alone has nothing else to try
    const port = new URL(border.url).port;
    await expect(fetch(`http://${external.address}:${port}/health/live`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
  });

  it("verifies the gateway's identity with the public key alone: a subgraph never reads the private key", async () => {
    const keys = fs.mkdtempSync(path.join(os.tmpdir(), "hub-public-only-"));
    const publicFile = "gateway-identity.development.public.jwk.json";
    fs.copyFileSync(path.join(process.env.HUB_KEYS_DIR!, publicFile), path.join(keys, publicFile));
    const port = 4590 + Math.floor(Math.random() * 300);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HUB_KEYS_DIR: keys,
      HUB_DATA_DIR: keys,
      BORDER_SECURITY_PORT: String(port),
      HUB_LOG_LEVEL: "silent",
    };
    delete env.BORDER_SECURITY_DATABASE_URL;
    const child = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/subgraphs/border-security/main.js")], { env, stdio: "ignore" });
    try {
      const url = `http://127.0.0.1:${port}/graphql`;
      for (
        let i = 0;
        !(await fetch(url.replace("/graphql", "/health/live")).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      ) {
        if (i > 200) throw new Error("the subgraph did not start");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const result = await direct(
        url,
        /* GraphQL */ `
          {
            borderGates {
              id
            }
          }
        `,
        identity("borderSecurity"),
      );
      expect(result.status).toBe(200);
      expect(fs.readdirSync(keys).filter((file) => file.endsWith(".jwk.json"))).toEqual([publicFile]);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      fs.rmSync(keys, { recursive: true, force: true });
    }
  });

  it("can be asked directly in development with npm run subgraph:query, which signs the identity for the query it sends", async () => {
    const asked = await run(
      process.execPath,
      [
        path.join(REPOSITORY_ROOT, "scripts/run-built.js"),
        "ask-subgraph",
        "border-security",
        '{ borderGates(search: "le thanh") { name } }',
        "--url",
        border.url,
        "--province",
        "VN-30",
        "--agency",
        "BDBP",
      ],
      { env: { ...process.env } },
    );
    expect(asked.stderr).not.toMatch(/Building/); // npm test built just before: the command runs as built
    expect(JSON.parse(asked.stdout)).toEqual({ data: { borderGates: [{ name: "Lệ Thanh" }] } });
    const production = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "dist/scripts/ask-subgraph.js"), "trade", "{ __typename }"],
      {
        env: { ...process.env, NODE_ENV: "production" },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(production).toMatchObject({ code: 2, stderr: expect.stringContaining("for development") });
  });

  it("answers the gateway's identity, addressed to it", async () => {
    const result = await direct(border.url, ENTITIES, identity("borderSecurity"), REPS);
    expect(result.status).toBe(200);
    expect(result.body.data._entities[0].borderIncidents.length).toBeGreaterThan(0);
  });
});
