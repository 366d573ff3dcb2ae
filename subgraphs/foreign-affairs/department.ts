import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The foreignAffairs department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the function it
 * serves, with the agencies that hold it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/foreign-affairs.ts`.
 */
export const department = {
  name: "foreignAffairs",
  folder: "foreign-affairs",
  port: 4004,
  env: "FOREIGN_AFFAIRS",
  label: "Foreign affairs (SNGV, or the office of the People's Committee where it took the work over)",
  // where the province merged its foreign-affairs department into the Office of the People's Committee (Decree 45/2025/NĐ-CP),
  // the operator's HUB_FUNCTION_HOLDERS_FILE names that office (VPUBND) from the day it did
  function: { name: "FOREIGN_AFFAIRS", label: "ngoại vụ", holders: [{ agency: "SNGV" }] },
  benchmark: {
    name: "delegations",
    query:
      "query Delegations($provinceCode: String) { delegations(provinceCode: $provinceCode, limit: 50) { id name direction startsOn } }",
    variables: () => ({ provinceCode: "VN-30" }),
  },
} as const satisfies DepartmentManifest;
