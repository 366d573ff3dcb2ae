import "reflect-metadata";
import { runSubgraph } from "../../shared/federation/subgraph-main";
import { plansSubgraph } from "./index";

void runSubgraph(plansSubgraph);
