import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import { recordResolvers } from "../../shared/records/record-resolvers";
import { CulturalEvent, CulturalEventInput } from "./cultural-event";
import { seedTourismDemo } from "./demo";
import { department } from "./department";
import { Destination, DestinationInput } from "./destination";
import { tourismMigrations } from "./migrations";
import { tourismWritePolicy } from "./policy";
import { PromotionCampaign, PromotionCampaignInput } from "./promotion-campaign";
import { Publication, PublicationInput } from "./publication";
import { TourismAgency, TourismCountry, TourismProvince, TourismTask } from "./references";
import { TourismCountryFields, TourismProvinceFields, TourismTaskFields } from "./shared-entities.resolver";

/** Culture, sports and tourism: operated by SVHTTDL. */
export const tourismSubgraph: SubgraphDefinition = {
  name: department.name,
  department,
  entities: [Destination, CulturalEvent, PromotionCampaign, Publication],
  migrations: tourismMigrations,
  resolvers: [
    recordResolvers(Destination, DestinationInput, { one: "destination", many: "destinations" }, "name"),
    recordResolvers(CulturalEvent, CulturalEventInput, { one: "culturalEvent", many: "culturalEvents" }, "startsOn"),
    recordResolvers(PromotionCampaign, PromotionCampaignInput, { one: "promotionCampaign", many: "promotionCampaigns" }, "startsOn"),
    recordResolvers(Publication, PublicationInput, { one: "publication", many: "publications" }, "publishedOn"),
    TourismTaskFields,
    TourismProvinceFields,
    TourismCountryFields,
  ],
  orphanedTypes: [TourismAgency, TourismTask, TourismProvince, TourismCountry],
  policy: tourismWritePolicy,
  seedDemoData: seedTourismDemo,
};

/** What `subgraphs/index.ts` loads for this department. */
export default tourismSubgraph;
