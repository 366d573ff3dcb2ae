import type { EntityTarget, ObjectLiteral } from "typeorm";
import { readableOnly } from "../auth/access";
import { loaderFor, type HubContext } from "./context";

type Target<T> = EntityTarget<T> & { name: string };
type Order<T> = Partial<Record<keyof T & string, "ASC" | "DESC">>;

/** A query on `entity` as alias `r`, narrowed to what the viewer may read: where a department's own loader starts. */
export function readable<T extends ObjectLiteral>(ctx: HubContext, entity: Target<T>) {
  return readableOnly(ctx, ctx.db.getRepository(entity).createQueryBuilder("r"), "r");
}

function ordered<T extends ObjectLiteral>(query: ReturnType<typeof readable<T>>, order: Order<T>) {
  for (const [field, direction] of Object.entries(order)) query.addOrderBy(`r.${field}`, direction as "ASC" | "DESC");
  return query;
}

/** One row per key, by primary key: one `IN (…)` query per request and entity. Unreadable rows come back as null. */
export function byId<T extends ObjectLiteral>(ctx: HubContext, entity: Target<T>, column = "id") {
  return loaderFor<string, T | null>(ctx, `${entity.name}#${column}`, async (keys) => {
    const rows = await readable(ctx, entity)
      .andWhere(`r.${column} IN (:...keys)`, { keys: [...keys] })
      .getMany();
    const found = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** The record a reference field names — null when it names none, or one the caller may not read. */
export async function referenced<T extends ObjectLiteral>(
  ctx: HubContext,
  entity: Target<T>,
  id: string | null | undefined,
): Promise<T | null> {
  return id ? byId(ctx, entity).load(id) : null;
}

/**
 * Every readable row whose `column` equals the key, grouped per key: one query
 * per request and relation. `where` narrows it further in SQL (a year of a
 * history that grows every year), rather than reading every row to drop most.
 */
export function manyBy<T extends ObjectLiteral>(
  ctx: HubContext,
  entity: Target<T>,
  column: keyof T & string,
  order: Order<T> = { id: "ASC" } as never,
  where: Partial<Record<keyof T & string, string | number>> = {},
) {
  return loaderFor<string, T[]>(ctx, `${entity.name}*${column}${JSON.stringify(order)}${JSON.stringify(where)}`, async (keys) => {
    const query = readable(ctx, entity).andWhere(`r.${column} IN (:...keys)`, { keys: [...keys] });
    if (Object.keys(where).length > 0) query.andWhere(where);
    const rows = await ordered(query, order).getMany();
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
 * Per province and year: the number of readable rows dated in that year, the
 * sums of the named numeric columns, and for each named SQL condition (on
 * alias `r`) the number of rows meeting it. One grouped query per year asked.
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
        const query = readable(ctx, entity)
          .select("r.provinceCode", "provinceCode")
          .addSelect("COUNT(*)", "count")
          .andWhere("r.provinceCode IN (:...codes)", { codes })
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

export interface Page {
  limit: number;
  offset: number;
}

/**
 * Like `manyBy`, but at most `page.limit` rows per key after skipping
 * `page.offset`, so a list that grows (every trade event about Cambodia) never
 * pulls a whole table. Still one query per relation: readable rows are ranked
 * per key with a window function and only the wanted ranks are read.
 */
export function pagedBy<T extends ObjectLiteral>(
  ctx: HubContext,
  entity: Target<T>,
  column: keyof T & string,
  page: Page,
  order: Order<T> = { id: "ASC" } as never,
) {
  // The id breaks ties, so pages never overlap or skip a row.
  const fullOrder = { ...order, id: (order as Record<string, "ASC" | "DESC">).id ?? "ASC" } as Record<string, "ASC" | "DESC">;
  return loaderFor<string, T[]>(ctx, `${entity.name}*${column}[${page.offset},${page.limit}]${JSON.stringify(fullOrder)}`, async (keys) => {
    const escape = (name: string) => ctx.db.driver.escape(name);
    const rankOrder = Object.entries(fullOrder)
      .map(([field, direction]) => `r.${escape(field)} ${direction}`)
      .join(", ");
    const ranked = readable(ctx, entity)
      .select(`r.${escape("id")}`, "id")
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY r.${escape(column)} ORDER BY ${rankOrder})`, "position")
      .andWhere(`r.${escape(column)} IN (:...keys)`, { keys: [...keys] });
    const query = ctx.db
      .getRepository(entity)
      .createQueryBuilder("paged")
      .where(
        `paged.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.position > :first AND ranked.position <= :last)`,
      )
      .setParameters({ ...ranked.getParameters(), first: page.offset, last: page.offset + page.limit });
    for (const [field, direction] of Object.entries(fullOrder)) query.addOrderBy(`paged.${field}`, direction);
    const records = await query.getMany();
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const record of records) groups.get(String(record[column]))?.push(record);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** `find` for root fields: the same options, narrowed to what the viewer may read. */
export function findReadable<T extends ObjectLiteral>(
  ctx: HubContext,
  entity: Target<T>,
  options: { where?: ObjectLiteral; order?: Order<T>; take?: number; skip?: number } = {},
): Promise<T[]> {
  const query = readable(ctx, entity);
  if (options.where && Object.keys(options.where).length > 0) query.andWhere(options.where);
  ordered(query, options.order ?? ({ id: "ASC" } as never));
  if (options.take !== undefined) query.take(options.take);
  if (options.skip !== undefined) query.skip(options.skip);
  return query.getMany();
}
