import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from "jose";
import { acceptedKind, createUserTokenVerifier, type UserTokenVerifier } from "../shared/auth/user-tokens";
import { describeWithoutDatabase } from "./support/database-free";

const CLIENT_ID = "hub-web";
const CLAIMS = { province: "VN-30", agency: "STTTT", role: "coordinator" };

/**
 * A provider as the gateway sees one: its discovery document and its keys,
 * over HTTP. It signs with one key every kind of token a real provider
 * issues to its clients — ID tokens, access tokens, logout tokens — so only
 * the verifier's own checks tell them apart.
 */
describeWithoutDatabase("signing in with an OpenID Connect provider: only an ID token issued to the hub's client signs one in", () => {
  let server: http.Server;
  let issuer: string;
  let privateKey: KeyLike;
  let verify: UserTokenVerifier;
  const saved = { ...process.env };

  beforeAll(async () => {
    const keys = await generateKeyPair("RS256");
    privateKey = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: "provider-key", alg: "RS256", use: "sig" };
    server = http.createServer((request, response) => {
      response.setHeader("content-type", "application/json");
      if (request.url === "/.well-known/openid-configuration") response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      else if (request.url === "/jwks") response.end(JSON.stringify({ keys: [jwk] }));
      else response.writeHead(404).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    Object.assign(process.env, { HUB_OIDC_ISSUER: issuer, HUB_OIDC_CLIENT_ID: CLIENT_ID });
    verify = await createUserTokenVerifier();
  });
  afterAll(async () => {
    process.env = saved;
    await new Promise((resolve) => server.close(resolve));
  });

  const token = (payload: JWTPayload, header: { typ?: string } = {}) =>
    new SignJWT({ ...CLAIMS, ...payload })
      .setProtectedHeader({ alg: "RS256", kid: "provider-key", ...header })
      .setIssuer(issuer)
      .setSubject("nguyen.van.a")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
  const accepted = async (signed: Promise<string>) => {
    try {
      return !(await verify(`Bearer ${await signed}`)).anonymous;
    } catch {
      return false;
    }
  };

  it("accepts an ID token for the hub's client, with or without a typ of JWT and an azp of its own", async () => {
    expect(await accepted(token({ aud: CLIENT_ID }))).toBe(true);
    expect(await accepted(token({ aud: CLIENT_ID }, { typ: "JWT" }))).toBe(true);
    expect(await accepted(token({ aud: [CLIENT_ID, "account"], azp: CLIENT_ID }))).toBe(true);
  });

  it("refuses another client's token that also names the hub among its audiences (OIDC Core 3.1.3.7)", async () => {
    expect(await accepted(token({ aud: ["other-client", CLIENT_ID] }))).toBe(false);
    expect(await accepted(token({ aud: ["other-client", CLIENT_ID], azp: "other-client" }))).toBe(false);
    expect(await accepted(token({ aud: CLIENT_ID, azp: "other-client" }))).toBe(false);
  });

  it("refuses a back-channel logout token and a JWT access token the provider signed for the client", async () => {
    const logout = { aud: CLIENT_ID, events: { "http://schemas.openid.net/event/backchannel-logout": {} }, jti: "x" };
    expect(await accepted(token(logout, { typ: "logout+jwt" }))).toBe(false);
    expect(await accepted(token(logout))).toBe(false);
    expect(await accepted(token({ aud: CLIENT_ID, client_id: CLIENT_ID }, { typ: "at+jwt" }))).toBe(false);
    expect(await accepted(token({ aud: CLIENT_ID }, { typ: "application/at+jwt" }))).toBe(false);
  });
});

describeWithoutDatabase(
  "tokens from the province's identity provider without OpenID Connect: its access tokens, never its logout tokens",
  () => {
    it("accepts a JWT or an at+jwt access token, and refuses anything carrying logout events", () => {
      expect(acceptedKind({ aud: "provincial-hub" }, undefined, null)).toBe(true);
      expect(acceptedKind({ aud: "provincial-hub" }, "at+jwt", null)).toBe(true);
      expect(acceptedKind({ aud: "provincial-hub", events: {} }, "JWT", null)).toBe(false);
      expect(acceptedKind({ aud: "provincial-hub" }, "logout+jwt", null)).toBe(false);
      expect(acceptedKind({ aud: "provincial-hub" }, "dpop+jwt", null)).toBe(false);
    });
  },
);
