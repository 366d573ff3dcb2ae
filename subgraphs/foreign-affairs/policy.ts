import { departmentWritePolicy } from "../../shared/auth/policies";
import { department } from "./department";

/** Who may write foreignAffairs records: editors of its operating agencies, in their own province. */
export const foreignAffairsWritePolicy = departmentWritePolicy(department.name);
