import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { SignJWT, base64url, generateKeyPair, type KeyLike } from "jose";
import { claimsOf } from "../shared/auth/identity";
import { createIdentitySigner, IDENTITY_HEADER } from "../shared/auth/internal-identity";
import { developmentKey } from "../shared/auth/keys";
import { tokenSettings } from "../shared/auth/user-tokens";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { official, postGraphQL, TEST_ADMIN } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

const run = promisify(execFile);
const GIA_LAI_COORDINATOR = official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator" });
const PLANS = /* GraphQL */ `
  {
    plans(provinceCode: "VN-30", year: 2019) {
      id
    }
  }
`;

/** A token like `npm run token` makes, with the given changes, signed with the given key. */
async function token(
  changes: {
    key?: KeyLike | Uint8Array;
    alg?: string;
    kid?: string;
    issuer?: string;
    audience?: string;
    expires?: string | number;
    claims?: object;
  } = {},
) {
  const development = await developmentKey("user-tokens");
  const settings = tokenSettings();
  return new SignJWT({ ...claimsOf(GIA_LAI_COORDINATOR), ...changes.claims })
    .setProtectedHeader({ alg: changes.alg ?? "ES256", kid: changes.kid ?? development.kid })
    .setIssuer(changes.issuer ?? settings.issuer)
    .setAudience(changes.audience ?? settings.audience)
    .setIssuedAt()
    .setExpirationTime(changes.expires ?? "1h")
    .sign((changes.key ?? development.privateKey) as KeyLike);
}

describe("authentication at the gateway", () => {
  let hub: RunningHub;
  const ask = (authorization: string | undefined, query = PLANS, extra: Record<string, string> = {}) =>
    postGraphQL(hub.gateway.url, query, {}, { as: "anonymous", headers: { ...(authorization ? { authorization } : {}), ...extra } });

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it("accepts a token from `npm run token`, exactly as the contract describes", async () => {
    const { stdout } = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "dist/scripts/token.js"), "--province", "VN-30", "--agency", "STTTT", "--role", "coordinator"],
      { env: { ...process.env } },
    );
    expect(stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const result = await ask(`Bearer ${stdout.trim()}`);
    expect(result).toEqual({ data: { plans: [{ id: "VN-30-2019" }] } });
  });

  it("serves a request without a token PUBLIC records only", async () => {
    const result = await ask(
      undefined,
      /* GraphQL */ `
        {
          plans(provinceCode: "VN-30", year: 2019) {
            id
          }
          borderGates(provinceCode: "VN-30") {
            name
            classification
          }
        }
      `,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.plans).toEqual([]); // plans are INTERNAL
    expect(result.data.borderGates).toEqual([{ name: "Lệ Thanh", classification: "PUBLIC" }]);
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ["an expired token", async () => `Bearer ${await token({ expires: Math.floor(Date.now() / 1000) - 3600 })}`],
    [
      "a token signed with another key",
      async () => `Bearer ${await token({ key: (await generateKeyPair("ES256")).privateKey as KeyLike })}`,
    ],
    ["a token with an unknown key id", async () => `Bearer ${await token({ kid: "someone-elses-key" })}`],
    ["a token for another audience", async () => `Bearer ${await token({ audience: "another-system" })}`],
    ["a token from another issuer", async () => `Bearer ${await token({ issuer: "https://issuer.invalid" })}`],
    [
      "a token signed with HMAC (algorithm confusion)",
      async () => `Bearer ${await token({ alg: "HS256", key: new TextEncoder().encode("x".repeat(32)) })}`,
    ],
    [
      "an unsigned token (alg: none)",
      async () => {
        const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
        const payload = base64url.encode(
          JSON.stringify({
            ...claimsOf(GIA_LAI_COORDINATOR),
            iss: tokenSettings().issuer,
            aud: tokenSettings().audience,
            exp: Math.floor(Date.now() / 1000) + 3600,
          }),
        );
        return `Bearer ${header}.${payload}.`;
      },
    ],
    ["a token whose role is not one of the hub's", async () => `Bearer ${await token({ claims: { role: "superuser" } })}`],
    ["a token without a province", async () => `Bearer ${await token({ claims: { province: undefined } })}`],
    ["a header that is not a bearer token", async () => "Basic YWRtaW46YWRtaW4="],
  ];

  it.each(refused)("refuses %s with UNAUTHENTICATED and calls no subgraph", async (_name, authorization) => {
    const before = hub.subgraphRequests();
    const result = await ask(await authorization());
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0].message).not.toMatch(/expired|signature|audience|issuer|kid|alg/i);
    expect(hub.subgraphRequests()).toBe(before);
  });

  it("refuses a token once it is past its expiry and the 30 s allowed for clocks, though it was accepted a moment before", async () => {
    const expiresAt = Math.floor(Date.now() / 1000) - 28;
    const shortLived = `Bearer ${await token({ expires: expiresAt })}`;
    expect((await ask(shortLived)).data).toEqual({ plans: [{ id: "VN-30-2019" }] });
    expect((await ask(shortLived)).data).toEqual({ plans: [{ id: "VN-30-2019" }] });
    await new Promise((resolve) => setTimeout(resolve, (expiresAt + 30) * 1000 - Date.now() + 1100));
    const later = await ask(shortLived);
    expect(later.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // one changed character of an accepted token is another token, checked afresh and refused
    const accepted = `Bearer ${await token()}`;
    expect((await ask(accepted)).data).toBeDefined();
    const changed = accepted.slice(0, -2) + (accepted.at(-2) === "A" ? "B" : "A") + accepted.at(-1);
    expect((await ask(changed)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("drops identity headers sent by a client: only the gateway speaks for a user", async () => {
    const signer = await createIdentitySigner();
    const forged = await signer(TEST_ADMIN, "plans", "forged", ""); // even a genuine identity, replayed by a client
    const result = await ask(undefined, PLANS, { [IDENTITY_HEADER]: forged, "x-hub-viewer": JSON.stringify(TEST_ADMIN) });
    expect(result).toEqual({ data: { plans: [] } });
  });

  it("refuses a mutation without a token at the gateway, before any subgraph is called", async () => {
    const before = hub.subgraphRequests();
    const result = await ask(
      undefined,
      /* GraphQL */ `
        mutation {
          createProduct(input: { provinceCode: "VN-30", name: "Hồ tiêu" }) {
            id
          }
        }
      `,
    );
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(hub.subgraphRequests()).toBe(before);
  });
});
