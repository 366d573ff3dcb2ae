import { codeKeyedEntity, idKeyedEntity } from "../../shared/federation/references";
import { departmentRecord } from "../../shared/records/records";

/** The shared entities as the tourism department sees them; it adds its own fields to each. */
export const TourismProvince = codeKeyedEntity("Province", "TourismProvince");
export const TourismCountry = codeKeyedEntity("Country", "TourismCountry");
export const TourismAgency = idKeyedEntity("Agency", "TourismAgency");
export const TourismTask = idKeyedEntity("Task", "TourismTask");

/** Base of every tourism record: province, plan task, agencies involved. */
export const TourismRecord = departmentRecord({ Province: TourismProvince, Task: TourismTask, Agency: TourismAgency });
