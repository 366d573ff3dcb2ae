import { TradeInitial1795314856025 } from "./TradeInitial1795314856025";

/** The trade subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const tradeMigrations: Function[] = [TradeInitial1795314856025];
