import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The plans department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the agencies that
 * operate it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/plans.ts`.
 */
export const department = {
  name: "plans",
  folder: "plans",
  port: 4001,
  env: "PLANS",
  label: "Plans (information department, STTTT)",
  operators: ["STTTT"],
  benchmark: {
    name: "plans",
    query:
      "query Plans($provinceCode: String!, $year: Int) { plans(provinceCode: $provinceCode, year: $year) { id title year documentNumber } }",
    variables: (year) => ({ provinceCode: "VN-30", year }),
  },
} as const satisfies DepartmentManifest;
