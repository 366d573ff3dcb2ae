import { PlansInitial1795314851378 } from "./PlansInitial1795314851378";

/** The plans subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const plansMigrations: Function[] = [PlansInitial1795314851378];
