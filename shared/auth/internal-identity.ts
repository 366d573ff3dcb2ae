import { createHash, KeyObject, randomUUID, sign, verify, type webcrypto } from "node:crypto";
import type { KeyLike } from "jose";
import type { SubgraphName } from "../core/config";
import { unauthenticated } from "../core/errors";
import { ANONYMOUS, claimsOf, viewerFromClaims, type Viewer } from "./identity";
import { ALGORITHM, developmentKey, developmentPublicKey, isProduction, privateKeyFromEnv, publicKeyFromEnv } from "./keys";

/**
 * How the gateway tells a subgraph who is asking: a short-lived token signed
 * with a key only the gateway holds, addressed to that one subgraph, and
 * bound to one request: it carries the hash of the exact body it vouches for
 * and a unique id the subgraph accepts once. A captured header is worth
 * nothing for another request, nor for the same request sent again.
 */
export const IDENTITY_HEADER = "x-hub-identity";
export const IDENTITY_ISSUER = "hub-gateway";
export const IDENTITY_TYPE = "hub-identity+jwt";
export const LIFETIME_SECONDS = 60;
export const MAX_AGE_SECONDS = LIFETIME_SECONDS + 30;

/**
 * Other officials the gateway vouches for on the same request, one token
 * each, comma-separated: each made for this very body and accepted once,
 * as the first. Only the logging of a shared reading reads them, so one
 * request logs it under several officials. At most
 * `MAX_ALSO_IDENTITIES`; the gateway also keeps the header within 6 KB
 * (`gateway/shared-reading-logs.ts`).
 */
export const ALSO_IDENTITIES_HEADER = "x-hub-identity-also";
export const MAX_ALSO_IDENTITIES = 8;

/** The `Idempotency-Key` header a caller may send with a write: 1 to 200 visible ASCII characters (a UUID, say). */
export const IDEMPOTENCY_HEADER = "idempotency-key";
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === "string" && /^[\x21-\x7e]{1,200}$/.test(value);
}

/** The body hash a token carries: SHA-256 of the request body's bytes, base64url. */
export function bodyHash(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("base64url");
}

async function gatewayPrivateKey(): Promise<KeyLike> {
  const configured = await privateKeyFromEnv("HUB_IDENTITY_PRIVATE_KEY");
  if (configured) return configured;
  if (isProduction()) throw new Error("HUB_IDENTITY_PRIVATE_KEY (PKCS#8 PEM, ES256) must be set in production");
  return (await developmentKey("gateway-identity")).privateKey;
}

async function gatewayPublicKey(): Promise<KeyLike> {
  const configured = await publicKeyFromEnv("HUB_IDENTITY_PUBLIC_KEY");
  if (configured) return configured;
  if (isProduction()) throw new Error("HUB_IDENTITY_PUBLIC_KEY (SPKI PEM, ES256) must be set in production");
  // Subgraphs read the public half only: the gateway's private key never enters their memory.
  return developmentPublicKey("gateway-identity");
}

/**
 * What an identity token says, apart from its issuer, audience, id and times;
 * `idempotencyKey`, the caller's `Idempotency-Key`, is vouched for with it.
 */
export function identityClaims(viewer: Viewer, requestId: string, body: string, idempotencyKey?: string): Record<string, unknown> {
  return {
    ...(viewer.anonymous ? { anon: true } : claimsOf(viewer)),
    rid: requestId,
    bh: bodyHash(body),
    ...(idempotencyKey ? { ik: idempotencyKey } : {}),
  };
}

/** Signs the identity for one request: `body` is exactly what will be sent. */
export type IdentitySigner = (
  viewer: Viewer,
  subgraph: string,
  requestId: string,
  body: string,
  idempotencyKey?: string,
) => Promise<string>;

const base64url = (text: string) => Buffer.from(text).toString("base64url");

/** The key as Node's crypto takes it (jose may hand back a WebCrypto key). */
const nodeKey = (key: KeyLike) => (key instanceof KeyObject ? key : KeyObject.from(key as webcrypto.CryptoKey));

/** Seconds since the epoch, read as jose reads it (`new Date()`), which tests that move `Date.now()` leave where it is. */
const epochSeconds = () => Math.floor(new Date().getTime() / 1000);

/**
 * Makes identity tokens with `key`: a compact JWS (ES256, RFC 7515) made with
 * Node's crypto, synchronously, carrying `claims` for `audience` with a fresh
 * id and the token's times. jose's `SignJWT` took four times as long as the
 * signature itself (137 µs against 31), a tenth of the gateway's work on a
 * small query. The departments check it with Node's crypto too
 * (`verifiedIdentityClaims`). The benchmark's load client, which must make
 * each request's header at once, uses it as well.
 */
