import { acceptEveryWrite } from "../../shared/writes";

/** Who may write tourism records: decided here, and only here, for the whole subgraph. */
export const tourismWritePolicy = acceptEveryWrite;
