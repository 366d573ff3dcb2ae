import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

/**
 * Signing in with the province's OpenID Connect provider, as the operator
 * configures it. The web app runs the authorization-code flow with PKCE and
 * sends the provider's ID token (audience: the app's client id) as its
 * bearer token; the gateway verifies it against the provider's published
 * keys and reads the hub's four claims from the claim names configured here.
 */
export interface OidcSettings {
  /** The provider's issuer URL, exactly as its tokens' `iss`. */
  issuer: string;
  /** The web app's client id at the provider: the ID token's audience. */
  clientId: string;
  /** Scopes the app asks for; they must release the claims below. */
  scope: string;
  /** Which claim of the provider's token carries each part of the hub's identity. */
  claims: { province: string; agency: string; role: string; clearance: string; name: string };
}

function env(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  return value ? value : fallback;
}

/** The configured provider, or null when OIDC is not configured (`HUB_OIDC_ISSUER` unset). */
export function oidcSettings(): OidcSettings | null {
  const issuer = process.env.HUB_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = process.env.HUB_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error("HUB_OIDC_ISSUER is set: set HUB_OIDC_CLIENT_ID to the web app's client id at that provider");
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`HUB_OIDC_ISSUER must be a URL, got "${issuer}"`);
  }
  if (url.protocol !== "https:" && url.hostname !== "localhost" && url.hostname !== "127.0.0.1")
    throw new Error(`HUB_OIDC_ISSUER must use https (plain http only on this machine), got "${issuer}"`);
  return {
    issuer,
    clientId,
    scope: env("HUB_OIDC_SCOPE", "openid profile"),
    claims: {
      province: env("HUB_OIDC_CLAIM_PROVINCE", "province"),
      agency: env("HUB_OIDC_CLAIM_AGENCY", "agency"),
      role: env("HUB_OIDC_CLAIM_ROLE", "role"),
      clearance: env("HUB_OIDC_CLAIM_CLEARANCE", "clearance"),
      name: env("HUB_OIDC_CLAIM_NAME", "name"),
    },
  };
}

/** A claim by name; a dotted name ("hub.province") reads into a nested object, as some providers nest custom claims. */
function claim(payload: Record<string, unknown>, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The provider's claims renamed to the hub's own (`province`, `agency`, `role`, `clearance`), for the strict claim check. */
export function hubClaims(payload: Record<string, unknown>, settings: OidcSettings): Record<string, unknown> {
  return {
    sub: payload.sub,
    province: claim(payload, settings.claims.province),
    agency: claim(payload, settings.claims.agency),
    role: claim(payload, settings.claims.role),
    clearance: claim(payload, settings.claims.clearance),
  };
}

/**
 * The provider's keys, found through its discovery document on first use
 * (so the gateway starts while the provider is briefly away) and then
 * fetched and cached by jose.
 */
export function discoveredKeys(issuer: string): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | null = null;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`OIDC discovery answered ${response.status}`);
    const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (document.issuer !== issuer) throw new Error("OIDC discovery names another issuer");
    if (!document.jwks_uri) throw new Error("OIDC discovery names no jwks_uri");
    return createRemoteJWKSet(new URL(document.jwks_uri), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  };
  return async (header, token) => {
    keys ??= discover().catch((error: unknown) => {
      keys = null; // try again on the next token
      throw error;
    });
    return (await keys)(header, token);
  };
}
