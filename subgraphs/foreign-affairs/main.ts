import "reflect-metadata";
import { runSubgraph } from "../../shared/federation/subgraph-main";
import { foreignAffairsSubgraph } from "./index";

void runSubgraph(foreignAffairsSubgraph);
