import { BorderSecurityInitial1795314869912 } from "./BorderSecurityInitial1795314869912";

/** The borderSecurity subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const borderSecurityMigrations: Function[] = [BorderSecurityInitial1795314869912];
