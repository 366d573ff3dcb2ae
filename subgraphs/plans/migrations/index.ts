import { PlansInitial1795316089938 } from "./PlansInitial1795316089938";

/** The plans subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const plansMigrations: Function[] = [PlansInitial1795316089938];
