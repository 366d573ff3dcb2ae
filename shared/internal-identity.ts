import { SignJWT, jwtVerify, type KeyLike } from "jose";
import type { SubgraphName } from "./config";
import { ANONYMOUS, claimsOf, unauthenticated, viewerFromClaims, type Viewer } from "./identity";
import { ALGORITHM, developmentKey, isProduction, privateKeyFromEnv, publicKeyFromEnv } from "./keys";

/**
 * How the gateway tells a subgraph who is asking: a short-lived token signed
 * with a key only the gateway holds, addressed to that one subgraph. Subgraphs
 * hold the public key only, so none of them can speak for a user.
 */
export const IDENTITY_HEADER = "x-hub-identity";
const ISSUER = "hub-gateway";
const LIFETIME_SECONDS = 60;

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
  return (await developmentKey("gateway-identity")).publicKey;
}

export type IdentitySigner = (viewer: Viewer, subgraph: string, requestId: string) => Promise<string>;

/** The gateway's signer. */
export async function createIdentitySigner(): Promise<IdentitySigner> {
  const key = await gatewayPrivateKey();
  return (viewer, subgraph, requestId) =>
    new SignJWT({ ...(viewer.anonymous ? { anon: true } : claimsOf(viewer)), rid: requestId })
      .setProtectedHeader({ alg: ALGORITHM, typ: "hub-identity+jwt" })
      .setIssuer(ISSUER)
      .setAudience(subgraph)
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_SECONDS}s`)
      .sign(key);
}

export type IdentityVerifier = (token: string | undefined) => Promise<{ viewer: Viewer; requestId?: string }>;

/** A subgraph's check of the gateway's token: right key, issuer, audience, algorithm, and not expired. */
export async function createIdentityVerifier(subgraph: SubgraphName): Promise<IdentityVerifier> {
  const key = await gatewayPublicKey();
  return async (token) => {
    if (!token) throw unauthenticated("This service answers only requests forwarded by the hub's gateway.");
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: subgraph,
        algorithms: [ALGORITHM],
        typ: "hub-identity+jwt",
        maxTokenAge: `${LIFETIME_SECONDS + 30}s`,
        clockTolerance: 5,
      });
      const requestId = typeof payload.rid === "string" ? payload.rid : undefined;
      if (payload.anon === true) return { viewer: ANONYMOUS, requestId };
      const viewer = viewerFromClaims(payload);
      if (!viewer) throw new Error("claims");
      return { viewer, requestId };
    } catch {
      throw unauthenticated("This service answers only requests forwarded by the hub's gateway.");
    }
  };
}
