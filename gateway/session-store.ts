import cluster from "node:cluster";
import { Redis } from "ioredis";
import type { Logger } from "pino";
import { checkRedisAddress } from "../shared/core/transport";

/**
 * Where the gateway remembers, per bearer token (by its hash), when it last
 * saw it and whether it was ended (signed out, locked, gone idle). Shared by
 * whatever serves the same officials: every worker of one gateway asks its
 * primary (`memory`), several gateways ask one Redis (`redis`).
 */
export interface SessionStore {
  /** Counts a use of the token now; false when it had been unused for longer than `idleLimitMs` (0: no limit) or was ended. */
  use(key: string, idleLimitMs: number, expiresAt: number): Promise<boolean>;
  /** Ends the token from now until `expiresAt`, when the verifier refuses it anyway. */
  end(key: string, expiresAt: number): Promise<void>;
  close(): Promise<void>;
}

export interface SessionStoreSettings {
  /** HUB_SESSION_STORE: `memory` (this gateway, its workers included) or `redis` (every gateway sharing one). */
  store: "memory" | "redis";
  /** HUB_SESSION_REDIS_URL, else HUB_RATE_LIMIT_REDIS_URL. */
  redisUrl?: string;
}

export function sessionStoreSettings(env: NodeJS.ProcessEnv = process.env): SessionStoreSettings {
  const store = env.HUB_SESSION_STORE || "memory";
  if (store !== "memory" && store !== "redis") throw new Error(`HUB_SESSION_STORE must be memory or redis, got ${JSON.stringify(store)}`);
  const redisUrl = env.HUB_SESSION_REDIS_URL || env.HUB_RATE_LIMIT_REDIS_URL || undefined;
  if (store === "redis" && !redisUrl) throw new Error("HUB_SESSION_STORE=redis needs HUB_SESSION_REDIS_URL (redis://host:6379)");
  if (store === "redis")
    checkRedisAddress(env.HUB_SESSION_REDIS_URL ? "HUB_SESSION_REDIS_URL" : "HUB_RATE_LIMIT_REDIS_URL", redisUrl!, env);
  return { store, redisUrl };
}

/** In this process's memory: the store of a gateway run as one process, and of a primary for its workers. */
export class MemorySessions implements SessionStore {
  private readonly seen = new Map<string, { last: number; ended: boolean; expires: number }>();
  private swept = Date.now();

  async use(key: string, idleLimitMs: number, expiresAt: number): Promise<boolean> {
    return this.useNow(key, idleLimitMs, expiresAt);
  }

  useNow(key: string, idleLimitMs: number, expiresAt: number, now = Date.now()): boolean {
    const entry = this.seen.get(key);
    if (entry?.ended) return false;
    if (entry && idleLimitMs > 0 && now - entry.last > idleLimitMs) {
      entry.ended = true;
      return false;
    }
    if (entry) entry.last = now;
    else this.seen.set(key, { last: now, ended: false, expires: expiresAt });
    this.sweep(now);
    return true;
  }

  async end(key: string, expiresAt: number): Promise<void> {
    this.seen.set(key, { last: 0, ended: true, expires: expiresAt });
  }

  isEnded(key: string): boolean {
    return this.seen.get(key)?.ended === true;
  }

  async close(): Promise<void> {}

  /** Forgets tokens past their expiry, which the verifier refuses anyway (an ended token must be remembered until then). */
  private sweep(now: number): void {
    if (now - this.swept < 60_000) return;
    this.swept = now;
    for (const [key, entry] of this.seen) if (entry.expires < now) this.seen.delete(key);
  }
}

const ASK = "hub:session";
const ANSWER = "hub:session-answer";
type Ask = { type: typeof ASK; id: number; op: "use" | "end"; key: string; idleLimitMs: number; expiresAt: number };

/** A worker's store: its primary's memory, asked over the cluster's channel. */
class PrimarySessions implements SessionStore {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (ok: boolean) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  private readonly listener = (message: { type?: string; id?: number; ok?: boolean }) => {
    if (message?.type !== ANSWER || message.id === undefined) return;
    const asked = this.waiting.get(message.id);
    if (!asked) return;
    this.waiting.delete(message.id);
    clearTimeout(asked.timer);
    asked.resolve(message.ok === true);
  };

  constructor() {
    process.on("message", this.listener);
  }

