import fs from "node:fs";
import path from "node:path";
import { exportJWK, generateKeyPair, importJWK, importPKCS8, importSPKI, type JWK, type KeyLike } from "jose";
import { dataDirectory } from "./config";

/**
 * Signing keys. Production takes them from configuration; development
 * generates a key pair once per machine under `data/keys/` (never committed),
 * shared by the gateway, the subgraphs and `npm run token`.
 */
export const ALGORITHM = "ES256";

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicKey: KeyLike;
}

export type KeyPurpose = "user-tokens" | "gateway-identity";

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

function keysDirectory(): string {
  return process.env.HUB_KEYS_DIR ? path.resolve(process.env.HUB_KEYS_DIR) : path.join(dataDirectory(), "keys");
}

const loaded = new Map<string, Promise<SigningKey>>();

/** The development key pair for `purpose`, created on first use (safely, if several processes race). */
export function developmentKey(purpose: KeyPurpose): Promise<SigningKey> {
  const file = path.join(keysDirectory(), `${purpose}.development.jwk.json`);
  let key = loaded.get(file);
  if (!key) {
    key = readOrCreate(file, purpose);
    loaded.set(file, key);
  }
  return key;
}

async function readOrCreate(file: string, purpose: KeyPurpose): Promise<SigningKey> {
  if (!fs.existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${purpose}-${Date.now().toString(36)}`, alg: ALGORITHM };
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(jwk), { mode: 0o600 });
    try {
      fs.linkSync(temporary, file); // fails if another process won the race: then use theirs
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  const jwk = JSON.parse(fs.readFileSync(file, "utf8")) as JWK & { kid: string };
  const { d: _private, ...publicJwk } = jwk;
  return {
    kid: jwk.kid,
    privateKey: (await importJWK(jwk, ALGORITHM)) as KeyLike,
    publicKey: (await importJWK(publicJwk, ALGORITHM)) as KeyLike,
  };
}

/** A PEM from the environment (literal, with `\n` allowed for one-line values). */
function pemFromEnv(variable: string): string | undefined {
  const value = process.env[variable];
  return value ? value.replace(/\\n/g, "\n") : undefined;
}

export async function privateKeyFromEnv(variable: string): Promise<KeyLike | undefined> {
  const pem = pemFromEnv(variable);
  return pem ? importPKCS8(pem, ALGORITHM) : undefined;
}

export async function publicKeyFromEnv(variable: string): Promise<KeyLike | undefined> {
  const pem = pemFromEnv(variable);
  return pem ? importSPKI(pem, ALGORITHM) : undefined;
}
