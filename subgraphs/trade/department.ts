import type { DepartmentManifest } from "../../shared/core/departments";

/**
 * The trade department as the rest of the hub knows it: its name in the
 * supergraph, folder, default port, environment prefix and the function it
 * serves, trade and investment promotion, with the agencies that hold it. Its demo data is `demo.ts`; its benchmark data is
 * `bench/generation/trade.ts`.
 */
export const department = {
  name: "trade",
  folder: "trade",
  port: 4002,
  env: "TRADE",
  label: "Trade promotion (SCT, TTXTTMDT, BQLKKT; SKHDT until 28/02/2025, STC since)",
  function: {
    name: "TRADE_PROMOTION",
    label: "xúc tiến thương mại và đầu tư",
    holders: [
      { agency: "SCT" },
      { agency: "TTXTTMDT" },
      { agency: "BQLKKT" },
      // Planning and Investment merged into Finance on 1 March 2025
      { agency: "SKHDT", until: "2025-02-28" },
      { agency: "STC", from: "2025-03-01" },
    ],
  },
  benchmark: {
    name: "tradeEvents",
    query: "query TradeEvents($provinceCode: String) { tradeEvents(provinceCode: $provinceCode, limit: 50) { id name kind startsOn } }",
    variables: () => ({ provinceCode: "VN-30" }),
  },
} as const satisfies DepartmentManifest;
