import "reflect-metadata";
import { runSubgraph } from "../../shared/federation/subgraph-main";
import { borderSecuritySubgraph } from "./index";

void runSubgraph(borderSecuritySubgraph);
