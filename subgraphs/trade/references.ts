import { codeKeyedEntity, idKeyedEntity } from "../../shared/federation/references";
import { departmentRecord } from "../../shared/records/records";

/** The shared entities as the trade department sees them; it adds its own fields to each. */
export const TradeProvince = codeKeyedEntity("Province", "TradeProvince");
export const TradeCountry = codeKeyedEntity("Country", "TradeCountry");
export const TradeAgency = idKeyedEntity("Agency", "TradeAgency");
export const TradeTask = idKeyedEntity("Task", "TradeTask");
export const TradeBorderGate = idKeyedEntity("BorderGate", "TradeBorderGate");

/** Base of every trade record: province, plan task, agencies involved. */
export const TradeRecord = departmentRecord({ Province: TradeProvince, Task: TradeTask, Agency: TradeAgency });