  private ask(op: Ask["op"], key: string, idleLimitMs: number, expiresAt: number): Promise<boolean> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      // the primary answers within microseconds; one that does not is gone, and the token is not accepted meanwhile
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error("the gateway's primary process did not answer about a session"));
      }, 5000);
      this.waiting.set(id, { resolve, reject, timer });
      process.send!({ type: ASK, id, op, key, idleLimitMs, expiresAt } satisfies Ask);
    });
  }

  use(key: string, idleLimitMs: number, expiresAt: number): Promise<boolean> {
    return this.ask("use", key, idleLimitMs, expiresAt);
  }

  async end(key: string, expiresAt: number): Promise<void> {
    await this.ask("end", key, 0, expiresAt);
  }

  async close(): Promise<void> {
    process.off("message", this.listener);
  }
}

/** In the primary of several gateway workers: holds their sessions and answers their questions. */
export function serveSessionsToWorkers(): void {
  const sessions = new MemorySessions();
  cluster.on("message", (worker, message: Ask) => {
    if (message?.type !== ASK) return;
    const ok =
      message.op === "use"
        ? sessions.useNow(message.key, message.idleLimitMs, message.expiresAt)
        : (void sessions.end(message.key, message.expiresAt), true);
    if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ok });
  });
}

/*
 * One round trip, atomic, on Redis's clock (gateways' clocks may differ): an
 * ended token stays ended; one unused for longer than the limit is ended now.
 */
const USE_SCRIPT = `
local seen = redis.call('GET', KEYS[1])
if seen == 'ended' then return 0 end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local limit = tonumber(ARGV[1])
if seen and limit > 0 and now - tonumber(seen) > limit then
  redis.call('SET', KEYS[1], 'ended', 'PX', ARGV[2])
  return 0
end
redis.call('SET', KEYS[1], tostring(now), 'PX', ARGV[2])
return 1`;

type SessionRedis = Redis & { hubUseSession(key: string, idleLimitMs: number, ttlMs: number): Promise<number> };

/**
 * Every gateway's sessions in one Redis. While it cannot be reached, each
 * gateway keeps them in its own memory, as with one gateway, and says so; a
 * token ended meanwhile stays ended on the gateway that ended it.
 */
class RedisSessions implements SessionStore {
  private readonly client: SessionRedis;
  private readonly alone = new MemorySessions();
  private down = false;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    // Commands fail at once while disconnected, and after half a second when Redis is slow: a request never waits long on the store.
    this.client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 }) as SessionRedis;
    this.client.defineCommand("hubUseSession", { numberOfKeys: 1, lua: USE_SCRIPT });
    this.client.on("error", (error: Error) => this.unreachable(error));
    this.client.on("ready", () => {
      if (this.down) logger.info("session store reachable again");
      this.down = false;
    });
  }

  async use(key: string, idleLimitMs: number, expiresAt: number): Promise<boolean> {
    if (this.alone.isEnded(key)) return false;
    try {
      const ok = (await this.client.hubUseSession(`hub:session:${key}`, idleLimitMs, ttl(expiresAt))) === 1;
      if (!ok) await this.alone.end(key, expiresAt);
      return ok;
    } catch (error) {
      this.unreachable(error as Error);
      return this.alone.use(key, idleLimitMs, expiresAt);
    }
  }

  private unreachable(error: Error): void {
    if (!this.down)
      this.logger.warn({ error: error.message }, "session store unreachable: this gateway keeps sessions alone until it is back");
    this.down = true;
  }

  async end(key: string, expiresAt: number): Promise<void> {
    await this.alone.end(key, expiresAt);
    try {
      await this.client.set(`hub:session:${key}`, "ended", "PX", ttl(expiresAt));
    } catch (error) {
      this.unreachable(error as Error); // remembered here; the others learn of it when the token expires
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}

const ttl = (expiresAt: number) => Math.max(1000, Math.round(expiresAt - Date.now()));

/** The store this gateway process uses: Redis when configured, else its primary's memory in a worker, else its own. */
export function openSessionStore(settings: SessionStoreSettings, logger: Logger): SessionStore {
  if (settings.store === "redis") return new RedisSessions(settings.redisUrl!, logger);
  if (cluster.isWorker) return new PrimarySessions();
  return new MemorySessions();
}
