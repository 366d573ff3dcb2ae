import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The tourism department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the function it
 * serves, with the agencies that hold it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/tourism.ts`.
 */
export const department = {
  name: "tourism",
  folder: "tourism",
  port: 4003,
  env: "TOURISM",
  label: "Tourism (SVHTTDL)",
  // where tourism has a department of its own (Sở Du lịch), the operator's HUB_FUNCTION_HOLDERS_FILE names it
  function: { name: "TOURISM", label: "du lịch", holders: [{ agency: "SVHTTDL", basis: "Thông tư số 10/2025/TT-BVHTTDL" }] },
  benchmark: {
    name: "culturalEvents",
    query:
      "query CulturalEvents($provinceCode: String) { culturalEvents(provinceCode: $provinceCode, limit: 50) { id name kind startsOn } }",
    variables: () => ({ provinceCode: "VN-30" }),
  },
} as const satisfies DepartmentManifest;
