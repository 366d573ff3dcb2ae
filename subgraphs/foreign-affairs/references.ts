import { codeKeyedEntity, idKeyedEntity } from "../../shared/federation/references";
import { departmentRecord } from "../../shared/records/records";

/**
 * The shared entities as the foreign affairs department sees them; it adds its
 * own fields to each. Country is not here: this subgraph owns it (country.ts).
 */
export const ForeignAffairsProvince = codeKeyedEntity("Province", "ForeignAffairsProvince");
export const ForeignAffairsAgency = idKeyedEntity("Agency", "ForeignAffairsAgency");
export const ForeignAffairsTask = idKeyedEntity("Task", "ForeignAffairsTask");
export const ForeignAffairsBorderGate = idKeyedEntity("BorderGate", "ForeignAffairsBorderGate");

/** Base of every foreign affairs record: province, plan task, agencies involved. */
export const ForeignAffairsRecord = departmentRecord({
  Province: ForeignAffairsProvince,
  Task: ForeignAffairsTask,
  Agency: ForeignAffairsAgency,
});
