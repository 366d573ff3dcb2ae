import { departmentWritePolicy } from "../../shared/auth/policies";
import { department } from "./department";

/** Who may write trade records: editors of its operating agencies, in their own province. */
export const tradeWritePolicy = departmentWritePolicy(department.name);
