import { Classification } from "../../shared/core/domain";
import { agencyId } from "../../subgraphs/plans/directory/reference-directory";
import { codeInYear } from "./directory";
import type { ProvinceSpec } from "./geography";
import type { Theme } from "./plan-documents";
import type { Random } from "./random";
import { taskFor, type World } from "./world";

export interface RecordBase {
  provinceCode: string;
  taskId: string | null;
  agencyIds: string[];
  isDemo: boolean;
  classification: Classification;
}

/** Fields every generated department record shares: province, task, agencies, demo mark and a PUBLIC/INTERNAL mix. */
export function recordBase(
  random: Random,
  world: World,
  province: ProvinceSpec,
  year: number | null,
  theme: Theme,
  agencyCodes: string[],
  publicShare = 0.6,
): RecordBase {
  const asOf = year ?? world.years[world.years.length - 1];
  return {
    provinceCode: province.code,
    taskId: year === null ? null : taskFor(world, random, province.code, year, theme),
    agencyIds: agencyCodes.map((code) => agencyId(province.code, codeInYear(code, asOf))),
    isDemo: true,
    classification: random.chance(publicShare) ? Classification.PUBLIC : Classification.INTERNAL,
  };
}

/** `count` rows for each province and year (provinces may weigh the count). */
export function* perProvinceYear<T>(
  world: World,
  count: (province: ProvinceSpec) => number,
  make: (province: ProvinceSpec, year: number, index: number) => T,
): Generator<T> {
  for (const province of world.provinces) {
    const n = count(province);
    for (const year of world.years) for (let i = 1; i <= n; i++) yield make(province, year, i);
  }
}

/** `count` rows for each province. */
export function* perProvince<T>(
  world: World,
  count: (province: ProvinceSpec) => number,
  make: (province: ProvinceSpec, index: number) => T,
): Generator<T> {
  for (const province of world.provinces) {
    const n = count(province);
    for (let i = 1; i <= n; i++) yield make(province, i);
  }
}
