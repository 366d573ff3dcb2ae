import { acceptEveryWrite } from "../../shared/writes";

/** Who may write border-security records: decided here, and only here, for the whole subgraph. */
export const borderSecurityWritePolicy = acceptEveryWrite;
