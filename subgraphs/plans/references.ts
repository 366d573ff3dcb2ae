import { idKeyedEntity } from "../../shared/federation/references";

/** Border gates belong to the border guard; plans only know which tasks name them. */
export const PlansBorderGate = idKeyedEntity("BorderGate", "PlansBorderGate");
