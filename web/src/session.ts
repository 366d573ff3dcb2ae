import { useSyncExternalStore } from "react";

/** Who is signed in: the bearer token and the official it names, kept for this browser tab only. */
export interface Session {
  token: string;
  /** When the token stops being accepted, by this browser's clock (ms since 1970). */
  expiresAt?: number;
  official: {
    id: string;
    name: string;
    provinceCode: string;
    agencyCode: string;
    /** The agency's directory id (`VN-30-SCT`). */
    agencyId: string;
    role: string;
    clearance: string;
    /** The departments the agency operates today (`trade`, …), as the gateway reads the token. */
    departments: string[];
    /** The departments it operated before its functions passed to another agency (STTTT: `plans`, until 2025). */
    formerDepartments?: string[];
    /** False where the hub keeps no state secret (a shared-network deployment). */
    stateSecrets?: boolean;
  };
}

/** Whom a bearer token names, as the gateway reads it (`GET /auth/identity`); null when it is not accepted. */
export async function identityOf(token: string, name: string): Promise<Session | null> {
  const response = await fetch("/auth/identity", { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`/auth/identity answered ${response.status}`);
  const { identity } = (await response.json()) as { identity: Omit<Session["official"], "id" | "name"> & { userId: string } };
  const { userId, ...rest } = identity;
  return { token, expiresAt: expiryOf(token), official: { id: userId, name: name || userId, ...rest } };
}

/**
 * A token's end measured from now by its own span (`exp` − `iat`): the
 * browser's clock may be minutes off the issuer's, the span is not.
 */
function expiryOf(token: string): number | undefined {
  try {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const { exp, iat } = JSON.parse(atob(part)) as { exp?: unknown; iat?: unknown };
    if (typeof exp !== "number") return undefined;
    return typeof iat === "number" ? Date.now() + (exp - iat) * 1000 : exp * 1000;
  } catch {
    return undefined;
  }
}

const KEY = "hub.session";
const LOCKED = "hub.locked";
const listeners = new Set<() => void>();

function read<T>(key: string): T | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "null") as T | null;
  } catch {
    return null;
  }
}

let current = read<Session>(KEY);

/** Whom the idle lock hid the page from: their name for the lock screen and their id for their drafts, no token. */
export interface Locked {
  id: string;
  name: string;
}
let locked = read<Locked>(LOCKED);

export function setSession(session: Session | null): void {
  current = session;
  if (session) {
    signedOutBecause = null;
    locked = null;
    sessionStorage.removeItem(LOCKED);
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

/** The token now in use, read when a request is sent: a renewed session keeps its pages and their cache. */
export function currentToken(): string | undefined {
  return current?.token;
}

/** Tells the gateway the token is done with, so that it refuses it from now on too. */
function endAtGateway(token: string): void {
  void fetch("/auth/sign-out", { method: "POST", headers: { authorization: `Bearer ${token}` }, keepalive: true }).catch(() => undefined);
}

/**
 * The idle timeout: the token is dropped from memory and storage and ended
 * at the gateway; the page is hidden behind the lock screen until someone
 * signs in again. The official's drafts stay in the tab.
 */
export function lockSession(): void {
  if (!current) return;
  const { token, official } = current;
  locked = { id: official.id, name: official.name };
  sessionStorage.setItem(LOCKED, JSON.stringify(locked));
  setSession(null);
  endAtGateway(token);
}

/** Leaves the lock screen signed out, for the public pages. */
export function leaveLock(): void {
  locked = null;
  sessionStorage.removeItem(LOCKED);
  for (const listener of listeners) listener();
}

/** Why the last session ended without the official asking (shown once on the sign-in screen). */
export let signedOutBecause: "expired" | null = null;

/** The sign-in screen has told the official why: the reason is spent, and nothing takes them back to it again. */
export function forgetSignOutReason(): void {
  signedOutBecause = null;
}

/** Where an official's drafts are kept in the tab (web/src/drafts.tsx). */
export const draftKeyPrefix = (userId: string) => `hub.draft:${userId}:`;

/**
 * Ends the session. An expired one keeps the official's drafts for when
 * they sign in again; signing out on purpose leaves nothing of theirs in the tab.
 */
export function signOut(reason: "expired" | null = null): void {
  const ending = current;
  signedOutBecause = reason;
  setSession(null);
  if (!ending || reason !== null) return;
  endAtGateway(ending.token);
  const prefix = draftKeyPrefix(ending.official.id);
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Who is locked out by the idle timeout, if anyone. */
export function useLocked(): Locked | null {
  return useSyncExternalStore(subscribe, () => locked);
}

/** Whether the official sees the whole country (admins) rather than one province. */
export function isNational(session: Session | null): boolean {
  return session?.official.role === "admin";
}
