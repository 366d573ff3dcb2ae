import { SignJWT, generateKeyPair } from "jose";
import { claimsOf } from "../shared/identity";
import { createIdentitySigner, IDENTITY_HEADER } from "../shared/internal-identity";
import { developmentKey } from "../shared/keys";
import type { RunningSubgraph } from "../shared/subgraph-server";
import { borderSecuritySubgraph } from "../subgraphs/border-security";
import { TEST_ADMIN } from "./support/graphql-client";
import { startTestSubgraph, temporaryDataDirectory } from "./support/running-subgraph";

/** A direct request to a subgraph, bypassing the gateway, with exactly the headers given. */
async function direct(url: string, query: string, headers: Record<string, string> = {}, variables: object = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on BorderGate { borderIncidents { id title } } } }`;
const REPS = { reps: [{ __typename: "BorderGate", id: "VN-30-le-thanh" }] };

describe("a subgraph reached directly, bypassing the gateway", () => {
  const data = temporaryDataDirectory("direct");
  let border: RunningSubgraph;
  let identity: (audience: string) => Promise<string>;

  beforeAll(async () => {
    border = await startTestSubgraph(borderSecuritySubgraph, data.directory);
    const signer = await createIdentitySigner();
    identity = (audience) => signer(TEST_ADMIN, audience, "test");
  });
  afterAll(async () => {
    await border.stop();
    data.cleanup();
  });

  it.each([
    ["a query", `{ borderIncidents { id title } }`, {}],
    ["_service (the schema)", `{ _service { sdl } }`, {}],
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
    const result = await direct(border.url, ENTITIES, { [IDENTITY_HEADER]: await identity("plans") }, REPS);
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

  it("answers the gateway's identity, addressed to it", async () => {
    const result = await direct(border.url, ENTITIES, { [IDENTITY_HEADER]: await identity("borderSecurity") }, REPS);
    expect(result.status).toBe(200);
    expect(result.body.data._entities[0].borderIncidents.length).toBeGreaterThan(0);
  });
});
