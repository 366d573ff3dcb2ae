import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from "node:crypto";
import fs from "node:fs";
import { Like, type DataSource, type EntityManager, type ObjectLiteral } from "typeorm";
import { holdsStateSecrets, STATE_SECRETS_LAW } from "../core/secret-zone";
import { AuditEntry, appendAudit, operatorEntry } from "./audit";
import { ContentKey, destroyKeys, openStates } from "./sealed";

/**
 * State secrets in a department's database: its SECRET records, and the
 * sealed SECRET states its audit trail keeps. A shared-network deployment
 * (HUB_SECRET_ZONE=network) holds none; `npm run secrets:export` moves them,
 * encrypted, to the agency that must keep them on its independent LAN.
 */
export interface SecretHoldings {
  /** Entity name → number of SECRET records. */
  records: Record<string, number>;
  /** Sealed SECRET states in the audit trail whose key is still here. */
  sealedStates: number;
}

const classified = (db: DataSource) =>
  db.entityMetadatas.filter((m) => m.findColumnsWithPropertyPath("classification").length > 0 && m.name !== "AuditEntry");

export async function secretHoldings(db: DataSource): Promise<SecretHoldings> {
  const records: Record<string, number> = {};
  for (const metadata of classified(db)) {
    const count = await db.getRepository(metadata.target).countBy({ classification: "SECRET" } as never);
    if (count > 0) records[metadata.name] = count;
  }
  const sealedStates = await db.getRepository(ContentKey).countBy({ id: Like("secret:%") });
  return { records, sealedStates };
}

const total = (h: SecretHoldings) => Object.values(h.records).reduce((a, b) => a + b, 0) + h.sealedStates;

/** A shared-network deployment does not serve from a database that holds state secrets: it says what to do instead. */
export async function refuseStateSecretsOnNetwork(subgraph: string, db: DataSource): Promise<void> {
  if (holdsStateSecrets()) return;
  const holdings = await secretHoldings(db);
  if (total(holdings) === 0) return;
  const what = [
    ...Object.entries(holdings.records).map(([entity, n]) => `${n} SECRET ${entity} record${n === 1 ? "" : "s"}`),
    ...(holdings.sealedStates
      ? [`${holdings.sealedStates} sealed SECRET state${holdings.sealedStates === 1 ? "" : "s"} in its audit trail`]
      : []),
  ].join(", ");
  throw new Error(
    `The ${subgraph} database holds state secrets (${what}), and HUB_SECRET_ZONE=network keeps none (${STATE_SECRETS_LAW.law}, ${STATE_SECRETS_LAW.article}). ` +
      `Move them to their holding agency with \`npm run secrets:export -- FILE\`, or run this deployment as HUB_SECRET_ZONE=independent-lan if it is confined to one agency's independent LAN.`,
  );
}

/** What an export file holds, once opened with its passphrase. */
export interface SecretExport {
  format: "hub-state-secrets/1";
  subgraph: string;
  exportedAt: string;
  records: { entity: string; record: ObjectLiteral }[];
  /** The audit trail's SECRET states, opened: its entries keep them sealed, and the keys leave with this file. */
  auditStates: { sequence: number; operation: string; at: string; before: string | null; after: string | null }[];
}

interface Envelope {
  format: "hub-state-secrets-encrypted/1";
  kdf: { name: "scrypt"; salt: string; N: number; r: number; p: number };
  cipher: { name: "aes-256-gcm"; iv: string; tag: string };
  /** SHA-256 of the plaintext: the holder can check the file opened whole. */
  sha256: string;
  data: string;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };

function keyFrom(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase, salt, 32, { ...SCRYPT, maxmem: 64 * 1024 * 1024 });
}

/** Encrypts an export under a passphrase (scrypt, AES-256-GCM), with the plaintext's checksum. */
export function sealExport(content: SecretExport, passphrase: string): string {
  const plaintext = Buffer.from(JSON.stringify(content), "utf8");
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(passphrase, salt), iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const envelope: Envelope = {
    format: "hub-state-secrets-encrypted/1",
    kdf: { name: "scrypt", salt: salt.toString("base64"), ...SCRYPT },
    cipher: { name: "aes-256-gcm", iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64") },
    sha256: createHash("sha256").update(plaintext).digest("hex"),
    data: data.toString("base64"),
  };
  return JSON.stringify(envelope, null, 1);
}

/** Opens an export file; a wrong passphrase or a changed file is refused, saying so. */
export function openExport(file: string, passphrase: string): SecretExport[] {
  const envelopes = JSON.parse(file) as Envelope | Envelope[];
  return (Array.isArray(envelopes) ? envelopes : [envelopes]).map((envelope) => {
    if (envelope.format !== "hub-state-secrets-encrypted/1") throw new Error("not a state-secret export of the hub");
    const decipher = createDecipheriv(
      "aes-256-gcm",
      keyFrom(passphrase, Buffer.from(envelope.kdf.salt, "base64")),
      Buffer.from(envelope.cipher.iv, "base64"),
    );
    decipher.setAuthTag(Buffer.from(envelope.cipher.tag, "base64"));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.data, "base64")), decipher.final()]);
    } catch {
      throw new Error("the passphrase is wrong, or the file was changed");
    }
    if (createHash("sha256").update(plaintext).digest("hex") !== envelope.sha256)
      throw new Error("the file's checksum does not match its content");
    return JSON.parse(plaintext.toString("utf8")) as SecretExport;
  });
}

