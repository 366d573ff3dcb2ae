import "reflect-metadata";
import { runSubgraph } from "../../shared/federation/subgraph-main";
import { tradeSubgraph } from "./index";

void runSubgraph(tradeSubgraph);
