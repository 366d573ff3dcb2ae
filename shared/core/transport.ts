import fs from "node:fs";
import { STATUS_CODES } from "node:http";
import { isIP } from "node:net";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { Agent, getGlobalDispatcher, request, type Dispatcher } from "undici";

/**
 * Encryption in transit. In production nothing the hub sends to another host
 * goes in clear: the gateway reaches a department on another host over HTTPS,
 * and a department reaches its MySQL server over TLS, verifying the server's
 * certificate. Loopback is exempt (it never leaves the machine), and so are
 * the hosts an operator lists in HUB_UNENCRYPTED_HOSTS — a private network
 * that is itself encrypted or isolated, such as one docker compose network
 * or a service mesh with mutual TLS.
 */

function production(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === "production";
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost") || bare === "::1") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

/** The hosts an operator vouches for, from HUB_UNENCRYPTED_HOSTS (comma-separated host names). */
export function unencryptedHosts(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  return new Set(
    (env.HUB_UNENCRYPTED_HOSTS ?? "")
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );
}

function mayGoInClear(host: string, env: NodeJS.ProcessEnv): boolean {
  return !production(env) || isLoopback(host) || unencryptedHosts(env).has(host.toLowerCase());
}

/**
 * Refuses, naming the variable, an address that would go in clear to another
 * host in production: `encrypted` is its scheme's TLS form (`https`, `rediss`).
 */
function checkAddress(variable: string, url: string, encrypted: string, inClear: string, env: NodeJS.ProcessEnv, trust: string): void {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new Error(`${variable} must be an address (${encrypted}://host:port/…), got "${url}"`);
  }
  if (address.protocol === `${encrypted}:` || mayGoInClear(address.hostname, env)) return;
  throw new Error(
    `${variable} is plain ${inClear} to ${address.hostname}, another host: in production use ${encrypted}:// ` +
      `(${trust}), or list the host in HUB_UNENCRYPTED_HOSTS if its network is encrypted by other means`,
  );
}

/** A department's address (`PLANS_URL`, …): HTTPS to another host in production. */
export function checkDepartmentAddress(variable: string, url: string, env: NodeJS.ProcessEnv = process.env): void {
  checkAddress(variable, url, "https", "HTTP", env, "trusting a private CA with NODE_EXTRA_CA_CERTS");
}

/** A Redis server's address: TLS (`rediss://`) to another host in production. */
export function checkRedisAddress(variable: string, url: string, env: NodeJS.ProcessEnv = process.env): void {
  checkAddress(variable, url, "rediss", "Redis", env, "trusting a private CA with NODE_EXTRA_CA_CERTS");
}

/** TLS options for mysql2: the server's certificate is verified against the system's CAs, or HUB_DATABASE_TLS_CA_FILE. */
export interface DatabaseTls {
  ca?: string;
  rejectUnauthorized: true;
}

/**
 * Whether a department's connection to its MySQL server at `host` uses TLS:
 * HUB_DATABASE_TLS=verify or off decides; without it, production verifies
 * for every host that may not go in clear, and development connects in clear.
 */
export function databaseTls(host: string, env: NodeJS.ProcessEnv = process.env): DatabaseTls | undefined {
  const setting = env.HUB_DATABASE_TLS ?? "";
  if (setting !== "" && setting !== "verify" && setting !== "off")
    throw new Error(`HUB_DATABASE_TLS must be "verify" or "off", got "${setting}"`);
  const caFile = env.HUB_DATABASE_TLS_CA_FILE;
  const wanted = setting === "" ? !mayGoInClear(host, env) : setting === "verify";
  if (setting === "off" && production(env) && !mayGoInClear(host, env))
    throw new Error(
      `HUB_DATABASE_TLS=off would send ${host} the database's traffic in clear: in production list the host in HUB_UNENCRYPTED_HOSTS if its network is encrypted by other means`,
    );
  if (!wanted) return undefined;
  if (!caFile) return { rejectUnauthorized: true };
  try {
    return { ca: fs.readFileSync(caFile, "utf8"), rejectUnauthorized: true };
  } catch {
    throw new Error(`HUB_DATABASE_TLS_CA_FILE names ${caFile}, which cannot be read`);
  }
}

function readPem(variable: string, file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new Error(`${variable} names ${file}, which cannot be read`);
  }
}

/** A certificate and its key, named by two variables that go together; undefined when neither is set. */
function certificatePair(certVariable: string, keyVariable: string, env: NodeJS.ProcessEnv): { cert: string; key: string } | undefined {
  const certFile = env[certVariable];
  const keyFile = env[keyVariable];
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) throw new Error(`${certVariable} and ${keyVariable} go together: set both, or neither`);
  return { cert: readPem(certVariable, certFile), key: readPem(keyVariable, keyFile) };
}

export interface ServerTls {
  cert: string;
  key: string;
  /** HUB_TLS_CLIENT_CA_FILE: clients must present a certificate this CA signed (mutual TLS). */
  ca?: string;
  requestCert?: true;
  /** The handshake accepts any client, so that probes reach the health endpoints; every other request needs a verified certificate (`http.ts`). */
  rejectUnauthorized?: false;
}

