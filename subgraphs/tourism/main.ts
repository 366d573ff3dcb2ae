import "reflect-metadata";
import { runSubgraph } from "../../shared/federation/subgraph-main";
import { tourismSubgraph } from "./index";

void runSubgraph(tourismSubgraph);
