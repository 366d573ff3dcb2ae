import type { IdKeyed } from "../../shared/federation/references";
import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import type { HubContext } from "../../shared/records/context";
import { byId } from "../../shared/records/loaders";
import { recordResolvers } from "../../shared/records/record-resolvers";
import { BorderCommune, BorderCommuneInput } from "./border-commune";
import { BorderGate, BorderGateInput } from "./border-gate";
import { BorderIncident, BorderIncidentFields, BorderIncidentInput } from "./border-incident";
import { seedBorderSecurityDemo } from "./demo";
import { department } from "./department";
import { InformationPoint, InformationPointFields, InformationPointInput } from "./information-point";
import { borderSecurityMigrations } from "./migrations";
import { OutreachSession, OutreachSessionFields, OutreachSessionInput } from "./outreach-session";
import { borderSecurityWritePolicy } from "./policy";
import { BorderSecurityAgency, BorderSecurityCountry, BorderSecurityProvince, BorderSecurityTask } from "./references";
import { SelfManagementGroup, SelfManagementGroupFields, SelfManagementGroupInput } from "./self-management-group";
import {
  BorderCommuneFields,
  BorderGateFields,
  BorderSecurityCountryFields,
  BorderSecurityProvinceFields,
  BorderSecurityTaskFields,
} from "./shared-entities.resolver";

/** Border communication and security: operated by BDBP with CA and BCHQS. Owns the BorderGate entity. */
export const borderSecuritySubgraph: SubgraphDefinition = {
  name: department.name,
  department,
  entities: [BorderGate, BorderCommune, InformationPoint, OutreachSession, SelfManagementGroup, BorderIncident],
  migrations: borderSecurityMigrations,
  resolvers: [
    recordResolvers(BorderGate, BorderGateInput, { one: "borderGate", many: "borderGates" }, "name"),
    recordResolvers(BorderCommune, BorderCommuneInput, { one: "borderCommune", many: "borderCommunes" }, "name"),
    recordResolvers(InformationPoint, InformationPointInput, { one: "informationPoint", many: "informationPoints" }, "installedOn"),
    recordResolvers(OutreachSession, OutreachSessionInput, { one: "outreachSession", many: "outreachSessions" }, "heldOn"),
    recordResolvers(SelfManagementGroup, SelfManagementGroupInput, { one: "selfManagementGroup", many: "selfManagementGroups" }, "name"),
    recordResolvers(BorderIncident, BorderIncidentInput, { one: "borderIncident", many: "borderIncidents" }, "occurredOn"),
    BorderGateFields,
    BorderCommuneFields,
    InformationPointFields,
    OutreachSessionFields,
    SelfManagementGroupFields,
    BorderIncidentFields,
    BorderSecurityTaskFields,
    BorderSecurityProvinceFields,
    BorderSecurityCountryFields,
  ],
  orphanedTypes: [BorderSecurityAgency, BorderSecurityTask, BorderSecurityProvince, BorderSecurityCountry],
  referenceResolvers: {
    BorderGate: (ref: IdKeyed, ctx: HubContext) => byId(ctx, BorderGate).load(ref.id),
  },
  policy: borderSecurityWritePolicy,
  references: { borderGateId: BorderGate, borderCommuneId: BorderCommune },
  seedDemoData: seedBorderSecurityDemo,
};

/** What `subgraphs/index.ts` loads for this department. */
export default borderSecuritySubgraph;
