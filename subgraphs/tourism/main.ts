import "reflect-metadata";
import { runSubgraph } from "../../shared/subgraph-main";
import { tourismSubgraph } from "./index";

void runSubgraph(tourismSubgraph);
