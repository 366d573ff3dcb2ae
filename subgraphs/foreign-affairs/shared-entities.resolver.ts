import { Arg, Args, Ctx, Field, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ContributedField, type CodeKeyed, type IdKeyed } from "../../shared/federation/references";
import type { HubContext } from "../../shared/records/context";
import { pagedBy, totalsByProvinceYear } from "../../shared/records/loaders";
import { PageArgs } from "../../shared/records/paging";
import { Country } from "./country";
import { Delegation } from "./delegation";
import { ForeignPressVisit } from "./foreign-press-visit";
import { MediaMonitoringItem } from "./media-monitoring-item";
import { OverseasCommunity } from "./overseas-community";
import { PartnerLocality } from "./partner-locality";
import { PressConference } from "./press-conference";
import { ForeignAffairsBorderGate, ForeignAffairsProvince, ForeignAffairsTask } from "./references";

@ObjectType({ description: "The foreign affairs department's figures for a province and year." })
export class ForeignAffairsSummary {
  @Field(() => Int, { description: "Foreign press visits arriving in the year." })
  pressVisits!: number;

  @Field(() => Int, { description: "Delegations, incoming and outgoing, starting in the year." })
  delegations!: number;

  @Field(() => Int, { description: "Press conferences held in the year." })
  pressConferences!: number;

  @Field(() => Int, { description: "Media items published in the year." })
  mediaItems!: number;

  @Field(() => Int, { description: "Media items published in the year that have a rebuttal." })
  rebuttals!: number;
}

const byArrival = { arrivesOn: "ASC", id: "ASC" } as const;
const byStart = { startsOn: "ASC", id: "ASC" } as const;
const byPublication = { publishedOn: "ASC", id: "ASC" } as const;
const byName = { name: "ASC", id: "ASC" } as const;

@Resolver(() => ForeignAffairsTask)
export class ForeignAffairsTaskFields {
  @ContributedField(() => [ForeignPressVisit], { description: "Foreign press visits that carried out this task." })
  pressVisits(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, ForeignPressVisit, "taskId", page, byArrival).load(task.id);
  }

  @ContributedField(() => [Delegation], { description: "Delegations that carried out this task." })
  delegations(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Delegation, "taskId", page, byStart).load(task.id);
  }

  @ContributedField(() => [MediaMonitoringItem], { description: "Press coverage monitored or rebutted under this task." })
  mediaMonitoringItems(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, MediaMonitoringItem, "taskId", page, byPublication).load(task.id);
  }
}

@Resolver(() => Country)
export class ForeignAffairsCountryFields {
  @ContributedField(() => [PartnerLocality], { description: "Localities of this country that Vietnamese provinces partner." })
  partnerLocalities(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, PartnerLocality, "countryCode", page, byName).load(country.code);
  }

  @ContributedField(() => [Delegation], { description: "Delegations received from or sent to this country." })
  delegations(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Delegation, "countryCode", page, byStart).load(country.code);
  }

  @ContributedField(() => [ForeignPressVisit], { description: "Visits by this country's press." })
  pressVisits(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, ForeignPressVisit, "countryCode", page, byArrival).load(country.code);
  }

  @ContributedField(() => [OverseasCommunity], { description: "Vietnamese communities living in this country." })
  overseasCommunities(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, OverseasCommunity, "countryCode", page, byName).load(country.code);
  }
}

@Resolver(() => ForeignAffairsBorderGate)
export class ForeignAffairsBorderGateFields {
  @ContributedField(() => [ForeignPressVisit], { description: "Foreign press visits that entered through this gate." })
  pressVisits(@Root() gate: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, ForeignPressVisit, "borderGateId", page, byArrival).load(gate.id);
  }
}

@Resolver(() => ForeignAffairsProvince)
export class ForeignAffairsProvinceFields {
  @ContributedField(() => ForeignAffairsSummary)
  async foreignAffairsSummary(
    @Root() province: CodeKeyed,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<ForeignAffairsSummary> {
    const key = { provinceCode: province.code, year };
    const [visits, delegations, conferences, media] = await Promise.all([
      totalsByProvinceYear(ctx, ForeignPressVisit, "arrivesOn").load(key),
      totalsByProvinceYear(ctx, Delegation, "startsOn").load(key),
      totalsByProvinceYear(ctx, PressConference, "heldOn").load(key),
      totalsByProvinceYear(ctx, MediaMonitoringItem, "publishedOn", [], {
        rebutted: "r.rebuttal IS NOT NULL AND TRIM(r.rebuttal) <> ''",
      }).load(key),
    ]);
    return {
      pressVisits: visits.count,
      delegations: delegations.count,
      pressConferences: conferences.count,
      mediaItems: media.count,
      rebuttals: media.rebutted,
    };
  }

  @ContributedField(() => [PartnerLocality], { description: "Foreign localities this province partners." })
  partnerLocalities(@Root() province: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, PartnerLocality, "provinceCode", page, byName).load(province.code);
  }
}
