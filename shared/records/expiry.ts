import { LessThan, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";

const EVERY_MS = 60_000;
const lastPurges = new WeakMap<DataSource, Map<unknown, number>>();

/**
 * Deletes a table's rows past their time, at most once a minute per process,
 * in a statement of its own. Inside a write's transaction the range delete
 * would take gap locks on which two concurrent writes on MySQL deadlock,
 * each waiting to insert behind the other's lock.
 */
export function purgeExpired<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  before: string,
): void {
  let purges = lastPurges.get(db);
  if (!purges) lastPurges.set(db, (purges = new Map()));
  const now = Date.now();
  if (now - (purges.get(entity) ?? 0) < EVERY_MS) return;
  purges.set(entity, now);
  // best effort: a purge missed now is made a minute later
  db.getRepository(entity)
    .delete({ [column]: LessThan(before) } as never)
    .catch(() => undefined);
}
