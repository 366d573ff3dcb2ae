import { departmentWritePolicy } from "../../shared/policies";

/** Who may write tourism records: editors of its operating agencies, in their own province (DOMAIN.md, rule 1). */
export const tourismWritePolicy = departmentWritePolicy("tourism");
