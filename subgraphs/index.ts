import type { SubgraphDefinition } from "../shared/federation/subgraph";
import { borderSecuritySubgraph } from "./border-security";
import { foreignAffairsSubgraph } from "./foreign-affairs";
import { plansSubgraph } from "./plans";
import { tourismSubgraph } from "./tourism";
import { tradeSubgraph } from "./trade";

/** The five departments federated by the hub, in the order of `shared/core/config.ts`. */
export const ALL_SUBGRAPHS: SubgraphDefinition[] = [
  plansSubgraph,
  tradeSubgraph,
  tourismSubgraph,
  foreignAffairsSubgraph,
  borderSecuritySubgraph,
];
