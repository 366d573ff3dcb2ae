import { createHmac, createPublicKey, KeyObject, randomUUID, sign, type webcrypto } from "node:crypto";
import { SignJWT } from "jose";
import { claimsOf } from "../shared/auth/identity";
import {
  bodyHash,
  createIdentitySigner,
  createIdentityVerifier,
  IDENTITY_REFUSAL,
  SeenTokens,
  type IdentityVerifier,
} from "../shared/auth/internal-identity";
import { developmentKey } from "../shared/auth/keys";
import { TEST_ADMIN } from "./support/graphql-client";

const BODY = JSON.stringify({ query: '{ plans(provinceCode: "VN-30") { id } }', variables: {} });
const part = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

let gatewayKey: KeyObject;
let verify: IdentityVerifier;

beforeAll(async () => {
  const key = await developmentKey("gateway-identity");
  gatewayKey = key.privateKey instanceof KeyObject ? key.privateKey : KeyObject.from(key.privateKey as webcrypto.CryptoKey);
  verify = await createIdentityVerifier("plans");
});

/** What the gateway would vouch for, to the plans department, for BODY, now. */
function claims(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const made = {
    ...claimsOf(TEST_ADMIN as never),
    rid: "request-1",
    bh: bodyHash(BODY),
    iss: "hub-gateway",
    aud: "plans",
    jti: randomUUID(),
    iat: now,
    exp: now + 60,
    ...changes,
  };
  return Object.fromEntries(Object.entries(made).filter(([, value]) => value !== undefined));
}

/** A compact JWS with exactly this header and these claims, signed ES256 with the gateway's own key. */
function token(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const signed = `${part(header)}.${part(payload)}`;
  return `${signed}.${sign("sha256", Buffer.from(signed), { key: gatewayKey, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}

const HEADER = { alg: "ES256", typ: "hub-identity+jwt" };

describe("a department's check of the gateway's identity token", () => {
  it("accepts the token the gateway signs for the body, and the same token made by a standard JWT library", async () => {
    const signer = await createIdentitySigner();
    const ours = await verify(await signer(TEST_ADMIN as never, "plans", "request-1", BODY), BODY);
    expect(ours.viewer).toMatchObject({ userId: TEST_ADMIN.userId, role: TEST_ADMIN.role });
    expect(ours.requestId).toBe("request-1");

    const { iss, aud, iat, exp, ...rest } = claims();
    const standard = await new SignJWT(rest)
      .setProtectedHeader(HEADER)
      .setIssuer(iss as string)
      .setAudience(aud as string)
      .setIssuedAt(iat as number)
      .setExpirationTime(exp as number)
      .sign(gatewayKey);
    expect((await verify(standard, BODY)).viewer).toMatchObject({ userId: TEST_ADMIN.userId });
    // and one built here, so that each refusal below differs from an accepted token by one thing only
    expect((await verify(token(HEADER, claims()), BODY)).viewer).toMatchObject({ userId: TEST_ADMIN.userId });
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each<[string, () => string]>([
    ["signed with no algorithm ('none')", () => `${part({ alg: "none", typ: HEADER.typ })}.${part(claims())}.`],
    [
      "signed with HMAC under the gateway's public key as the secret (algorithm confusion)",
      () => {
        const secret = createPublicKey(gatewayKey).export({ type: "spki", format: "pem" });
        const signed = `${part({ alg: "HS256", typ: HEADER.typ })}.${part(claims())}`;
        return `${signed}.${createHmac("sha256", secret).update(signed).digest("base64url")}`;
      },
    ],
    ["naming another algorithm than the one it is checked with", () => token({ ...HEADER, alg: "ES384" }, claims())],
    ["addressed to a list of departments", () => token(HEADER, claims({ aud: ["plans", "trade"] }))],
    ["of another type", () => token({ alg: "ES256", typ: "JWT" }, claims())],
    ["without a type", () => token({ alg: "ES256" }, claims())],
    ["with a critical header extension it does not know", () => token({ ...HEADER, crit: ["hub"], hub: 1 }, claims())],
    [
      "whose claims were changed after signing",
      () => {
        const [header, , signature] = token(HEADER, claims()).split(".");
        return `${header}.${part(claims({ role: "admin", clearance: "SECRET" }))}.${signature}`;
      },
    ],
    ["whose signature is cut short", () => token(HEADER, claims()).slice(0, -10)],
    ["from another issuer", () => token(HEADER, claims({ iss: "someone-else" }))],
    ["addressed to another department", () => token(HEADER, claims({ aud: "borderSecurity" }))],
    ["without a token id", () => token(HEADER, claims({ jti: undefined }))],
    ["without the body's hash", () => token(HEADER, claims({ bh: undefined }))],
    ["without its time of issue", () => token(HEADER, claims({ iat: undefined }))],
    ["without an expiry", () => token(HEADER, claims({ exp: undefined }))],
    ["with times that are not numbers", () => token(HEADER, claims({ iat: String(now()) }))],
    ["past its expiry and the five seconds allowed for clocks", () => token(HEADER, claims({ iat: now() - 70, exp: now() - 6 }))],
    ["issued more than five seconds in the future", () => token(HEADER, claims({ iat: now() + 30, exp: now() + 90 }))],
    [
      "issued longer ago than its lifetime allows, whatever its expiry says",
      () => token(HEADER, claims({ iat: now() - 200, exp: now() + 60 })),
    ],
    ["not valid before a later time", () => token(HEADER, claims({ nbf: now() + 60 }))],
    ["made of two parts", () => token(HEADER, claims()).split(".").slice(0, 2).join(".")],
    ["whose claims are not JSON", () => token(HEADER, claims()).replace(/\.[^.]+\./, `.${part("not json")}.`)],
  ])("refuses a token %s", async (_case, make) => {
    await expect(verify(make(), BODY)).rejects.toThrow(IDENTITY_REFUSAL);
  });

  it("refuses a genuine token sent a second time, after thousands of others", async () => {
    const first = token(HEADER, claims());
    await verify(first, BODY);
    for (let i = 0; i < 3000; i++) await verify(token(HEADER, claims()), BODY);
    await expect(verify(first, BODY)).rejects.toThrow(IDENTITY_REFUSAL);
  });
});

describe("the token ids a department remembers", () => {
  it("are kept until their token could no longer be accepted, then forgotten", () => {
    const seen = new SeenTokens();
    const start = 1_000_000;
    for (let i = 0; i < 2000; i++) expect(seen.firstUse(`t${i}`, start + 95_000, start + i)).toBe(true);
    expect(seen.firstUse("t5", start + 95_000, start + 60_000)).toBe(false);
    expect(seen.size).toBe(2000);
    expect(seen.firstUse("later", start + 200_000, start + 96_000)).toBe(true);
    expect(seen.size).toBe(1);
    expect(seen.firstUse("t5", start + 250_000, start + 96_500)).toBe(true); // its first token expired long ago
  });
});
