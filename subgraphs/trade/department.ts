import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The trade department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the agencies that
 * operate it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/trade.ts`.
 */
export const department = {
  name: "trade",
  folder: "trade",
  port: 4002,
  env: "TRADE",
  label: "Trade promotion (SCT, TTXTTMDT, SKHDT, BQLKKT)",
  operators: ["SCT", "TTXTTMDT", "SKHDT", "BQLKKT"],
  benchmark: {
    name: "tradeEvents",
    query: "query TradeEvents($provinceCode: String) { tradeEvents(provinceCode: $provinceCode, limit: 50) { id name kind startsOn } }",
    variables: () => ({ provinceCode: "VN-30" }),
  },
} as const satisfies DepartmentManifest;
