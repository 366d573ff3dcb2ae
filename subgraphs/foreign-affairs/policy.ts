import { departmentWritePolicy } from "../../shared/auth/policies";

/** Who may write foreignAffairs records: editors of its operating agencies, in their own province (DOMAIN.md, rule 1). */
export const foreignAffairsWritePolicy = departmentWritePolicy("foreignAffairs");
