import { IdempotentWrites1796432447788 } from "./IdempotentWrites1796432447788";
import { SecretsAndPersonalData1796360745266 } from "./SecretsAndPersonalData1796360745266";
import { TradeInitial1795316987202 } from "./TradeInitial1795316987202";
import { UsedIdentities1796468688460 } from "./UsedIdentities1796468688460";

/** The trade subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const tradeMigrations: Function[] = [
  TradeInitial1795316987202,
  SecretsAndPersonalData1796360745266,
  IdempotentWrites1796432447788,
  UsedIdentities1796468688460,
];
