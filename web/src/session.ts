import { useSyncExternalStore } from "react";

/** Who is signed in: the bearer token and the official it names, kept for this browser tab only. */
export interface Session {
  token: string;
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
  return { token, official: { id: userId, name: name || userId, ...rest } };
}

const KEY = "hub.session";
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Session | null;
  } catch {
    return null;
  }
}

let current = read();

export function setSession(session: Session | null): void {
  current = session;
  if (session) signedOutBecause = null;
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
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
  const prefix = draftKeyPrefix(ending.official.id);
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key);
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Whether the official sees the whole country (admins) rather than one province. */
export function isNational(session: Session | null): boolean {
  return session?.official.role === "admin";
}