/**
 * A service's own certificate and key (HUB_TLS_CERT_FILE, HUB_TLS_KEY_FILE),
 * when it answers over HTTPS itself, and the CA whose client certificates it
 * requires (HUB_TLS_CLIENT_CA_FILE: a department accepting only the gateway).
 */
export function serverTls(env: NodeJS.ProcessEnv = process.env): ServerTls | undefined {
  const pair = certificatePair("HUB_TLS_CERT_FILE", "HUB_TLS_KEY_FILE", env);
  const clientCaFile = env.HUB_TLS_CLIENT_CA_FILE;
  if (!clientCaFile) return pair;
  if (!pair) throw new Error("HUB_TLS_CLIENT_CA_FILE needs HTTPS: set HUB_TLS_CERT_FILE and HUB_TLS_KEY_FILE too");
  return { ...pair, ca: readPem("HUB_TLS_CLIENT_CA_FILE", clientCaFile), requestCert: true, rejectUnauthorized: false };
}

type FetcherRequestInit = NonNullable<Parameters<RemoteGraphQLDataSource["fetcher"]>[1]>;
type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource["fetcher"]>>;

/** An answer's headers (undici gives them with lower-case names); Apollo reads its Content-Type and Cache-Control. */
class AnswerHeaders implements Iterable<[string, string]> {
  private readonly byName = new Map<string, string>();
  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const name in raw) {
      const value = raw[name];
      if (value !== undefined) this.byName.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const before = this.get(name);
    this.set(name, before === null ? value : `${before}, ${value}`);
  }
  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
  keys(): IterableIterator<string> {
    return this.byName.keys();
  }
  values(): IterableIterator<string> {
    return this.byName.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

/** A department's answer, read once: what Apollo's data sources and the readiness check use of a fetch `Response`. */
class DepartmentAnswer implements FetcherResponse {
  readonly redirected = false;
  readonly headers: FetcherResponse["headers"];
  constructor(
    readonly url: string,
    readonly status: number,
    headers: Record<string, string | string[] | undefined>,
    body: Dispatcher.ResponseData["body"],
  ) {
    this.headers = new AnswerHeaders(headers);
    this.#body = body;
  }
  readonly #body: Dispatcher.ResponseData["body"];
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get statusText(): string {
    return STATUS_CODES[this.status] ?? "";
  }
  get bodyUsed(): boolean {
    return this.#body.bodyUsed;
  }
  text(): Promise<string> {
    return this.#body.text();
  }
  json(): Promise<unknown> {
    return this.#body.json();
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#body.arrayBuffer();
  }
  clone(): FetcherResponse {
    throw new Error("a department's answer is read once");
  }
}

/**
 * Sends one request to a department; the answer's body must be read (or
 * `text()`-ed away), which frees the connection. `timeoutMs` bounds the whole
 * exchange, connecting included; its timer is cleared once the body is read
 * (an `AbortSignal.timeout` fired for every request long after its answer).
 */
export type DepartmentFetch = (url: string | URL, init?: FetcherRequestInit & { timeoutMs?: number }) => Promise<FetcherResponse>;

/** Whether a department call failed for want of an answer in time. */
export function isTimeout(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === "TimeoutError" || /timeout|aborted/i.test(`${String(name)} ${String(message)}`);
}

/**
 * How the gateway reaches a department: over HTTPS it verifies the
 * department's certificate (the system's CAs, or NODE_EXTRA_CA_CERTS) and,
 * with HUB_TLS_CLIENT_CERT_FILE and HUB_TLS_CLIENT_KEY_FILE, presents its own
 * client certificate (from the province's CA) to departments that require one.
 * It is undici's `request`, not `fetch`: the gateway's every department call
 * went through fetch's web streams and request objects, about a sixth of its
 * CPU, for a body it reads whole anyway.
 */
export function departmentFetch(env: NodeJS.ProcessEnv = process.env): DepartmentFetch {
  const files = `${env.HUB_TLS_CLIENT_CERT_FILE ?? ""}\n${env.HUB_TLS_CLIENT_KEY_FILE ?? ""}`;
  if (chosenFetch?.files === files) return chosenFetch.fetch; // one connection pool per process, not per request
  const client = certificatePair("HUB_TLS_CLIENT_CERT_FILE", "HUB_TLS_CLIENT_KEY_FILE", env);
  const dispatcher = client ? new Agent({ connect: { cert: client.cert, key: client.key } }) : getGlobalDispatcher();
  const send: DepartmentFetch = async (url, init = {}) => {
    const address = String(url);
    const { timeoutMs } = init;
    const deadline = timeoutMs === undefined ? undefined : new AbortController();
    const timer =
      deadline && setTimeout(() => deadline.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
    try {
      const answer = await request(address, {
        dispatcher,
        method: (init.method ?? "GET") as Dispatcher.HttpMethod,
        headers: init.headers,
        body: init.body,
        signal: deadline?.signal,
      });
      if (timer) answer.body.once("close", () => clearTimeout(timer));
      return new DepartmentAnswer(address, answer.statusCode, answer.headers, answer.body);
    } catch (error) {
      clearTimeout(timer);
      throw error;
    }
  };
  chosenFetch = { files, fetch: send };
  return send;
}

let chosenFetch: { files: string; fetch: DepartmentFetch } | undefined;
