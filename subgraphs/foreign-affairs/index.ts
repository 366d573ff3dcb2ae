import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import { recordResolvers } from "../../shared/records/record-resolvers";
import { CountryQueries, resolveCountryReference } from "./country";
import { Delegation, DelegationInput, DelegationRelations, PartnerLocalityDelegations } from "./delegation";
import { seedForeignAffairsDemo } from "./demo";
import { department } from "./department";
import { ForeignPressVisit, ForeignPressVisitInput } from "./foreign-press-visit";
import { MediaMonitoringItem, MediaMonitoringItemInput } from "./media-monitoring-item";
import { foreignAffairsMigrations } from "./migrations";
import { OverseasCommunity, OverseasCommunityInput } from "./overseas-community";
import { PartnerLocality, PartnerLocalityInput } from "./partner-locality";
import { foreignAffairsWritePolicy } from "./policy";
import { PressConference, PressConferenceInput } from "./press-conference";
import { ForeignAffairsAgency, ForeignAffairsBorderGate, ForeignAffairsProvince, ForeignAffairsTask } from "./references";
import {
  ForeignAffairsBorderGateFields,
  ForeignAffairsCountryFields,
  ForeignAffairsProvinceFields,
  ForeignAffairsTaskFields,
} from "./shared-entities.resolver";

/** Foreign affairs: operated by SNGV. Owns the Country entity. */
export const foreignAffairsSubgraph: SubgraphDefinition = {
  name: department.name,
  department,
  entities: [ForeignPressVisit, Delegation, PressConference, PartnerLocality, OverseasCommunity, MediaMonitoringItem],
  migrations: foreignAffairsMigrations,
  resolvers: [
    CountryQueries,
    recordResolvers(ForeignPressVisit, ForeignPressVisitInput, { one: "foreignPressVisit", many: "foreignPressVisits" }, "arrivesOn"),
    recordResolvers(Delegation, DelegationInput, { one: "delegation", many: "delegations" }, "startsOn"),
    recordResolvers(PressConference, PressConferenceInput, { one: "pressConference", many: "pressConferences" }, "heldOn"),
    recordResolvers(PartnerLocality, PartnerLocalityInput, { one: "partnerLocality", many: "partnerLocalities" }, "name"),
    recordResolvers(OverseasCommunity, OverseasCommunityInput, { one: "overseasCommunity", many: "overseasCommunities" }, "name"),
    recordResolvers(
      MediaMonitoringItem,
      MediaMonitoringItemInput,
      { one: "mediaMonitoringItem", many: "mediaMonitoringItems" },
      "publishedOn",
    ),
    DelegationRelations,
    PartnerLocalityDelegations,
    ForeignAffairsTaskFields,
    ForeignAffairsCountryFields,
    ForeignAffairsBorderGateFields,
    ForeignAffairsProvinceFields,
  ],
  orphanedTypes: [ForeignAffairsAgency, ForeignAffairsTask, ForeignAffairsProvince, ForeignAffairsBorderGate],
  referenceResolvers: { Country: resolveCountryReference },
  policy: foreignAffairsWritePolicy,
  references: { partnerLocalityId: PartnerLocality },
  seedDemoData: seedForeignAffairsDemo,
};

/** What `subgraphs/index.ts` loads for this department. */
export default foreignAffairsSubgraph;
