import fs from "node:fs";
import path from "node:path";
import { exportJWK, generateKeyPair, importJWK, importPKCS8, importSPKI, type JWK, type KeyLike } from "jose";
import { dataDirectory } from "../core/config";

export { isProduction } from "../core/config";

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

function keysDirectory(): string {
  return process.env.HUB_KEYS_DIR ? path.resolve(process.env.HUB_KEYS_DIR) : path.join(dataDirectory(), "keys");
}

const loaded = new Map<string, Promise<SigningKey>>();

function keyFiles(purpose: KeyPurpose) {
  const directory = keysDirectory();
  return {
    secret: path.join(directory, `${purpose}.development.jwk.json`),
    public: path.join(directory, `${purpose}.development.public.jwk.json`),
  };
}

/** The development key pair for `purpose`, created on first use (safely, if several processes race). */
export function developmentKey(purpose: KeyPurpose): Promise<SigningKey> {
  const files = keyFiles(purpose);
  let key = loaded.get(files.secret);
  if (!key) {
    key = readOrCreate(purpose).then(async (jwk) => ({
      kid: jwk.kid,
      privateKey: (await importJWK(jwk, ALGORITHM)) as KeyLike,
      publicKey: (await importJWK(publicPart(jwk), ALGORITHM)) as KeyLike,
    }));
    loaded.set(files.secret, key);
  }
  return key;
}

/**
 * Only the public half of a development key, read from its own file, for the
 * services that verify and never sign (subgraphs verifying the gateway).
 */
export async function developmentPublicKey(purpose: KeyPurpose): Promise<KeyLike> {
  const files = keyFiles(purpose);
  if (!fs.existsSync(files.public)) await readOrCreate(purpose); // first start on this machine: make the pair
  const jwk = JSON.parse(fs.readFileSync(files.public, "utf8")) as JWK;
  return (await importJWK(jwk, ALGORITHM)) as KeyLike;
}

function publicPart(jwk: JWK): JWK {
  const { d: _private, ...rest } = jwk;
  return rest;
}

/** Writes `content` to `file` unless another process wrote it first (then theirs stands). */
function writeOnce(file: string, content: string, mode: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content, { mode });
  try {
    fs.linkSync(temporary, file); // fails if another process won the race: then use theirs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

async function readOrCreate(purpose: KeyPurpose): Promise<JWK & { kid: string }> {
  const files = keyFiles(purpose);
  if (!fs.existsSync(files.secret)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${purpose}-${Date.now().toString(36)}`, alg: ALGORITHM };
    fs.mkdirSync(path.dirname(files.secret), { recursive: true, mode: 0o700 });
    writeOnce(files.secret, JSON.stringify(jwk), 0o600);
  }
  const jwk = JSON.parse(fs.readFileSync(files.secret, "utf8")) as JWK & { kid: string };
  if (!fs.existsSync(files.public)) writeOnce(files.public, JSON.stringify(publicPart(jwk)), 0o644);
  return jwk;
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
