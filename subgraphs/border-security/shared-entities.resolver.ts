import { Arg, Args, Ctx, Field, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ContributedField, type CodeKeyed, type IdKeyed } from "../../shared/federation/references";
import type { HubContext } from "../../shared/records/context";
import { pagedBy, totalsByProvinceYear } from "../../shared/records/loaders";
import { PageArgs } from "../../shared/records/paging";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { BorderIncident } from "./border-incident";
import { InformationPoint } from "./information-point";
import { OutreachSession } from "./outreach-session";
import { BorderSecurityCountry, BorderSecurityProvince, BorderSecurityTask } from "./references";
import { SelfManagementGroup } from "./self-management-group";

@ObjectType({ description: "The border guard's figures for a province and year. Classified records (incidents) are never counted here." })
export class BorderSummary {
  @Field(() => Int, { description: "Outreach sessions held in the year." })
  outreachSessions!: number;

  @Field(() => Int, { description: "People who attended those sessions." })
  attendees!: number;

  @Field(() => Int, { description: "Information points installed in the year." })
  informationPoints!: number;
}

const byHeld = { heldOn: "ASC", id: "ASC" } as const;
const byInstalled = { installedOn: "ASC", id: "ASC" } as const;
const byName = { name: "ASC", id: "ASC" } as const;
const byOccurred = { occurredOn: "ASC", id: "ASC" } as const;

/** The gate is owned here, so all of its border-guard lists hang off it in this subgraph. */
@Resolver(() => BorderGate)
export class BorderGateFields {
  @ContributedField(() => [InformationPoint], { description: "Information points at the gate." })
  informationPoints(@Root() gate: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, InformationPoint, "borderGateId", page, byInstalled).load(gate.id);
  }

  @ContributedField(() => [OutreachSession], { description: "Outreach sessions held at or for the gate." })
  outreachSessions(@Root() gate: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, OutreachSession, "borderGateId", page, byHeld).load(gate.id);
  }

  @ContributedField(() => [BorderIncident], { description: "Incidents at the gate (classified)." })
  borderIncidents(@Root() gate: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, BorderIncident, "borderGateId", page, byOccurred).load(gate.id);
  }
}

@Resolver(() => BorderCommune)
export class BorderCommuneFields {
  @ContributedField(() => [InformationPoint])
  informationPoints(@Root() commune: BorderCommune, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, InformationPoint, "borderCommuneId", page, byInstalled).load(commune.id);
  }

  @ContributedField(() => [OutreachSession])
  outreachSessions(@Root() commune: BorderCommune, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, OutreachSession, "borderCommuneId", page, byHeld).load(commune.id);
  }

  @ContributedField(() => [SelfManagementGroup])
  selfManagementGroups(@Root() commune: BorderCommune, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, SelfManagementGroup, "borderCommuneId", page, byName).load(commune.id);
  }
}

@Resolver(() => BorderSecurityTask)
export class BorderSecurityTaskFields {
  @ContributedField(() => [OutreachSession], { description: "Border outreach sessions that carried out this task." })
  outreachSessions(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, OutreachSession, "taskId", page, byHeld).load(task.id);
  }

  @ContributedField(() => [InformationPoint], { description: "Information points built under this task." })
  informationPoints(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, InformationPoint, "taskId", page, byInstalled).load(task.id);
  }

  @ContributedField(() => [BorderIncident], {
    description: "Border incidents linked to this task (classified: only those the reader may read, like every list of them).",
  })
  borderIncidents(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, BorderIncident, "taskId", page, byOccurred).load(task.id);
  }
}

@Resolver(() => BorderSecurityCountry)
export class BorderSecurityCountryFields {
  @ContributedField(() => [BorderGate], { description: "Border gates facing this country." })
  borderGates(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, BorderGate, "countryCode", page, byName).load(country.code);
  }
}

@Resolver(() => BorderSecurityProvince)
export class BorderSecurityProvinceFields {
  @ContributedField(() => BorderSummary)
  async borderSummary(@Root() province: CodeKeyed, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<BorderSummary> {
    const key = { provinceCode: province.code, year };
    const [sessions, points] = await Promise.all([
      totalsByProvinceYear(ctx, OutreachSession, "heldOn", ["attendees"]).load(key),
      totalsByProvinceYear(ctx, InformationPoint, "installedOn").load(key),
    ]);
    return { outreachSessions: sessions.count, attendees: sessions.attendees, informationPoints: points.count };
  }

  @ContributedField(() => [BorderGate], { description: "The province's border gates." })
  borderGates(@Root() province: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, BorderGate, "provinceCode", page, byName).load(province.code);
  }
}
