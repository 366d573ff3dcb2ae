import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { holdsStateSecrets } from "../core/secret-zone";

/**
 * Inserts demonstration rows, each marked `isDemo` so that nobody mistakes
 * them for a department's real records. The fictional SECRET ones (there to
 * exercise SECRET handling) only where state secrets may be held at all.
 */
export async function insertDemo<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  const marked = rows
    .filter((row) => row.classification !== "SECRET" || holdsStateSecrets())
    .map((row) => ({ agencyIds: [], taskId: null, ...row, isDemo: true }));
  if (marked.length === 0) return;
  await manager.insert(entity, marked as never);
}
