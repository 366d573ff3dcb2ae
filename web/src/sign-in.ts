import type { UserManager } from "oidc-client-ts";
import { identityOf, type Session } from "./session";

/** How this hub signs officials in (`GET /auth/options`), and how long a session may sit idle. */
export interface SignInOptions {
  development: boolean;
  session: {
    /** Without activity for this long the app locks; 0: never. */
    idleTimeoutSeconds: number;
    /** How long before the token's end the app warns. */
    warningSeconds: number;
    /** How often, at most, the app tells the gateway the official is at work. */
    activityPingSeconds: number;
  };
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

/**
 * oidc-client-ts, loaded only when someone signs in with the provider:
 * authorization code with PKCE, its state kept for this tab; the tokens it
 * receives are kept in memory only (the app keeps the one it uses, and drops
 * it when the session locks).
 */
async function userManager(oidc: NonNullable<SignInOptions["oidc"]>): Promise<UserManager> {
  const { InMemoryWebStorage, UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  const callback = `${window.location.origin}${CALLBACK_PATH}`;
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: callback,
    // the provider answers a silent renewal at the same address, in a hidden frame
    silent_redirect_uri: callback,
    silentRequestTimeoutInSeconds: 10,
    response_type: "code",
    scope: oidc.scope,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/**
 * Leaves for the provider's sign-in page. `again`: after the idle lock the
 * provider must ask for the official's credentials, not reuse its own session.
 */
export async function startProviderSignIn(oidc: NonNullable<SignInOptions["oidc"]>, again = false): Promise<void> {
  await (await userManager(oidc)).signinRedirect(again ? { prompt: "login" } : undefined);
}

/**
 * Renews the session without leaving the page (prompt=none in a hidden
 * frame), where the provider still has the official signed in and its
 * cookies reach the frame; throws where it cannot, and the official signs
 * in again at the provider.
 */
export async function renewWithProvider(oidc: NonNullable<SignInOptions["oidc"]>): Promise<Session> {
  const user = await (await userManager(oidc)).signinSilent();
  if (!user?.id_token) throw new Error("The provider sent no ID token.");
  const session = await identityOf(user.id_token, displayName(user.profile as Record<string, unknown>, oidc.claims.name));
  if (!session) throw new AccountNotAccepted();
  return session;
}

/** In the hidden frame of a silent renewal: hands the provider's answer to the page. */
export async function finishSilentRenewal(): Promise<void> {
  const { oidc } = await signInOptions();
  if (oidc) await (await userManager(oidc)).signinSilentCallback();
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
