import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { checkpoint } from "../lifecycle";

const CHUNK_ROWS = 500;
const CHUNKS_PER_TRANSACTION = 20;

/** Progress lines on stderr, timed from the start of the generation. */
export class Progress {
  private readonly started = Date.now();

  note(message: string): void {
    process.stderr.write(`[dataset ${((Date.now() - this.started) / 1000).toFixed(1).padStart(5)}s] ${message}\n`);
  }
}

/**
 * Inserts `rows` in multi-row INSERTs of 500, 20 of them per transaction,
 * without reading generated columns back.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T> & { name: string },
  rows: Iterable<Partial<T>>,
  progress: Progress,
  subgraph: string,
): Promise<number> {
  const table = `${subgraph}.${entity.name}`;
  const source = rows[Symbol.iterator]();
  let written = 0;
  let exhausted = false;
  let lastNote = Date.now();
  while (!exhausted) {
    await checkpoint();
    await db.transaction(async (manager) => {
      for (let c = 0; c < CHUNKS_PER_TRANSACTION && !exhausted; c++) {
        const chunk: Partial<T>[] = [];
        while (chunk.length < CHUNK_ROWS) {
          const next = source.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          chunk.push(next.value);
        }
        if (chunk.length === 0) break;
        await manager
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(chunk as never)
          .updateEntity(false)
          .execute();
        written += chunk.length;
      }
    });
    if (!exhausted && Date.now() - lastNote > 3000) {
      progress.note(`${table}: ${written.toLocaleString("en")} rows so far`);
      lastNote = Date.now();
    }
  }
  progress.note(`${table}: ${written.toLocaleString("en")} rows`);
  return written;
}
