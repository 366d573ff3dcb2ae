import { BorderSecurityInitial1795316116501 } from "./BorderSecurityInitial1795316116501";

/** The borderSecurity subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const borderSecurityMigrations: Function[] = [BorderSecurityInitial1795316116501];
