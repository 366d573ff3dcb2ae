import { useEffect, useState } from "react";
import { lockSession, signOut, type Session } from "./session";
import { signInOptions, type SignInOptions } from "./sign-in";

type Rules = SignInOptions["session"];
let asked: Promise<Rules> | null = null;

/** The gateway's session rules (`GET /auth/options`), asked once per page and only once someone is signed in. */
function useSessionRules(signedIn: boolean): Rules | null {
  const [rules, setRules] = useState<Rules | null>(null);
  useEffect(() => {
    if (!signedIn || rules) return;
    asked ??= signInOptions()
      .then((options) => options.session)
      .catch((error: unknown) => {
        asked = null; // asked again on the next sign-in
        throw error;
      });
    asked.then(setRules, () => undefined);
  }, [signedIn, rules]);
  return rules;
}

/** What counts as the official being at work. */
const ACTIVITY = ["pointerdown", "pointermove", "keydown", "touchstart", "scroll", "wheel"] as const;

/**
 * Watches the session: locks it after the idle timeout, ends it when its
 * token does (rather than waiting for the gateway to refuse a request), tells
 * the gateway now and then that the official is at work, and says whether
 * the end is near enough to warn.
 */
export function useSessionWatch(session: Session | null): boolean {
  const rules = useSessionRules(session !== null);
  const [expiring, setExpiring] = useState(false);
  useEffect(() => {
    setExpiring(false);
    if (!session || !rules) return;
    const idleMs = rules.idleTimeoutSeconds * 1000;
    let last = Date.now();
    let told = last;
    const idle = () => idleMs > 0 && Date.now() - last >= idleMs;
    const check = () => {
      if (idle()) lockSession();
      else if (session.expiresAt !== undefined && Date.now() >= session.expiresAt) signOut("expired");
      else setExpiring(session.expiresAt !== undefined && session.expiresAt - Date.now() <= rules.warningSeconds * 1000);
    };
    const active = () => {
      // A hidden tab's timer runs late: the first touch after the limit is not taken for activity.
      if (idle()) return lockSession();
      last = Date.now();
      if (last - told < rules.activityPingSeconds * 1000) return;
      told = last;
      void fetch("/auth/activity", { method: "POST", headers: { authorization: `Bearer ${session.token}` } })
        .then((response) => {
          if (response.status === 401) signOut("expired");
        })
        .catch(() => undefined);
    };
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true });
    const timer = setInterval(check, 1000);
    check();
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    };
  }, [session, rules]);
  return expiring;
}
