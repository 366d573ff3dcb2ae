import { ForeignAffairsInitial1795316110153 } from "./ForeignAffairsInitial1795316110153";

/** The foreignAffairs subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const foreignAffairsMigrations: Function[] = [ForeignAffairsInitial1795316110153];
