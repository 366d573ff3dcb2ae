import { useSyncExternalStore } from "react";

/** Who is signed in: the bearer token and the official it names, kept for this browser tab only. */
export interface Session {
  token: string;
  official: { id: string; name: string; provinceCode: string; agencyCode: string; role: string; clearance: string };
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
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
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
