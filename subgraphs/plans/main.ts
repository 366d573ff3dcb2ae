import "reflect-metadata";
import { runSubgraph } from "../../shared/subgraph-main";
import { plansSubgraph } from "./index";

void runSubgraph(plansSubgraph);
