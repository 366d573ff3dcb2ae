import type { PlanDocument } from "../../subgraphs/plans/import/plan-document";
import { todayInVietnam } from "../../subgraphs/plans/reporting/reporting";
import { PROVINCES, type ProvinceSpec } from "./geography";
import { planDocument, type GeneratedTask, type Theme } from "./plan-documents";
import { Random } from "./random";

/** What every department's generator builds on: provinces, years and the tasks of each plan. */
export interface World {
  seed: number;
  scale: number;
  years: number[];
  today: string;
  provinces: ProvinceSpec[];
  plans: { province: ProvinceSpec; document: PlanDocument; tasks: GeneratedTask[] }[];
  tasksByPlan: Map<string, GeneratedTask[]>;
}

export function buildWorld(options: { seed: number; scale: number; years: number[] }): World {
  const random = new Random(options.seed);
  const today = todayInVietnam();
  const plans = PROVINCES.flatMap((province) =>
    options.years.map((year) => ({ province, ...planDocument(random, province, year, today) })),
  );
  const tasksByPlan = new Map(plans.map((p) => [`${p.province.code}|${p.document.year}`, p.tasks]));
  return { ...options, today, provinces: PROVINCES, plans, tasksByPlan };
}

/** A task of the province's plan for `year` for a record to carry out (mostly one on its theme), or none. */
export function taskFor(world: World, random: Random, provinceCode: string, year: number, theme: Theme, linked = 0.65): string | null {
  if (!random.chance(linked)) return null;
  const tasks = world.tasksByPlan.get(`${provinceCode}|${year}`) ?? [];
  const onTheme = tasks.filter((t) => t.theme === theme);
  const pool = onTheme.length > 0 && random.chance(0.85) ? onTheme : tasks;
  return pool.length > 0 ? random.pick(pool).id : null;
}
