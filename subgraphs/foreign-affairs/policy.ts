import { acceptEveryWrite } from "../../shared/writes";

/** Who may write foreign affairs records: decided here, and only here, for the whole subgraph. */
export const foreignAffairsWritePolicy = acceptEveryWrite;
