/** The trade subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const tradeMigrations: Function[] = [];
