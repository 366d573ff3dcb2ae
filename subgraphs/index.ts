import type { SubgraphDefinition } from "../shared/federation/subgraph";
import { DEPARTMENTS } from "./departments";

/**
 * Every department's subgraph, in the order of `departments.ts`: each
 * department folder's `index.ts` default-exports its definition.
 */
export const ALL_SUBGRAPHS: SubgraphDefinition[] = DEPARTMENTS.map((department) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by the manifest's folder, so a new department is one line in departments.ts
  const definition = (require(`./${department.folder}`) as { default: SubgraphDefinition }).default;
  if (definition?.name !== department.name)
    throw new Error(`subgraphs/${department.folder}/index.ts must default-export the ${department.name} subgraph`);
  return definition;
});
