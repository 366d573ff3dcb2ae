import { departmentWritePolicy } from "../../shared/auth/policies";

/** Who may write tourism records: editors of its operating agencies, in their own province (DOMAIN.md, rule 1). */
export const tourismWritePolicy = departmentWritePolicy("tourism");
