import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

/**
 * A backup file: one line of JSON saying what it holds (readable without the
 * key, and bound to the content: it is the cipher's additional data), then
 * the gzipped dump encrypted with AES-256-GCM under `HUB_BACKUP_KEY`, then
 * the 16-byte authentication tag. Beside it, `<file>.sha256` in
 * `sha256sum` form, so a copy can be checked anywhere without the key.
 */
export const BACKUP_FORMAT = "hub-backup/1";
export const BACKUP_EXTENSION = ".hubbackup";

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  department: string;
  kind: "embedded" | "mysql";
  createdAt: string;
  /** Rows per table at the moment of the backup. */
  tables: Record<string, number>;
  /** The migrations the MySQL schema had (empty for the embedded database, which follows the entities). */
  migrations: string[];
  iv: string;
}

function keyFrom(variable: string, value: string): Buffer {
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error(`${variable} must be 32 bytes in base64 (\`openssl rand -base64 32\`), got ${key.length} bytes`);
  return key;
}

/**
 * The backup keys: HUB_BACKUP_KEY (32 random bytes, base64: `openssl rand
 * -base64 32`), which every new backup and the ledger are written under, then
 * HUB_BACKUP_PREVIOUS_KEY while the key is being changed, which older backups
 * and the ledger still open with. Backups hold personal data: there is no
 * unencrypted mode.
 */
export function backupKeys(env: NodeJS.ProcessEnv = process.env): Buffer[] {
  const value = env.HUB_BACKUP_KEY;
  if (!value)
    throw new Error(
      "HUB_BACKUP_KEY is not set: backups hold personal data and are always encrypted; make a key with `openssl rand -base64 32` and keep it apart from the backups",
    );
  const previous = env.HUB_BACKUP_PREVIOUS_KEY;
  return [keyFrom("HUB_BACKUP_KEY", value), ...(previous ? [keyFrom("HUB_BACKUP_PREVIOUS_KEY", previous)] : [])];
}

export const checksumFile = (file: string) => `${file}.sha256`;

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest("hex");
}

/** Writes the backup under a temporary name and renames it once whole, so a half-written file never looks like a backup. */
export async function writeBackupFile(
  file: string,
  header: Omit<BackupHeader, "format" | "iv">,
  content: Readable,
  key: Buffer,
): Promise<{ file: string; sha256: string; bytes: number }> {
  const iv = randomBytes(12);
  const full: BackupHeader = { format: BACKUP_FORMAT, ...header, iv: iv.toString("base64") };
  const line = Buffer.from(`${JSON.stringify(full)}\n`, "utf8");
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, line, { mode: 0o600 });
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(line);
    await pipeline(content, zlib.createGzip(), cipher, fs.createWriteStream(partial, { flags: "a" }) as Writable);
    fs.appendFileSync(partial, cipher.getAuthTag());
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const sha256 = await sha256Of(file);
  fs.writeFileSync(checksumFile(file), `${sha256}  ${path.basename(file)}\n`, { mode: 0o600 });
  return { file, sha256, bytes: fs.statSync(file).size };
}

/** The header line, read without the key. */
export function readBackupHeader(file: string): { header: BackupHeader; headerLine: Buffer } {
  const handle = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, read).indexOf(0x0a);
    let header: BackupHeader | undefined;
    try {
      header = end > 0 ? (JSON.parse(buffer.subarray(0, end).toString("utf8")) as BackupHeader) : undefined;
    } catch {
      header = undefined;
    }
    if (!header || header.format !== BACKUP_FORMAT) throw new Error(`${file} is not a backup of the hub (${BACKUP_FORMAT})`);
    return { header, headerLine: Buffer.from(buffer.subarray(0, end + 1)) };
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * Checks the file against its `.sha256` (when present: a copy may travel
 * without it, and the cipher's tag still proves it whole), then decrypts and
 * unzips it into `target`. Nothing of it is trusted before the tag checks:
 * `target` is removed if it does not.
 */
export async function openBackupFile(file: string, keys: Buffer[], target: string): Promise<BackupHeader> {
  const { header, headerLine } = readBackupHeader(file);
  const headerBytes = headerLine.length;
  const sums = checksumFile(file);
  if (fs.existsSync(sums)) {
    const expected = fs.readFileSync(sums, "utf8").trim().split(/\s+/)[0];
    if ((await sha256Of(file)) !== expected)
      throw new Error(`${file} does not match its checksum (${path.basename(sums)}): it was altered or damaged`);
  }
  const size = fs.statSync(file).size;
  if (size < headerBytes + 16) throw new Error(`${file} is cut short`);
  const tag = Buffer.alloc(16);
  const handle = fs.openSync(file, "r");
  try {
    fs.readSync(handle, tag, 0, 16, size - 16);
  } finally {
    fs.closeSync(handle);
  }
  for (const key of keys) {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(header.iv, "base64"));
    decipher.setAAD(headerLine);
    decipher.setAuthTag(tag);
    try {
      await pipeline(
        fs.createReadStream(file, { start: headerBytes, end: size - 17 }),
        decipher,
        zlib.createGunzip(),
        fs.createWriteStream(target, { mode: 0o600 }),
      );
      return header;
    } catch (error) {
      fs.rmSync(target, { force: true });
      const message = error instanceof Error ? error.message : String(error);
      // another key, or an altered file: either way, not this key's
      if (!/authenticate|bad decrypt|incorrect header check|unexpected end|invalid/i.test(message)) throw error;
    }
  }
  throw new Error(`${file} does not open with HUB_BACKUP_KEY${keys.length > 1 ? " or HUB_BACKUP_PREVIOUS_KEY" : ""}, or it was altered`);
}
