import { todayIso } from "./format";
import type { Session } from "./session";

const RETURN_TO = "hub.returnTo";

/** Keeps where the official was when the session ended or locked, or they chose to sign in, so signing in brings them back there (this tab only). */
export function rememberWhereIWas(path: string): void {
  if (path.startsWith("/") && !path.startsWith("//") && !/^\/sign(ed)?-in(\/|\?|$)/.test(path)) sessionStorage.setItem(RETURN_TO, path);
}

/**
 * Where an official lands after signing in: back where they were, else the
 * picture they work from — their own province's dashboard for the year, or
 * the national overview for an administrator.
 */
export function landingPath(session: Session): string {
  const saved = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  if (saved) return saved;
  const year = todayIso().slice(0, 4);
  return session.official.role === "admin" ? `/overview/${year}` : `/provinces/${session.official.provinceCode}/${year}`;
}
