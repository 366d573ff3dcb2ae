import { createHash } from "node:crypto";
import type express from "express";
import { Kind, parse, visit, type OperationDefinitionNode } from "graphql";
import { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { createPool, type Pool } from "mysql2";
import type { Logger } from "pino";
import { RateLimiterMemory, RateLimiterMySQL, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Viewer } from "../shared/auth/identity";
import { numberFromEnv } from "../shared/core/config";
import { checkRedisAddress, databaseTls } from "../shared/core/transport";
import { errorBody } from "../shared/service/http-safety";
import { REQUEST_LIMITS } from "./request-limits";

/**
 * How much one caller may ask of the gateway in a window: a signed-in
 * official by user id, anyone else by client address. Each request costs
 * points by what it asks (a read, a write, a document to read); a caller
 * out of points is answered 429 with `Retry-After` before Apollo parses
 * anything. Several gateways share one budget through Redis or MySQL.
 */
export interface RateLimitSettings {
  /** A signed-in official's points per window (HUB_RATE_LIMIT_POINTS). */
  points: number;
  /** An anonymous client address's points per window (HUB_RATE_LIMIT_ANONYMOUS_POINTS). */
  anonymousPoints: number;
  /** The window's length; points come back all at once when it ends (HUB_RATE_LIMIT_WINDOW_SECONDS). */
  windowSeconds: number;
  /** What a mutation costs, or a request whose operation cannot be told (HUB_RATE_LIMIT_MUTATION_WEIGHT); a read costs 1. */
  mutationWeight: number;
  /** What a request sending a document to the importer costs (HUB_RATE_LIMIT_UPLOAD_WEIGHT). */
  uploadWeight: number;
  /** Where the counts are kept (HUB_RATE_LIMIT_STORE): this process, or a store every gateway replica shares. */
  store: "memory" | "redis" | "mysql";
  /** HUB_RATE_LIMIT_REDIS_URL, for `redis`. */
  redisUrl?: string;
  /** HUB_RATE_LIMIT_MYSQL_URL, for `mysql`: a database the gateway may create its two tables in. */
  mysqlUrl?: string;
}

/**
 * Room for an official working fast in the web app (a dashboard sends several
 * queries per view) many times over, while a flood from one caller is stopped
 * within its first minute.
 */
export const RATE_LIMIT_DEFAULTS = {
  points: 1200,
  anonymousPoints: 300,
  windowSeconds: 60,
  mutationWeight: 5,
  uploadWeight: 20,
} as const;

const STORES = ["memory", "redis", "mysql"] as const;

function wholeNumberFromEnv(variable: string, fallback: number): number {
  const value = numberFromEnv(variable, fallback);
  if (!Number.isInteger(value)) throw new Error(`${variable} must be a whole number, got "${process.env[variable]}"`);
  return value;
}

/** The settings from the environment; anything wrong stops the gateway at start, naming the variable. */
export function rateLimitSettings(overrides: Partial<RateLimitSettings> = {}): RateLimitSettings {
  const storeSetting = process.env.HUB_RATE_LIMIT_STORE || "memory";
  if (!(STORES as readonly string[]).includes(storeSetting)) {
    throw new Error(`HUB_RATE_LIMIT_STORE must be one of ${STORES.join(", ")}, got "${storeSetting}"`);
  }
  const settings: RateLimitSettings = {
    points: wholeNumberFromEnv("HUB_RATE_LIMIT_POINTS", RATE_LIMIT_DEFAULTS.points),
    anonymousPoints: wholeNumberFromEnv("HUB_RATE_LIMIT_ANONYMOUS_POINTS", RATE_LIMIT_DEFAULTS.anonymousPoints),
    windowSeconds: wholeNumberFromEnv("HUB_RATE_LIMIT_WINDOW_SECONDS", RATE_LIMIT_DEFAULTS.windowSeconds),
    mutationWeight: wholeNumberFromEnv("HUB_RATE_LIMIT_MUTATION_WEIGHT", RATE_LIMIT_DEFAULTS.mutationWeight),
    uploadWeight: wholeNumberFromEnv("HUB_RATE_LIMIT_UPLOAD_WEIGHT", RATE_LIMIT_DEFAULTS.uploadWeight),
    store: storeSetting as RateLimitSettings["store"],
    redisUrl: process.env.HUB_RATE_LIMIT_REDIS_URL || undefined,
    mysqlUrl: process.env.HUB_RATE_LIMIT_MYSQL_URL || undefined,
    ...overrides,
  };
  if (settings.store === "redis" && !settings.redisUrl) {
    throw new Error("HUB_RATE_LIMIT_STORE=redis needs HUB_RATE_LIMIT_REDIS_URL (redis://host:6379)");
  }
  if (settings.store === "mysql" && !settings.mysqlUrl) {
    throw new Error("HUB_RATE_LIMIT_STORE=mysql needs HUB_RATE_LIMIT_MYSQL_URL (mysql://user:password@host:3306/database)");
  }
  // A weight over the budget would refuse that kind of request always, however idle the caller.
  if (settings.uploadWeight > settings.points) {
    throw new Error(
      `HUB_RATE_LIMIT_UPLOAD_WEIGHT (${settings.uploadWeight}) must not be more than HUB_RATE_LIMIT_POINTS (${settings.points})`,
    );
  }
  if (settings.mutationWeight > settings.points) {
    throw new Error(
      `HUB_RATE_LIMIT_MUTATION_WEIGHT (${settings.mutationWeight}) must not be more than HUB_RATE_LIMIT_POINTS (${settings.points})`,
    );
  }
  return settings;
}

/**
 * What a GraphQL request costs, read from its text with the gateway's own
 * token limit: a read 1, a mutation or anything that cannot be told (a body
 * that does not parse, several operations without a name, a persisted
 * query's hash alone) `mutationWeight`, a request naming an importer field
 * anywhere `uploadWeight`. A request with no query at all (GraphiQL's page)
 * is a read: Apollo answers it without work.
 */
export function graphqlWeight(
  payload: unknown,
  settings: Pick<RateLimitSettings, "mutationWeight" | "uploadWeight">,
  uploadFields: readonly string[],
  /** The text of a trusted document by its id, so a document sent by id costs what its text does. */
  textOf: (id: string) => string | undefined = () => undefined,
): number {
  const { query, operationName, extensions, documentId } = (payload ?? {}) as {
    query?: unknown;
    operationName?: unknown;
    extensions?: unknown;
    documentId?: unknown;
  };
  const id = typeof documentId === "string" ? documentId : persistedQueryHash(extensions);
  const text = typeof query === "string" ? query : id !== undefined ? textOf(id) : undefined;
  if (text === undefined) return extensions === undefined && documentId === undefined ? 1 : settings.mutationWeight;
  return textWeight(text, typeof operationName === "string" ? operationName : undefined, settings, uploadFields);
}

/** Apollo's `extensions.persistedQuery.sha256Hash`, from a body's object or a GET request's JSON text. */
function persistedQueryHash(extensions: unknown): string | undefined {
  let value = extensions;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

type RequestKind = "read" | "write" | "upload";

/**
 * Each text's kind, once read: clients send the same few documents again and
 * again, and parsing one was a twentieth of the gateway's work on a small
 * query. Bounded by the texts' total length.
 */
const KINDS = new LRUCache<string, RequestKind>({ max: 2000, maxSize: 4_000_000, sizeCalculation: (_kind, key) => key.length });

function textWeight(
  query: string,
  operationName: string | undefined,
  settings: Pick<RateLimitSettings, "mutationWeight" | "uploadWeight">,
  uploadFields: readonly string[],
): number {
  const key = `${uploadFields.join(",")}\n${operationName ?? ""}\n${query}`;
  let kind = KINDS.get(key);
  if (kind === undefined) {
    kind = requestKind(query, operationName, uploadFields);
    KINDS.set(key, kind);
  }
  return kind === "read" ? 1 : kind === "upload" ? settings.uploadWeight : settings.mutationWeight;
}

function requestKind(query: string, operationName: string | undefined, uploadFields: readonly string[]): RequestKind {
  let document;
  try {
    document = parse(query, { maxTokens: REQUEST_LIMITS.maxTokens, noLocation: true });
  } catch {
    return "write";
  }
  let uploads = false;
  visit(document, {
    Field(node) {
      if (uploadFields.includes(node.name.value)) uploads = true;
    },
  });
  if (uploads) return "upload";
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  return operation?.operation === "query" ? "read" : "write";
}

/** A caller's key: a hash, so the shared store holds no user id or address. */
const keyOf = (kind: "user" | "address", id: string) => createHash("sha256").update(`${kind}:${id}`).digest("base64url").slice(0, 32);

/** How long a starting gateway waits for Redis before it counts alone. */
const REDIS_START_WAIT_MS = 3000;

interface Store {
  limiter(name: string, points: number): RateLimiterAbstract;
  /** Resolves once the store takes counts (MySQL: its tables made). */
  ready(): Promise<unknown>;
  close(): Promise<void>;
}

/** A MySQL database URL's database name, for the limiter's tables. */
function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("HUB_RATE_LIMIT_MYSQL_URL must name a database (mysql://user:password@host:3306/database)");
  return name;
}

function openStore(settings: RateLimitSettings, logger: Logger): Store {
  const duration = settings.windowSeconds;
  // While the shared store cannot be reached each gateway counts alone, in memory: callers stay limited, per replica.
  const insurance = (name: string, points: number) => new RateLimiterMemory({ keyPrefix: name, points, duration });

  if (settings.store === "redis") {
    // Commands fail at once while disconnected, and after half a second when Redis is slow: a request never waits on the store.
    checkRedisAddress("HUB_RATE_LIMIT_REDIS_URL", settings.redisUrl!); // in production, TLS to another host
    const client = new Redis(settings.redisUrl!, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 });
    let down = false;
    client.on("error", (error: Error) => {
      if (!down) logger.warn({ error: error.message }, "rate limit store unreachable: each gateway counts alone until it is back");
      down = true;
    });
    client.on("ready", () => {
      if (down) logger.info("rate limit store reachable again");
      down = false;
    });
    return {
      limiter: (name, points) =>
        new RateLimiterRedis({
          storeClient: client,
          keyPrefix: name,
          points,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: insurance(name, points),
        }),
      // Counts go to Redis once it answers; a gateway whose Redis is down still starts, counting alone meanwhile.
      ready: () =>
        new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            client.off("ready", done);
            resolve();
          };
          const timer = setTimeout(done, REDIS_START_WAIT_MS);
          if (client.status === "ready") done();
          else client.once("ready", done);
        }),
      close: async () => client.disconnect(),
    };
  }

  if (settings.store === "mysql") {
    const dbName = databaseName(settings.mysqlUrl!);
    const pool: Pool = createPool({
      uri: settings.mysqlUrl!,
      connectionLimit: 4,
      connectTimeout: 2000,
      ssl: databaseTls(new URL(settings.mysqlUrl!).hostname), // in production, TLS verifying the server to another host
    });
    const tables: Promise<void>[] = [];
    return {
      limiter: (name, points) => {
        let made!: (error?: unknown) => void;
        tables.push(new Promise<void>((resolve, reject) => (made = (error) => (error ? reject(error) : resolve()))));
        return new RateLimiterMySQL(
          {
            storeClient: pool,
            storeType: "pool",
            dbName,
            tableName: name,
            keyPrefix: name,
            points,
            duration,
            insuranceLimiter: insurance(name, points),
          },
          (error?: unknown) => made(error),
        );
      },
      ready: () => Promise.all(tables),
      close: () => new Promise<void>((resolve) => pool.end(() => resolve())),
    };
  }

  return {
    limiter: (name, points) => new RateLimiterMemory({ keyPrefix: name, points, duration }),
    ready: async () => {},
    close: async () => {},
  };
}

