/**
 * What the hub knows of a department before loading any of its code: one
 * small file per department (`subgraphs/<folder>/department.ts`), listed once
 * in `subgraphs/departments.ts`. Settings, the operators table, the service
 * launcher, the benchmark and the generated deployment files all read it.
 */
export interface DepartmentManifest {
  /** Its name in the supergraph and in settings: `trade`, `foreignAffairs`. */
  name: string;
  /** Its folder under `subgraphs/`: `foreign-affairs`. */
  folder: string;
  /** Default port of its subgraph. */
  port: number;
  /** Prefix of its variables: `FOREIGN_AFFAIRS_PORT`, `FOREIGN_AFFAIRS_DATABASE_URL`, `FOREIGN_AFFAIRS_URL`. */
  env: string;
  /** Who it is, for documentation: "Trade promotion (SCT, …)". */
  label: string;
  /** Directory codes of the agencies that operate it: only their editors write there. */
  operators: readonly string[];
  /** One root query it answers alone, to measure the gateway's overhead against a direct call. */
  benchmark: { name: string; query: string; variables: (year: number) => Record<string, unknown> };
}

/** The department's own MySQL database and user: `hub_foreign_affairs`. */
export function databaseName(department: Pick<DepartmentManifest, "env">): string {
  return `hub_${department.env.toLowerCase()}`;
}
