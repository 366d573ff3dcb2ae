import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The plans department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the function it
 * serves, foreign information: the information department's until it was
 * dissolved on 1 March 2025, the culture department's since. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/plans.ts`.
 */
export const department = {
  name: "plans",
  folder: "plans",
  port: 4001,
  env: "PLANS",
  label: "Plans (the department in charge of foreign information: STTTT until 28/02/2025, SVHTTDL since)",
  function: {
    name: "FOREIGN_INFORMATION",
    label: "thông tin đối ngoại",
    holders: [
      { agency: "STTTT", until: "2025-02-28", basis: "Nghị định số 72/2015/NĐ-CP; Thông tư số 22/2016/TT-BTTTT" },
      { agency: "SVHTTDL", from: "2025-03-01", basis: "Nghị định số 43/2025/NĐ-CP; Thông tư số 10/2025/TT-BVHTTDL" },
    ],
  },
  benchmark: {
    name: "plans",
    query:
      "query Plans($provinceCode: String!, $year: Int) { plans(provinceCode: $provinceCode, year: $year) { id title year documentNumber } }",
    variables: (year) => ({ provinceCode: "VN-30", year }),
  },
} as const satisfies DepartmentManifest;
