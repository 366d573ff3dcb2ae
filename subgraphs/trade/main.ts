import "reflect-metadata";
import { runSubgraph } from "../../shared/subgraph-main";
import { tradeSubgraph } from "./index";

void runSubgraph(tradeSubgraph);
