import { IdempotentWrites1796432479753 } from "./IdempotentWrites1796432479753";
import { SecretsAndPersonalData1796360753720 } from "./SecretsAndPersonalData1796360753720";
import { TourismInitial1795316993097 } from "./TourismInitial1795316993097";
import { UsedIdentities1796468699137 } from "./UsedIdentities1796468699137";

/** The tourism subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const tourismMigrations: Function[] = [
  TourismInitial1795316993097,
  SecretsAndPersonalData1796360753720,
  IdempotentWrites1796432479753,
  UsedIdentities1796468699137,
];
