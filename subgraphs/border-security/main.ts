import "reflect-metadata";
import { runSubgraph } from "../../shared/subgraph-main";
import { borderSecuritySubgraph } from "./index";

void runSubgraph(borderSecuritySubgraph);
