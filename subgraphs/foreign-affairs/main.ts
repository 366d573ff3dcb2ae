import "reflect-metadata";
import { runSubgraph } from "../../shared/subgraph-main";
import { foreignAffairsSubgraph } from "./index";

void runSubgraph(foreignAffairsSubgraph);
