import { TourismInitial1795314860562 } from "./TourismInitial1795314860562";

/** The tourism subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const tourismMigrations: Function[] = [TourismInitial1795314860562];
