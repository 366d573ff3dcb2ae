import fs from "node:fs";
import { isIP } from "node:net";

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

/** A service's own certificate and key (HUB_TLS_CERT_FILE, HUB_TLS_KEY_FILE), when it answers over HTTPS itself. */
export function serverTls(env: NodeJS.ProcessEnv = process.env): { cert: string; key: string } | undefined {
  const certFile = env.HUB_TLS_CERT_FILE;
  const keyFile = env.HUB_TLS_KEY_FILE;
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) throw new Error("HUB_TLS_CERT_FILE and HUB_TLS_KEY_FILE go together: set both, or neither");
  const read = (variable: string, file: string) => {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      throw new Error(`${variable} names ${file}, which cannot be read`);
    }
  };
  return { cert: read("HUB_TLS_CERT_FILE", certFile), key: read("HUB_TLS_KEY_FILE", keyFile) };
}
