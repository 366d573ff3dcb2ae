import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Inserts demonstration rows, each marked `isDemo` so that nobody mistakes
 * them for a department's real records.
 */
export async function insertDemo<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  const marked = rows.map((row) => ({ agencyIds: [], taskId: null, ...row, isDemo: true }));
  await manager.insert(entity, marked as never);
}
