import {
  SignJWT,
  createRemoteJWKSet,
  decodeProtectedHeader,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyLike,
} from "jose";
import { LRUCache } from "lru-cache";
import { unauthenticated } from "../core/errors";
import { ANONYMOUS, claimsOf, viewerFromClaims, type Official, type Viewer } from "./identity";
import { ALGORITHM, developmentKey, isProduction } from "./keys";
import { discoveredKeys, hubClaims, oidcSettings } from "./oidc";

/**
 * Users' bearer tokens, verified by the gateway with jose: issuer, audience
 * and algorithms pinned. With an OIDC provider configured (`HUB_OIDC_ISSUER`)
 * its ID tokens are verified through its discovered JWKS; otherwise
 * production takes the issuer's keys from HUB_AUTH_JWKS_URL or
 * HUB_AUTH_PUBLIC_KEY, and development uses the local key that
 * `npm run token` signs with.
 */
export function tokenSettings() {
  const oidc = oidcSettings();
  if (isProduction() && !oidc && !(process.env.HUB_AUTH_ISSUER && process.env.HUB_AUTH_AUDIENCE))
    throw new Error(
      "Set HUB_OIDC_ISSUER and HUB_OIDC_CLIENT_ID, or HUB_AUTH_ISSUER and HUB_AUTH_AUDIENCE: production has no default issuer",
    );
  return {
    issuer: oidc?.issuer ?? (process.env.HUB_AUTH_ISSUER || "provincial-hub-development"),
    audience: process.env.HUB_AUTH_AUDIENCE || oidc?.clientId || "provincial-hub",
    // Providers sign ID tokens with RS256 unless told otherwise; the development key is ES256.
    algorithms: (process.env.HUB_AUTH_ALGORITHM || (oidc ? "RS256,PS256,ES256" : ALGORITHM)).split(",").map((a) => a.trim()),
  };
}

type KeyChoice = { key: KeyLike | JWTVerifyGetKey; kid?: string };

async function verificationKey(): Promise<KeyChoice> {
  const [algorithm] = tokenSettings().algorithms;
  const oidc = oidcSettings();
  if (oidc && !process.env.HUB_AUTH_JWKS_URL) return { key: discoveredKeys(oidc.issuer) };
  if (process.env.HUB_AUTH_JWKS_URL) {
    // The identity provider's published keys, fetched and cached by jose.
    return { key: createRemoteJWKSet(new URL(process.env.HUB_AUTH_JWKS_URL), { cooldownDuration: 30_000, cacheMaxAge: 600_000 }) };
  }
  if (process.env.HUB_AUTH_PUBLIC_KEY) {
    return {
      key: await importSPKI(process.env.HUB_AUTH_PUBLIC_KEY.replace(/\\n/g, "\n"), algorithm),
      kid: process.env.HUB_AUTH_KEY_ID || undefined,
    };
  }
  if (isProduction())
    throw new Error("Set HUB_OIDC_ISSUER, HUB_AUTH_JWKS_URL or HUB_AUTH_PUBLIC_KEY: production does not accept the development key");
  const development = await developmentKey("user-tokens");
  return { key: development.publicKey, kid: development.kid };
}

/**
 * Only a token made to sign a user in to this hub is one. A provider signs
 * other tokens with the same key: a back-channel logout token
 * (`typ: logout+jwt`, an `events` claim) is never one; with OpenID Connect
 * only an ID token is (no `typ`, or `JWT`), and an ID token with several
 * audiences, or an authorized party, must have been issued to this client
 * (`azp` equal to its id: OpenID Connect Core 1.0, 3.1.3.7, points 4 and 5).
 * Without OIDC, the issuer's access tokens (`at+jwt`) are the hub's tokens.
 */
export function acceptedKind(payload: JWTPayload, typ: string | undefined, oidcClientId: string | null): boolean {
  const kind = (typ ?? "JWT").toLowerCase().replace(/^application\//, "");
  if ("events" in payload || kind === "logout+jwt") return false;
  if (oidcClientId === null) return kind === "jwt" || kind === "at+jwt";
  if (kind !== "jwt") return false;
  const several = Array.isArray(payload.aud) && payload.aud.length > 1;
  if (several && payload.azp === undefined) return false;
  return payload.azp === undefined || payload.azp === oidcClientId;
}

export type UserTokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

export async function createUserTokenVerifier(): Promise<UserTokenVerifier> {
  const settings = tokenSettings();
  const oidc = oidcSettings();
  const { key, kid } = await verificationKey();
  // A token verified once is the same token until it expires: its claims are kept (bounded), so a
  // signed-in official's every request does not pay for a signature check again. Refusals are not kept.
  const verified = new LRUCache<string, { viewer: Viewer; expiresAt: number }>({ max: 10_000 });
  return async (authorization) => {
    if (authorization === undefined || authorization === "") return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated("The Authorization header must be 'Bearer <token>'.", { httpStatus: 401 });
    const token = match[1];
    const known = verified.get(token);
    if (known && Date.now() < known.expiresAt) return { ...known.viewer };
    try {
      if (kid !== undefined && decodeProtectedHeader(token).kid !== kid) throw new Error("unknown key id");
      const { payload, protectedHeader } = await jwtVerify(token, key as KeyLike, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        requiredClaims: ["exp", "sub"],
        clockTolerance: 30,
      });
      if (!acceptedKind(payload, protectedHeader.typ, oidc?.clientId ?? null)) throw new Error("token kind");
      const viewer = viewerFromClaims(oidc ? hubClaims(payload, oidc) : payload);
      if (!viewer) throw new Error("claims");
      // kept until the token's own expiry, without the clock tolerance the check allows
      verified.set(token, { viewer, expiresAt: Number(payload.exp) * 1000 });
      return viewer;
    } catch {
      // One answer for every failure: a caller learns nothing about why a token was refused.
      throw unauthenticated("The bearer token was not accepted.", { httpStatus: 401 });
    }
  };
}

/** Signs a development token, as `npm run token` prints it; `lifetime` as jose reads it ("8h", or the expiry in epoch seconds). */
export async function signDevelopmentToken(viewer: Official, lifetime: string | number = "8h"): Promise<string> {
  const { issuer, audience } = tokenSettings();
  const key = await developmentKey("user-tokens");
  return new SignJWT(claimsOf(viewer))
    .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(key.privateKey);
}
