import { departmentWritePolicy } from "../../shared/auth/policies";
import { department } from "./department";

/** Who may write borderSecurity records: editors of its operating agencies, in their own province. */
export const borderSecurityWritePolicy = departmentWritePolicy(department.name);