export interface RateLimits {
  readonly settings: RateLimitSettings;
  /** A middleware charging each request `weigh(req)` points to its caller, refusing it with 429 once the caller has none left. */
  limit(weigh: (req: express.Request) => number): express.RequestHandler;
  /**
   * Refuses, with the same 429, a request from an address that has spent its
   * points, without charging it; `chargeAddress` charges a refusal to the
   * address afterwards. The REST door checks credentials between the two, so
   * only wrong credentials cost an address, and a platform's calls cost its client.
   */
  addressGuard: express.RequestHandler;
  chargeAddress(req: express.Request, points: number): Promise<void>;
  close(): Promise<void>;
}

const addressKey = (req: express.Request) => keyOf("address", req.ip ?? req.socket.remoteAddress ?? "unknown");

function tooMany(res: express.Response, refusal: RateLimiterRes, anonymous: boolean): void {
  const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  res
    .status(429)
    .set("retry-after", String(retryAfter))
    .json(
      errorBody(
        `Too many requests from ${anonymous ? "this address" : "your account"}: wait ${retryAfter} seconds, then try again.`,
        "RATE_LIMITED",
        {
          retryAfter,
        },
      ),
    );
}

/**
 * The gateway's rate limits. `viewerOf` names who is asking (the same
 * verification the request's context uses, done once); a token that is not
 * accepted is counted by address, and refused later as before.
 */
