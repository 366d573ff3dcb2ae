import { departmentWritePolicy } from "../../shared/auth/policies";

/** Who may write borderSecurity records: editors of its operating agencies, in their own province (DOMAIN.md, rule 1). */
export const borderSecurityWritePolicy = departmentWritePolicy("borderSecurity");
