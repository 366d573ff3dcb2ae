import { acceptEveryWrite } from "../../shared/writes";

/** Who may write trade records: decided here, and only here, for the whole subgraph. */
export const tradeWritePolicy = acceptEveryWrite;
