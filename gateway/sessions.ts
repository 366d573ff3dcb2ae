import { createHash } from "node:crypto";
import type express from "express";
import { decodeJwt } from "jose";
import { LRUCache } from "lru-cache";
import type { UserTokenVerifier } from "../shared/auth/user-tokens";
import { numberFromEnv } from "../shared/core/config";
import { unauthenticated } from "../shared/core/errors";
import type { SessionStore } from "./session-store";

/**
 * How long a signed-in official may leave the hub untouched, and how long
 * before a session ends the web app warns: the web app locks itself, and
 * the gateway refuses a token nobody has used for that long.
 */
export interface SessionRules {
  /** Without pointer, key, touch or scroll for this long the web app locks, and the gateway ends the token; 0: never. */
  idleTimeoutSeconds: number;
  /** How long before the token expires the web app says so and offers to renew. */
  warningSeconds: number;
  /** How often, at most, the web app tells the gateway the official is still at work. */
  activityPingSeconds: number;
}

/** Read on every use, so that a test can shorten them; `startGateway` reads them once first to stop on a bad value. */
export function sessionRules(): SessionRules {
  const idleTimeoutSeconds = Math.round(numberFromEnv("HUB_IDLE_TIMEOUT_MINUTES", 15, { allowZero: true }) * 60);
  return {
    idleTimeoutSeconds,
    warningSeconds: Math.round(numberFromEnv("HUB_SESSION_WARNING_MINUTES", 2, { allowZero: true }) * 60),
    // Often enough that the gateway's limit (idle time plus one interval) is never reached while the official works.
    activityPingSeconds: Math.max(1, Math.min(60, Math.floor(idleTimeoutSeconds / 4))),
  };
}

const bearer = (authorization: string | undefined) => /^Bearer (\S+)$/.exec(authorization?.trim() ?? "")?.[1];

/**
 * The gateway's half of the idle timeout. Bearer tokens are not sessions the
 * gateway keeps, so it remembers, per token (by its hash), when it last saw
 * it: a token unused for longer than the idle timeout (plus one activity
 * interval of slack) is refused from then on, as is one the app signed out
 * or locked. Remembered in a store shared by everything that serves the same
 * officials (`session-store.ts`): a gateway's workers, or gateways sharing Redis.
 */
export class IdleTokens {
  constructor(private readonly store: SessionStore) {}

  /** Wraps the token verifier: a token that passes it is then checked, and counted as used now. */
  guard(verify: UserTokenVerifier): UserTokenVerifier {
    return async (authorization) => {
      const viewer = await verify(authorization);
      const token = bearer(authorization);
      if (!viewer.anonymous && token && !(await this.use(token)))
        throw unauthenticated("The bearer token was not accepted.", { httpStatus: 401 });
      return viewer;
    };
  }

  /** Counts a use of `token`; false when it had gone idle or been ended. */
  use(token: string): Promise<boolean> {
    const { idleTimeoutSeconds, activityPingSeconds } = sessionRules();
    const idleLimitMs = idleTimeoutSeconds > 0 ? (idleTimeoutSeconds + activityPingSeconds) * 1000 : 0;
    const { key, forgetAfter } = sessionOf(token);
    return this.store.use(key, idleLimitMs, forgetAfter);
  }

  /** Ends `token` everywhere the store reaches: the app signed out or locked. */
  end(token: string): Promise<void> {
    const { key, forgetAfter } = sessionOf(token);
    return this.store.end(key, forgetAfter);
  }
}

/** Each token's key in the store (its hash) and when the store may forget it, worked out once per token, not per request. */
const sessions = new LRUCache<string, { key: string; forgetAfter: number }>({ max: 10_000 });

function sessionOf(token: string): { key: string; forgetAfter: number } {
  const known = sessions.get(token);
  if (known) return known;
  const { exp } = decodeJwt(token);
  const key = createHash("sha256").update(token).digest("hex");
  // a token without an expiry (the verifier refuses those) is kept a day from each use, so it is not remembered
  if (typeof exp !== "number") return { key, forgetAfter: Date.now() + 24 * 3600_000 };
  const session = { key, forgetAfter: exp * 1000 + 60_000 };
  sessions.set(token, session);
  return session;
}

/**
 * `POST /auth/activity`: the official is at work in the web app (sent at most
 * once per activity interval); `POST /auth/sign-out`: the app signed out or
 * locked, and the token is ended here too.
 */
export function sessionRoutes(app: express.Express, authenticate: UserTokenVerifier, tokens: IdleTokens): void {
  app.post("/auth/activity", async (req, res) => {
    try {
      const viewer = await authenticate(req.header("authorization"));
      res.status(viewer.anonymous ? 401 : 204).end();
    } catch {
      res.status(401).end();
    }
  });
  app.post("/auth/sign-out", async (req, res) => {
    // Only a token the hub accepts is remembered as ended: junk sent here must not fill the gateway's memory.
    try {
      const viewer = await authenticate(req.header("authorization"));
      const token = bearer(req.header("authorization"));
      if (!viewer.anonymous && token) await tokens.end(token);
    } catch {
      // expired, idle or not the hub's: nothing to end
    }
    res.status(204).end();
  });
}
