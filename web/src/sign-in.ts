import type { UserManager } from "oidc-client-ts";
import { identityOf, type Session } from "./session";

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
  const session = await identityOf(user.id_token, displayName(user.profile as Record<string, unknown>, oidc.claims.name));
  if (!session) throw new AccountNotAccepted();
  return session;
}
