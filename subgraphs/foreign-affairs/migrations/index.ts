import { ForeignAffairsInitial1795316999917 } from "./ForeignAffairsInitial1795316999917";

/** The foreignAffairs subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const foreignAffairsMigrations: Function[] = [ForeignAffairsInitial1795316999917];
