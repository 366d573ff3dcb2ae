import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The borderSecurity department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the function it
 * serves, with the agencies that hold it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/border-security.ts`.
 */
export const department = {
  name: "borderSecurity",
  folder: "border-security",
  port: 4005,
  env: "BORDER_SECURITY",
  label: "Border security (BDBP, CA, BCHQS)",
  function: {
    name: "BORDER_SECURITY",
    label: "quản lý, bảo vệ biên giới",
    holders: [{ agency: "BDBP" }, { agency: "CA" }, { agency: "BCHQS" }],
  },
  benchmark: {
    name: "borderGates",
    query: "query BorderGates($provinceCode: String) { borderGates(provinceCode: $provinceCode) { id name kind } }",
    variables: () => ({ provinceCode: "VN-44" }),
  },
} as const satisfies DepartmentManifest;