export function identityTokenMaker(key: KeyObject): (claims: Record<string, unknown>, audience: string) => string {
  const header = base64url(JSON.stringify({ alg: ALGORITHM, typ: IDENTITY_TYPE }));
  return (claims, audience) => {
    const now = epochSeconds();
    const payload = { ...claims, iss: IDENTITY_ISSUER, aud: audience, jti: randomUUID(), iat: now, exp: now + LIFETIME_SECONDS };
    const signed = `${header}.${base64url(JSON.stringify(payload))}`;
    return `${signed}.${sign("sha256", Buffer.from(signed), { key, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
  };
}

/** The gateway's signer, once for every department request, with the gateway's own key. */
export async function createIdentitySigner(): Promise<IdentitySigner> {
  const make = identityTokenMaker(nodeKey(await gatewayPrivateKey()));
  return async (viewer, subgraph, requestId, body, idempotencyKey) =>
    make(identityClaims(viewer, requestId, body, idempotencyKey), subgraph);
}

/**
 * The token ids a subgraph has accepted, each kept until its token could no
 * longer be accepted anyway; a second use of one is a replay.
 */
export class SeenTokens {
  private readonly expiries = new Map<string, number>();
  private swept = 0;

  /** False when `jti` was seen before. */
  firstUse(jti: string, expiresAtMs: number, now = Date.now()): boolean {
    // At most once a second: a sweep walks every token of the last ninety seconds, and a busy department accepts thousands.
    if (now - this.swept >= 1000) {
      this.swept = now;
      for (const [id, expiry] of this.expiries) if (expiry < now) this.expiries.delete(id);
    }
    if (this.expiries.has(jti)) return false;
    this.expiries.set(jti, expiresAtMs);
    return true;
  }

  /** How many token ids are remembered. */
  get size(): number {
    return this.expiries.size;
  }
}

/** Leeway for the clocks of the gateway's and the department's machines, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 5;

const decoded = (part: string): unknown => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The claims of an identity token, or why it is refused: a compact JWS
 * (RFC 7515) of type `hub-identity+jwt`, ES256 and nothing else, signed by
 * the gateway's key, from the gateway, to `audience`, carrying a token id,
 * its times and the body hash, not expired, not issued in the future and no
 * older than its lifetime allows (RFC 7519 §4.1). Checked with Node's
 * crypto, synchronously: jose's check of the same token (157 µs) handed
 * the signature to the thread pool and cost three times Node's own (57 µs),
 * on every department request.
 */
function verifiedIdentityClaims(token: string, key: KeyObject, audience: string, now = epochSeconds()): Record<string, unknown> {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("not a compact JWS");
  const header = decoded(parts[0]);
  if (!isObject(header) || header.alg !== ALGORITHM || header.typ !== IDENTITY_TYPE || "crit" in header) throw new Error("header");
  const signature = Buffer.from(parts[2], "base64url");
  if (!verify("sha256", Buffer.from(`${parts[0]}.${parts[1]}`), { key, dsaEncoding: "ieee-p1363" }, signature)) {
    throw new Error("signature");
  }
  const claims = decoded(parts[1]);
  if (!isObject(claims)) throw new Error("claims");
  const { iss, aud, jti, iat, exp, nbf, bh } = claims;
  if (iss !== IDENTITY_ISSUER) throw new Error("issuer");
  if (aud !== audience) throw new Error("audience");
  if (typeof jti !== "string" || typeof bh !== "string" || typeof iat !== "number" || typeof exp !== "number") throw new Error("claims");
  if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw new Error("expired");
  if (iat > now + CLOCK_TOLERANCE_SECONDS || now - iat > MAX_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS) throw new Error("issued at");
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > now + CLOCK_TOLERANCE_SECONDS)) throw new Error("not before");
  return claims;
}

export type IdentityVerifier = (
  token: string | undefined,
  body: Uint8Array | string,
) => Promise<{ viewer: Viewer; requestId?: string; idempotencyKey?: string; tokenId: string }>;

/** An official the gateway vouched for beside the request's own caller, and the gateway's id of that official's request. */
export interface Vouched {
  viewer: Viewer;
  requestId?: string;
  /** The token's id: a write made for this official records it, so the token writes nothing on another replica. */
  tokenId?: string;
}

export const IDENTITY_REFUSAL = "This service answers only requests forwarded by the hub's gateway.";

/**
 * A subgraph's check of the gateway's token: right key, issuer, audience,
 * algorithm, not expired, made for this very body, and never used before.
 */
export async function createIdentityVerifier(
  subgraph: SubgraphName,
): Promise<IdentityVerifier & { also(header: string | undefined, body: Uint8Array | string): Promise<Vouched[]> }> {
  const key = nodeKey(await gatewayPublicKey());
  const seen = new SeenTokens();
  const one: IdentityVerifier = async (token, body) => {
    if (!token) throw unauthenticated(IDENTITY_REFUSAL);
    try {
      const payload = verifiedIdentityClaims(token, key, subgraph);
      if (payload.bh !== bodyHash(body)) throw new Error("made for another request");
      const iat = payload.iat as number;
      if (!seen.firstUse(String(payload.jti), (iat + MAX_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS) * 1000)) throw new Error("replayed");
      const requestId = typeof payload.rid === "string" ? payload.rid : undefined;
      const tokenId = String(payload.jti);
      if (payload.anon === true) return { viewer: ANONYMOUS, requestId, tokenId };
      const viewer = viewerFromClaims(payload);
      if (!viewer) throw new Error("claims");
      return { viewer, requestId, tokenId, ...(isIdempotencyKey(payload.ik) ? { idempotencyKey: payload.ik } : {}) };
    } catch {
      throw unauthenticated(IDENTITY_REFUSAL);
    }
  };
  return Object.assign(one, {
    /** The officials of `ALSO_IDENTITIES_HEADER`, each checked as the first; any refused refuses the request. */
    async also(header: string | undefined, body: Uint8Array | string) {
      if (!header) return [];
      const tokens = header.split(",").map((token) => token.trim());
      if (tokens.length > MAX_ALSO_IDENTITIES) throw unauthenticated(IDENTITY_REFUSAL);
      const vouched = [];
      for (const token of tokens) {
        const { viewer, requestId, tokenId } = await one(token, body);
        vouched.push({ viewer, requestId, tokenId });
      }
      return vouched;
    },
  });
}
