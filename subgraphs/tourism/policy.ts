import { departmentWritePolicy } from "../../shared/auth/policies";
import { department } from "./department";

/** Who may write tourism records: editors of its operating agencies, in their own province. */
export const tourismWritePolicy = departmentWritePolicy(department.name);