export async function rateLimits(
  viewerOf: (req: express.Request) => Promise<Viewer>,
  logger: Logger,
  overrides: Partial<RateLimitSettings> = {},
): Promise<RateLimits> {
  const settings = rateLimitSettings(overrides);
  const store = openStore(settings, logger);
  const users = store.limiter("hub_rate_limit_user", settings.points);
  const addresses = store.limiter("hub_rate_limit_address", settings.anonymousPoints);
  try {
    await store.ready();
  } catch (error) {
    await store.close();
    // MySQL's tables are made at start: a database the gateway cannot use stops it here, naming the variable.
    throw new Error(`HUB_RATE_LIMIT_MYSQL_URL: the rate limit tables cannot be made: ${(error as Error).message}`);
  }

  return {
    settings,
    limit: (weigh) => async (req, res, next) => {
      let viewer: Viewer = { anonymous: true };
      try {
        viewer = await viewerOf(req);
      } catch {
        // not accepted: counted by address here, refused by the request's context as before
      }
      const [limiter, key] = viewer.anonymous ? [addresses, addressKey(req)] : [users, keyOf("user", viewer.userId)];
      try {
        await limiter.consume(key, weigh(req));
        next();
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        tooMany(res, refusal, viewer.anonymous);
      }
    },
    addressGuard: async (req, res, next) => {
      try {
        const spent = await addresses.get(addressKey(req));
        if (spent && spent.remainingPoints <= 0) return tooMany(res, spent, true);
        next();
      } catch (error) {
        next(error);
      }
    },
    chargeAddress: async (req, points) => {
      await addresses.consume(addressKey(req), points).catch((refusal) => {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
      });
    },
    close: () => store.close(),
  };
}
