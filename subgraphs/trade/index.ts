import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import { recordResolvers } from "../../shared/records/record-resolvers";
import { seedTradeDemo } from "./demo";
import { department } from "./department";
import { FtaOutreach, FtaOutreachInput } from "./fta-outreach";
import { InvestmentProject, InvestmentProjectInput } from "./investment-project";
import { tradeMigrations } from "./migrations";
import { tradeWritePolicy } from "./policy";
import { Product, ProductInput } from "./product";
import { TradeAgency, TradeBorderGate, TradeCountry, TradeProvince, TradeTask } from "./references";
import { TradeBorderGateFields, TradeCountryFields, TradeProvinceFields, TradeTaskFields } from "./shared-entities.resolver";
import { TradeEvent, TradeEventInput } from "./trade-event";

/** Trade promotion: operated by SCT with TTXTTMDT, SKHDT and BQLKKT. */
export const tradeSubgraph: SubgraphDefinition = {
  name: department.name,
  department,
  entities: [TradeEvent, Product, InvestmentProject, FtaOutreach],
  migrations: tradeMigrations,
  resolvers: [
    recordResolvers(TradeEvent, TradeEventInput, { one: "tradeEvent", many: "tradeEvents" }, "startsOn"),
    recordResolvers(Product, ProductInput, { one: "product", many: "products" }, "name"),
    recordResolvers(InvestmentProject, InvestmentProjectInput, { one: "investmentProject", many: "investmentProjects" }, "name"),
    recordResolvers(FtaOutreach, FtaOutreachInput, { one: "ftaOutreach", many: "ftaOutreaches" }, "heldOn"),
    TradeTaskFields,
    TradeProvinceFields,
    TradeCountryFields,
    TradeBorderGateFields,
  ],
  orphanedTypes: [TradeAgency, TradeTask, TradeProvince, TradeCountry, TradeBorderGate],
  policy: tradeWritePolicy,
  seedDemoData: seedTradeDemo,
};

/** What `subgraphs/index.ts` loads for this department. */
export default tradeSubgraph;
