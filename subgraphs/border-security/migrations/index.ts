import { BorderSecurityInitial1795317006469 } from "./BorderSecurityInitial1795317006469";
import { IdempotentWrites1796432534699 } from "./IdempotentWrites1796432534699";
import { SecretsAndPersonalData1796360772329 } from "./SecretsAndPersonalData1796360772329";
import { UsedIdentities1796468724295 } from "./UsedIdentities1796468724295";

/** The borderSecurity subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const borderSecurityMigrations: Function[] = [
  BorderSecurityInitial1795317006469,
  SecretsAndPersonalData1796360772329,
  IdempotentWrites1796432534699,
  UsedIdentities1796468724295,
];
