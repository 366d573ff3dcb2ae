import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { Column, Entity, In, PrimaryColumn, type EntityManager, type ObjectLiteral } from "typeorm";

/**
 * What the audit trail keeps of a person or of a state secret, sealed: the
 * content is encrypted (AES-256-GCM) under a key of its own, kept in the
 * subgraph's `content_key` table, and the chain hashes the sealed text. So a
 * person's data can be erased from the trail, and a state secret moved out
 * of it (`npm run secrets:export`), by destroying the key: what was written
 * stays unreadable, and every entry still hashes to what it says.
 *
 *   person:<Entity>:<id>   the personal fields (`@Personal()`) of one record
 *   secret:<Entity>:<id>   every state of a SECRET record, whole
 */
@Entity("content_key")
export class ContentKey {
  @PrimaryColumn({ type: "varchar", length: 160 })
  id!: string;

  /** 32 random bytes, base64. */
  @Column({ type: "varchar", length: 64 })
  key!: string;

  @Column({ type: "varchar", length: 30 })
  createdAt!: string;
}

const PERSONAL = new WeakMap<Function, string[]>();

/** Marks a field as a person's data (Law 91/2025/QH15): sealed in the audit trail, erasable, its reads logged where the entity says so. */
export function Personal(): (target: object, property: string) => void {
  return (target, property) => {
    PERSONAL.set(target.constructor, [...(PERSONAL.get(target.constructor) ?? []), property]);
  };
}

/** The personal fields of an entity class, its ancestors' included. */
export function personalFields(entity: Function): string[] {
  const fields: string[] = [];
  for (let type = entity; type && type !== Function.prototype; type = Object.getPrototypeOf(type))
    fields.push(...(PERSONAL.get(type) ?? []));
  return fields;
}

export const personKey = (entity: string, id: string) => `person:${entity}:${id}`;
export const secretKey = (entity: string, id: string) => `secret:${entity}:${id}`;

interface Sealed {
  $sealed: string;
  iv: string;
  data: string;
}

const isSealed = (value: unknown): value is Sealed =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Sealed).$sealed === "string" &&
  typeof (value as Sealed).data === "string";

async function keyFor(manager: EntityManager, id: string): Promise<Buffer> {
  const found = await manager.findOneBy(ContentKey, { id });
  if (found) return Buffer.from(found.key, "base64");
  const key = randomBytes(32);
  await manager.insert(ContentKey, { id, key: key.toString("base64"), createdAt: new Date().toISOString() });
  return key;
}

function seal(keyId: string, key: Buffer, value: unknown): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { $sealed: keyId, iv: iv.toString("base64"), data: data.toString("base64") };
}

function open(sealed: Sealed, key: Buffer): unknown {
  const data = Buffer.from(sealed.data, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64"));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8"));
}

/**
 * One state of a record as the audit trail stores it: a SECRET state sealed
 * whole, a person's fields sealed one by one, the rest as it is.
 */
export async function sealState(manager: EntityManager, entity: string, state: ObjectLiteral | null): Promise<string | null> {
  if (!state) return null;
  const id = typeof state.id === "string" ? state.id : null;
  if (id && state.classification === "SECRET") {
    const keyId = secretKey(entity, id);
    return JSON.stringify(seal(keyId, await keyFor(manager, keyId), state));
  }
  const target = manager.connection.entityMetadatas.find((m) => m.name === entity)?.target;
  const personal =
    id && typeof target === "function" ? personalFields(target).filter((f) => state[f] !== undefined && state[f] !== null) : [];
  if (personal.length === 0) return JSON.stringify(state);
  const keyId = personKey(entity, id!);
  const key = await keyFor(manager, keyId);
  return JSON.stringify(
    Object.fromEntries(Object.entries(state).map(([field, value]) => [field, personal.includes(field) ? seal(keyId, key, value) : value])),
  );
}

/** What stands in for content whose key is gone: erased at the person's request, or exported to the secret's holder. */
const GONE = { person: "[erased at the person's request]", secret: "[state secret moved to its holding agency's register]" };
const gone = (keyId: string) => (keyId.startsWith("secret:") ? GONE.secret : GONE.person);

/** The audit trail's texts as readers see them: sealed content opened where its key remains, marked where it was destroyed. */
export async function openStates(manager: EntityManager, texts: (string | null)[]): Promise<(string | null)[]> {
  const parsed = texts.map((text) => {
    if (!text || !text.includes('"$sealed"')) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  });
  const keyIds = new Set<string>();
  const collect = (value: unknown) => {
    if (isSealed(value)) keyIds.add(value.$sealed);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  parsed.forEach(collect);
  if (keyIds.size === 0) return texts;
  const keys = new Map((await manager.findBy(ContentKey, { id: In([...keyIds]) })).map((k) => [k.id, Buffer.from(k.key, "base64")]));
  const reveal = (value: unknown): unknown => {
    if (isSealed(value)) {
      const key = keys.get(value.$sealed);
      return key ? open(value, key) : gone(value.$sealed);
    }
    return value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, reveal(inner)]))
      : value;
  };
  return texts.map((text, i) => {
    const value = parsed[i];
    if (value === null) return text;
    const shown = reveal(value);
    return typeof shown === "string" ? JSON.stringify({ content: shown }) : JSON.stringify(shown);
  });
}

/** Destroys content keys: what they sealed in the audit trail cannot be read again, and the chain still verifies. */
export async function destroyKeys(manager: EntityManager, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await manager.delete(ContentKey, { id: In(ids) });
  return result.affected ?? 0;
}
