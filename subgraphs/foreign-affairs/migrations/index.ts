import { ForeignAffairsInitial1795316999917 } from "./ForeignAffairsInitial1795316999917";
import { IdempotentWrites1796432504055 } from "./IdempotentWrites1796432504055";
import { SecretsAndPersonalData1796360763198 } from "./SecretsAndPersonalData1796360763198";
import { UsedIdentities1796468713499 } from "./UsedIdentities1796468713499";

/** The foreignAffairs subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const foreignAffairsMigrations: Function[] = [
  ForeignAffairsInitial1795316999917,
  SecretsAndPersonalData1796360763198,
  IdempotentWrites1796432504055,
  UsedIdentities1796468713499,
];
