import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { SETTINGS } from "./settings";

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const year = SETTINGS.queryYear;

/** Variables for each contract operation: a province and year the dataset fills, Cambodia for CountryView. */
const CONTRACT_VARIABLES: Record<string, Record<string, unknown>> = {
  PlanDossier: { provinceCode: "VN-30", year },
  ProvinceDashboard: { provinceCode: "VN-30", year },
  AgencyCompliance: { provinceCode: "VN-30", year },
  BorderGateDossier: { provinceCode: "VN-44" },
  CountryView: { code: "KH" },
};

/** The contract operations, read from the project's copy of the contract. */
export function contractOperations(): Operation[] {
  const folder = path.join(REPOSITORY_ROOT, "test/contract/operations");
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const name = path.basename(file, ".graphql");
      const variables = CONTRACT_VARIABLES[name];
      if (!variables) throw new Error(`No benchmark variables for the contract operation ${name}: add them to bench/operations.ts`);
      return { name, query: fs.readFileSync(path.join(folder, file), "utf8"), variables };
    });
}

export interface DirectQuery extends Operation {
  subgraph: string;
}

/** One root query per subgraph, answered by that subgraph alone (from its manifest), to compare the gateway with a direct call. */
export const DIRECT_QUERIES: DirectQuery[] = DEPARTMENTS.map((department) => ({
  subgraph: department.name,
  name: department.benchmark.name,
  query: department.benchmark.query,
  variables: department.benchmark.variables(year),
}));

export function requestBody(operation: Operation): string {
  return JSON.stringify({ query: operation.query, variables: operation.variables });
}