/** Everything secret in one department's database, opened: what an export writes. */
export async function collectSecrets(subgraph: string, db: DataSource): Promise<SecretExport> {
  const records: SecretExport["records"] = [];
  for (const metadata of classified(db)) {
    for (const record of await db.getRepository(metadata.target).findBy({ classification: "SECRET" } as never))
      records.push({ entity: metadata.name, record: { ...(record as ObjectLiteral) } });
  }
  const entries = await db
    .getRepository(AuditEntry)
    .createQueryBuilder("a")
    .where("a.before LIKE :sealed OR a.after LIKE :sealed", { sealed: '%"$sealed":"secret:%' })
    .orderBy("a.sequence", "ASC")
    .getMany();
  const opened = await openStates(
    db.manager,
    entries.flatMap((e) => [e.before, e.after]),
  );
  return {
    format: "hub-state-secrets/1",
    subgraph,
    exportedAt: new Date().toISOString(),
    records,
    auditStates: entries.map((e, i) => ({
      sequence: e.sequence,
      operation: e.operation,
      at: e.at,
      before: opened[2 * i],
      after: opened[2 * i + 1],
    })),
  };
}

export interface ExportSummary {
  file: string;
  departments: { subgraph: string; records: number; auditStates: number }[];
}

/**
 * Moves every state secret of the given departments' databases into `file`,
 * encrypted under `passphrase`: written, then read back whole, and only then
 * removed, one transaction per department, audited (`npm run secrets:export`).
 */
export async function exportStateSecrets(
  databases: { subgraph: string; db: DataSource }[],
  options: { file: string; passphrase: string; holder: string; operator: string },
): Promise<ExportSummary> {
  if (options.passphrase.length < 12) throw new Error("the passphrase must have 12 characters or more");
  if (fs.existsSync(options.file)) throw new Error(`${options.file} exists already: name a new file, so no earlier export is overwritten`);
  const exports = (await Promise.all(databases.map(({ subgraph, db }) => collectSecrets(subgraph, db)))).filter(
    (e) => e.records.length > 0 || e.auditStates.length > 0,
  );
  if (exports.length === 0) return { file: options.file, departments: [] };
  const envelopes = exports.map((e) => JSON.parse(sealExport(e, options.passphrase)) as { sha256: string });
  fs.writeFileSync(options.file, JSON.stringify(envelopes, null, 1), { mode: 0o600 });
  const reopened = openExport(fs.readFileSync(options.file, "utf8"), options.passphrase);
  exports.forEach((e, i) => {
    if (JSON.stringify(reopened[i]) !== JSON.stringify(e)) throw new Error(`${options.file} did not read back whole; nothing was removed`);
  });
  for (const [i, exported] of exports.entries()) {
    const { db } = databases.find((d) => d.subgraph === exported.subgraph)!;
    await removeExportedSecrets(db, exported, { operator: options.operator, holder: options.holder, sha256: envelopes[i].sha256 });
  }
  return {
    file: options.file,
    departments: exports.map((e) => ({ subgraph: e.subgraph, records: e.records.length, auditStates: e.auditStates.length })),
  };
}

/**
 * Removes what an export took, in one transaction: the SECRET records, and
 * the keys of the audit trail's SECRET states (the entries stay, sealed for
 * good, and the chain still verifies) — with an audit entry that says what
 * left, for whom and under which checksum, and nothing of the content.
 */
export async function removeExportedSecrets(
  db: DataSource,
  exported: SecretExport,
  receipt: { operator: string; holder: string; sha256: string },
): Promise<void> {
  await db.transaction(async (manager: EntityManager) => {
    const byEntity = new Map<string, string[]>();
    for (const { entity, record } of exported.records) byEntity.set(entity, [...(byEntity.get(entity) ?? []), String(record.id)]);
    for (const [entity, ids] of byEntity) await manager.delete(entity, ids);
    const keys = await manager.getRepository(ContentKey).findBy({ id: Like("secret:%") });
    await destroyKeys(
      manager,
      keys.map((k) => k.id),
    );
    await appendAudit(
      manager,
      operatorEntry(receipt.operator, "exportStateSecrets", {
        holder: receipt.holder,
        sha256: receipt.sha256,
        records: Object.fromEntries([...byEntity].map(([entity, ids]) => [entity, ids.length])),
        auditStates: exported.auditStates.length,
        law: `${STATE_SECRETS_LAW.law}, ${STATE_SECRETS_LAW.article}`,
      }),
    );
  });
}
