import { acceptEveryWrite } from "../../shared/writes";

/** Who may write plans, tasks, the directory and reports: decided here, and only here. */
export const plansWritePolicy = acceptEveryWrite;
