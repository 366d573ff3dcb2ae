import type { UserManager } from "oidc-client-ts";
import type { Session } from "./session";

/** How this hub signs officials in (`GET /auth/options`). */
export interface SignInOptions {
  development: boolean;
  oidc: null | {
    authority: string;
    clientId: string;
    scope: string;
    claims: { province: string; agency: string; role: string; clearance: string; name: string };
  };
}

export async function signInOptions(): Promise<SignInOptions> {
  const response = await fetch("/auth/options", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`/auth/options answered ${response.status}`);
  return (await response.json()) as SignInOptions;
}

/** Where the provider sends the browser back to. */
export const CALLBACK_PATH = "/signed-in";

/** oidc-client-ts, loaded only when someone signs in with the provider: authorization code with PKCE, state kept for this tab. */
async function userManager(oidc: NonNullable<SignInOptions["oidc"]>): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    response_type: "code",
    scope: oidc.scope,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function startProviderSignIn(oidc: NonNullable<SignInOptions["oidc"]>): Promise<void> {
  await (await userManager(oidc)).signinRedirect();
}

/** The provider's `name` claim (or the configured one), for the header; the hub's identity comes from the gateway. */
function displayName(profile: Record<string, unknown>, name: string): string {
  const value = profile[name];
  return typeof value === "string" ? value : "";
}

/** Thrown when the provider signed the official in but the hub does not accept the account's claims. */
export class AccountNotAccepted extends Error {}

/**
 * Completes the provider's redirect: the code is exchanged (PKCE), the ID
 * token becomes the bearer token, and the gateway says whom it names — the
 * same check every GraphQL request gets.
 */
export async function finishProviderSignIn(): Promise<Session> {
  const { oidc } = await signInOptions();
  if (!oidc) throw new Error("No identity provider is configured.");
  const user = await (await userManager(oidc)).signinRedirectCallback();
  if (!user.id_token) throw new Error("The provider sent no ID token.");
  const response = await fetch("/auth/identity", { headers: { authorization: `Bearer ${user.id_token}`, accept: "application/json" } });
  if (response.status === 401) throw new AccountNotAccepted();
  if (!response.ok) throw new Error(`/auth/identity answered ${response.status}`);
  const { identity } = (await response.json()) as {
    identity: { userId: string; provinceCode: string; agencyCode: string; role: string; clearance: string };
  };
  return {
    token: user.id_token,
    official: {
      id: identity.userId,
      name: displayName(user.profile as Record<string, unknown>, oidc.claims.name) || identity.userId,
      provinceCode: identity.provinceCode,
      agencyCode: identity.agencyCode,
      role: identity.role,
      clearance: identity.clearance,
    },
  };
}
