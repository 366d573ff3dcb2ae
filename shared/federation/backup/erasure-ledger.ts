import { createHmac, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What keeps an erasure erased through a restore. A person's data is erased
 * (and a state secret moved out) by destroying its content key; a backup made
 * before holds that key and the record. So every backup also updates, beside
 * the backups, the department's ledger: the content keys it saw, and each key
 * seen before and gone since — destroyed, never to be restored. A restore
 * re-applies every destroyed key of the ledger: the key stays gone and its
 * record is removed again. The ledger holds key names (`person:FocalPoint:<id>`),
 * no personal data; it is signed with the backup key so it cannot be edited
 * into forgetting an erasure.
 */
export const LEDGER_FORMAT = "hub-erasures/1";

export interface ErasureLedger {
  format: typeof LEDGER_FORMAT;
  department: string;
  /** The content keys present at the latest backup. */
  keys: string[];
  /** Keys destroyed since some backup, with when a backup first saw them gone. */
  erased: { key: string; noticedAt: string }[];
}

export const ledgerFile = (directory: string, department: string) => path.join(directory, `${department}.erasures.json`);

const mac = (ledger: ErasureLedger, key: Buffer) =>
  createHmac("sha256", key)
    .update(JSON.stringify({ format: ledger.format, department: ledger.department, keys: ledger.keys, erased: ledger.erased }))
    .digest();

/** The ledger at `file`, its signature checked under any of the keys; an empty one when there is none yet. */
export function readLedger(file: string, department: string, keys: Buffer[]): ErasureLedger {
  if (!fs.existsSync(file)) return { format: LEDGER_FORMAT, department, keys: [], erased: [] };
  let stored: ErasureLedger & { mac?: string };
  try {
    stored = JSON.parse(fs.readFileSync(file, "utf8")) as ErasureLedger & { mac?: string };
  } catch {
    throw new Error(`${file} is not an erasure ledger`);
  }
  if (stored.format !== LEDGER_FORMAT || stored.department !== department || !Array.isArray(stored.keys) || !Array.isArray(stored.erased))
    throw new Error(`${file} is not the ${department} department's erasure ledger`);
  const given = Buffer.from(String(stored.mac ?? ""), "hex");
  const signedWith = (key: Buffer) => {
    const expected = mac(stored, key);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  if (!keys.some(signedWith))
    throw new Error(
      `${file} was altered, or was signed with another HUB_BACKUP_KEY: an erasure it recorded could be lost, so nothing is restored`,
    );
  return { format: LEDGER_FORMAT, department, keys: stored.keys, erased: stored.erased };
}

/** Records the keys a backup saw: those seen before and missing now join the erased, for good; signed with the first key. Returns the newly erased. */
export function updateLedger(file: string, department: string, keys: Buffer[], present: string[], now: string): string[] {
  const ledger = readLedger(file, department, keys);
  const now_ = new Set(present);
  const known = new Set(ledger.erased.map((e) => e.key));
  const gone = ledger.keys.filter((k) => !now_.has(k) && !known.has(k));
  const next: ErasureLedger = {
    format: LEDGER_FORMAT,
    department,
    keys: [...present].sort(),
    erased: [...ledger.erased, ...gone.map((k) => ({ key: k, noticedAt: now }))],
  };
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify({ ...next, mac: mac(next, keys[0]).toString("hex") }, null, 1)}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
  return gone;
}
