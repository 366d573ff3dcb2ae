import { ForeignAffairsInitial1795315063672 } from "./ForeignAffairsInitial1795315063672";

/** The foreignAffairs subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const foreignAffairsMigrations: Function[] = [ForeignAffairsInitial1795315063672];
