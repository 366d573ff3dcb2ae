import type { StateFunction } from "./functions";

/**
 * What the hub knows of a department before loading any of its code: one
 * small file per department (`subgraphs/<folder>/department.ts`), listed once
 * in `subgraphs/manifests.ts`. Settings, the functions that operate it, the service
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
  /**
   * The state-management function it serves, and who holds it nationally by
   * date: the agencies holding it in a province on a day operate it there
   * (only their editors write; `shared/core/functions.ts`).
   */
  function: StateFunction;
  /** One root query it answers alone, to measure the gateway's overhead against a direct call. */
  benchmark: { name: string; query: string; variables: (year: number) => Record<string, unknown> };
}

/** The department's own MySQL database and user: `hub_foreign_affairs`. */
export function databaseName(department: Pick<DepartmentManifest, "env">): string {
  return `hub_${department.env.toLowerCase()}`;
}

/*
 * The departments this process serves or speaks to. The kernel imports no
 * department: a composition root registers them — a department's subgraph
 * itself alone when it starts (`startSubgraph`), the gateway, `npm start`,
 * the scripts and the tests all of them, by importing `subgraphs/departments`.
 */
const registered = new Map<string, DepartmentManifest>();

export function registerDepartments(departments: readonly DepartmentManifest[]): void {
  for (const department of departments) registered.set(department.name, department);
}

/** A registered department's manifest, by its name in the supergraph. */
export function registeredDepartment(name: string): DepartmentManifest {
  const department = registered.get(name);
  if (!department)
    throw new Error(`unknown department "${name}": this process has not registered it (registerDepartments, at its composition root)`);
  return department;
}
