import path from "node:path";
import { registeredDepartment } from "./departments";

/** A department's name in the supergraph (`plans`, `foreignAffairs`): one the process registered (`registerDepartments`). */
export type SubgraphName = string;

/** Production refuses development keys and defaults, and turns developer aids off. */
export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

export const REPOSITORY_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");

const subgraphEntry = (name: SubgraphName) => registeredDepartment(name);

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${variable} must be a port number, got "${raw}"`);
  }
  return port;
}

/**
 * A number of milliseconds, seconds, … from the environment, or `fallback`
 * when unset. Anything but a positive number (or zero, with `allowZero`)
 * stops the service with a message naming the variable, rather than quietly
 * running with a default the operator did not ask for.
 */
export function numberFromEnv(variable: string, fallback: number, { allowZero = false } = {}): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new Error(`${variable} must be ${allowZero ? "zero or a positive number" : "a positive number"}, got "${raw}"`);
  }
  return value;
}

export function gatewayPort(): number {
  return portFromEnv("GATEWAY_PORT", 4000);
}

/** The gateway is the hub's public door: every interface unless HUB_GATEWAY_HOST names one. */
export function gatewayHost(): string | undefined {
  return process.env.HUB_GATEWAY_HOST || undefined;
}

/**
 * Subgraphs answer only the gateway: by default they listen on loopback, so
 * nothing off this machine reaches them. Set HUB_SUBGRAPH_HOST (e.g.
 * `0.0.0.0`) where the gateway runs on another host or container.
 */
export function subgraphHost(): string {
  return process.env.HUB_SUBGRAPH_HOST || "127.0.0.1";
}

/** `PLANS_PORT`, `TRADE_PORT`, … override the contract's default ports. */
export function subgraphPort(name: SubgraphName): number {
  const entry = subgraphEntry(name);
  return portFromEnv(`${entry.env}_PORT`, entry.port);
}

/** Where the gateway reaches a subgraph: `PLANS_URL`, … or the local default. */
export function subgraphUrl(name: SubgraphName): string {
  const entry = subgraphEntry(name);
  const host = subgraphHost();
  const local = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return process.env[`${entry.env}_URL`] || `http://${local}:${subgraphPort(name)}/graphql`;
}

/** Folder holding the embedded databases (one SQLite file per subgraph). */
export function dataDirectory(): string {
  return process.env.HUB_DATA_DIR ? path.resolve(process.env.HUB_DATA_DIR) : path.join(REPOSITORY_ROOT, "data");
}

export function embeddedDatabaseFile(name: SubgraphName): string {
  return path.join(dataDirectory(), `${subgraphEntry(name).folder}.sqlite`);
}

/**
 * The department's own MySQL database, `mysql://user:password@host:port/database`
 * from `PLANS_DATABASE_URL`, `TRADE_DATABASE_URL`, …; undefined keeps the
 * embedded database.
 */
export function databaseUrl(name: SubgraphName): string | undefined {
  return process.env[`${subgraphEntry(name).env}_DATABASE_URL`] || undefined;
}

/**
 * The department's read replicas (`PLANS_DATABASE_REPLICA_URLS`, …: MySQL
 * URLs separated by commas): a request's reads go to them
 * (`shared/database/replicas.ts`).
 */
export function databaseReplicaUrls(name: SubgraphName): string[] {
  const raw = process.env[`${subgraphEntry(name).env}_DATABASE_REPLICA_URLS`] ?? "";
  return raw
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

/** The variable that holds a subgraph's database URL, for messages. */
export function databaseUrlVariable(name: SubgraphName): string {
  return `${subgraphEntry(name).env}_DATABASE_URL`;
}
