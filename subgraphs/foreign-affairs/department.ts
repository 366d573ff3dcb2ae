import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The foreignAffairs department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the agencies that
 * operate it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/foreign-affairs.ts`.
 */
export const department = {
  name: "foreignAffairs",
  folder: "foreign-affairs",
  port: 4004,
  env: "FOREIGN_AFFAIRS",
  label: "Foreign affairs (SNGV)",
  operators: ["SNGV"],
  benchmark: {
    name: "delegations",
    query:
      "query Delegations($provinceCode: String) { delegations(provinceCode: $provinceCode, limit: 50) { id name direction startsOn } }",
    variables: () => ({ provinceCode: "VN-30" }),
  },
} as const satisfies DepartmentManifest;
