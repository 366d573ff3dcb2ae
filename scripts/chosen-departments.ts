import type { SubgraphDefinition } from "../shared/federation/subgraph";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";

/** The departments a command names — by the supergraph's name (foreignAffairs) or the folder's (foreign-affairs) — or all of them. */
export function chosenDepartments(names: string[]): SubgraphDefinition[] {
  const folderOf = (name: string) => DEPARTMENTS.find((s) => s.name === name)?.folder;
  const unknown = names.filter((n) => !ALL_SUBGRAPHS.some((d) => d.name === n || folderOf(d.name) === n));
  if (unknown.length)
    throw new Error(
      `unknown department "${unknown[0]}"; one of ${DEPARTMENTS.map((s) => (s.folder === s.name ? s.name : `${s.name} (${s.folder})`)).join(", ")}`,
    );
  return ALL_SUBGRAPHS.filter((d) => names.length === 0 || names.some((n) => n === d.name || n === folderOf(d.name)));
}

/** The department a name or folder names. */
export function departmentNamed(name: string): SubgraphDefinition {
  return chosenDepartments([name])[0];
}
