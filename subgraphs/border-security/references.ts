import { codeKeyedEntity, idKeyedEntity } from "../../shared/federation/references";
import { departmentRecord } from "../../shared/records/records";

/**
 * The shared entities as the border guard sees them; it adds its own fields to each.
 * BorderGate is not here: this subgraph owns it (see border-gate.ts).
 */
export const BorderSecurityProvince = codeKeyedEntity("Province", "BorderSecurityProvince");
export const BorderSecurityCountry = codeKeyedEntity("Country", "BorderSecurityCountry");
export const BorderSecurityAgency = idKeyedEntity("Agency", "BorderSecurityAgency");
export const BorderSecurityTask = idKeyedEntity("Task", "BorderSecurityTask");

/** Base of every border-security record: province, plan task, agencies involved. */
export const BorderSecurityRecord = departmentRecord({
  Province: BorderSecurityProvince,
  Task: BorderSecurityTask,
  Agency: BorderSecurityAgency,
});
