/** The tourism subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const tourismMigrations: Function[] = [];
