import type { DataSource } from "typeorm";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";
import { Progress } from "./generation/bulk";
import { buildWorld, type World } from "./generation/world";

type DepartmentGenerator = (db: DataSource, world: World, progress: Progress) => Promise<void>;

export interface DatasetSummary {
  seconds: number;
  provinces: number;
  years: number[];
  scale: number;
  /** Rows per subgraph and table after generation. */
  rows: Record<string, Record<string, number>>;
  totalRows: number;
}

/** Fills the five empty databases with a generated dataset; all five are written side by side. */
export async function generateDataset(
  databases: Record<string, DataSource>,
  options: { seed: number; scale: number; years: number[] },
): Promise<DatasetSummary> {
  const started = Date.now();
  const progress = new Progress();
  const world = buildWorld(options);
  progress.note(
    `${world.provinces.length} provinces × ${world.years.length} years (${world.years[0]}–${world.years[world.years.length - 1]}), scale ${world.scale}`,
  );
  // Each department's generator is bench/generation/<folder>.ts, exporting seedDepartment.
  await Promise.all(
    DEPARTMENTS.map((department) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- found by the manifest's folder
      const generator = require(`./generation/${department.folder}`) as { seedDepartment: DepartmentGenerator };
      return generator.seedDepartment(databases[department.name], world, progress);
    }),
  );
  const rows: DatasetSummary["rows"] = {};
  for (const definition of ALL_SUBGRAPHS) {
    const db = databases[definition.name];
    rows[definition.name] = {};
    for (const entity of definition.entities) rows[definition.name][entity.name] = await db.getRepository(entity).count();
  }
  const totalRows = Object.values(rows).reduce((sum, tables) => sum + Object.values(tables).reduce((a, b) => a + b, 0), 0);
  const seconds = (Date.now() - started) / 1000;
  progress.note(`done: ${totalRows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s`);
  return { seconds, provinces: world.provinces.length, years: world.years, scale: world.scale, rows, totalRows };
}
