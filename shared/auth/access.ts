import type { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { SubgraphName } from "../core/config";
import { territoryOf } from "../core/national-directory";
import { operates, viewerAgencyId, type Viewer } from "./identity";

/** What the rules need to know of a request: who asks, which subgraph answers, and its database. */
export interface AccessContext {
  viewer: Viewer;
  subgraph: SubgraphName;
  db: DataSource;
}

/**
 * Who may read a record, written once and applied by every read path — root
 * lists, loaders behind nested fields and entity references, counts, search
 * and the audit log — as a SQL condition, so an unreadable record is never
 * loaded, listed or counted:
 *   PUBLIC   anyone, even without a token;
 *   INTERNAL officials of the record's province, and admins;
 *   SECRET   users with SECRET clearance in the agency that operates this
 *            subgraph or in an agency the record names, in its province.
 * A province merged into another in 2025 (Bình Định into Gia Lai) is part of
 * its successor's territory: the successor's officials read its records as
 * their own ("the record's province" is either), and its old records stay
 * read-only history (writes stay within an official's own province code).
 * A record without a province is INTERNAL to admins only and never SECRET to
 * anyone. `canRead` is the same rule for a record in hand; a test compares
 * the two on generated cases.
 */
export function readCondition(
  ctx: Pick<AccessContext, "viewer" | "subgraph">,
  metadata: EntityMetadata,
  alias: string,
  db?: DataSource,
): { sql: string; parameters: ObjectLiteral } | null {
  if (!metadata.findColumnsWithPropertyPath("classification").length) return null; // reference data (provinces)
  const hasProvince = metadata.findColumnsWithPropertyPath("provinceCode").length > 0;
  const hasAgencies = metadata.findColumnsWithPropertyPath("agencyIds").length > 0;
  const viewer = ctx.viewer;
  const classification = `${alias}.classification`;
  const province = `${alias}.provinceCode`;
  const allowed = [`${classification} = 'PUBLIC'`];
  const parameters: ObjectLiteral = {};
  if (!viewer.anonymous) {
    parameters.accessProvinces = territoryOf(viewer.provinceCode);
    const inTerritory = `${province} IN (:...accessProvinces)`;
    if (viewer.role === "admin") allowed.push(`${classification} = 'INTERNAL'`);
    else if (hasProvince) allowed.push(`(${classification} = 'INTERNAL' AND ${inTerritory})`);
    if (viewer.clearance === "SECRET" && hasProvince) {
      if (operates(viewer, ctx.subgraph)) {
        allowed.push(`(${classification} = 'SECRET' AND ${inTerritory})`);
      } else if (hasAgencies) {
        // The agency id is a parameter searched for as a whole list item, byte for byte: never a
        // LIKE pattern, and never the accent-insensitive collation ("Duc Co" is not "Đức Cơ").
        parameters.accessAgency = `,${viewerAgencyId(viewer)},`;
        const list = exact(db ?? metadata.connection, `CONCAT(',', ${alias}.agencyIds, ',')`);
        allowed.push(
          `(${classification} = 'SECRET' AND ${inTerritory} AND INSTR(${list}, ${exact(db ?? metadata.connection, ":accessAgency")}) > 0)`,
        );
      }
    }
  }
  return { sql: `(${allowed.join(" OR ")})`, parameters };
}

/** `expression` compared byte for byte: MySQL's text collation ignores case and accents, SQLite's does not. */
function exact(db: DataSource, expression: string): string {
  return db.options.type === "better-sqlite3" ? expression : `CAST(${expression} AS BINARY)`;
}

/** Narrows a query on `alias` to the records the request's viewer may read. */
export function readableOnly<T extends ObjectLiteral>(
  ctx: AccessContext,
  query: SelectQueryBuilder<T>,
  alias: string,
): SelectQueryBuilder<T> {
  const condition = readCondition(ctx, ctx.db.getMetadata(query.expressionMap.mainAlias!.target), alias, ctx.db);
  return condition ? query.andWhere(condition.sql, condition.parameters) : query;
}

/** The same rule in code, for a record already in hand (a write's target). */
export function canRead(ctx: Pick<AccessContext, "viewer" | "subgraph">, record: ObjectLiteral): boolean {
  const viewer = ctx.viewer;
  const classification = record.classification as string | undefined;
  if (classification === undefined || classification === "PUBLIC") return true;
  if (viewer.anonymous) return false;
  const sameProvince = typeof record.provinceCode === "string" && territoryOf(viewer.provinceCode).includes(record.provinceCode);
  if (classification === "INTERNAL") return viewer.role === "admin" || sameProvince;
  if (classification !== "SECRET" || viewer.clearance !== "SECRET" || !sameProvince) return false;
  return operates(viewer, ctx.subgraph) || ((record.agencyIds as string[] | undefined) ?? []).includes(viewerAgencyId(viewer));
}
