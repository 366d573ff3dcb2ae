import { In, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from "typeorm";
import { loaderFor, type HubContext } from "./context";

type Target<T> = EntityTarget<T> & { name: string };

/** One row per key, by primary key: one `IN (…)` query per request and entity. */
export function byId<T extends ObjectLiteral>(ctx: HubContext, entity: Target<T>, column = "id") {
  return loaderFor<string, T | null>(ctx, `${entity.name}#${column}`, async (keys) => {
    const rows = await ctx.db.getRepository(entity).find({ where: { [column]: In([...keys]) } as never });
    const found = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** Every row whose `column` equals the key, grouped per key: one query per request and relation. */
export function manyBy<T extends ObjectLiteral>(
  ctx: HubContext,
  entity: Target<T>,
  column: keyof T & string,
  order: FindOptionsOrder<T> = { id: "ASC" } as never,
) {
  return loaderFor<string, T[]>(ctx, `${entity.name}*${column}`, async (keys) => {
    const rows = await ctx.db.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(String(row[column]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export interface ProvinceYear {
  provinceCode: string;
  year: number;
}

/**
 * Per province and year: the number of rows dated in that year, the sums of the
 * named numeric columns, and for each named SQL condition (on alias `r`) the
 * number of rows meeting it. One grouped query per year asked in the request.
 */
export function totalsByProvinceYear<T extends ObjectLiteral>(
  ctx: HubContext,
  entity: Target<T>,
  dateColumn: keyof T & string,
  sumColumns: (keyof T & string)[] = [],
  conditionCounts: Record<string, string> = {},
) {
  const countNames = Object.keys(conditionCounts);
  return loaderFor<ProvinceYear, Record<string, number>>(
    ctx,
    `${entity.name}Σ${dateColumn}:${[...sumColumns, ...countNames].join(",")}`,
    async (keys) => {
      const results = new Map<string, Record<string, number>>();
      for (const year of new Set(keys.map((k) => k.year))) {
        const codes = [...new Set(keys.filter((k) => k.year === year).map((k) => k.provinceCode))];
        const query = ctx.db
          .getRepository(entity)
          .createQueryBuilder("r")
          .select("r.provinceCode", "provinceCode")
          .addSelect("COUNT(*)", "count")
          .where("r.provinceCode IN (:...codes)", { codes })
          .andWhere(`r.${dateColumn} BETWEEN :from AND :to`, { from: `${year}-01-01`, to: `${year}-12-31` })
          .groupBy("r.provinceCode");
        for (const column of sumColumns) query.addSelect(`COALESCE(SUM(r.${column}), 0)`, column);
        for (const [name, condition] of Object.entries(conditionCounts)) {
          query.addSelect(`COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`, name);
        }
        for (const row of await query.getRawMany()) {
          const totals: Record<string, number> = { count: Number(row.count) };
          for (const column of [...sumColumns, ...countNames]) totals[column] = Number(row[column]);
          results.set(`${row.provinceCode}|${year}`, totals);
        }
      }
      const zero = Object.fromEntries([["count", 0], ...[...sumColumns, ...countNames].map((c) => [c, 0])]);
      return keys.map((k) => results.get(`${k.provinceCode}|${k.year}`) ?? { ...zero });
    },
    (k) => `${k.provinceCode}|${k.year}`,
  );
}
