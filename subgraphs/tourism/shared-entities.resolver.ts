import { Arg, Args, Ctx, Field, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ContributedField, type CodeKeyed, type IdKeyed } from "../../shared/federation/references";
import type { HubContext } from "../../shared/records/context";
import { pagedBy, totalsByProvinceYear } from "../../shared/records/loaders";
import { PageArgs } from "../../shared/records/paging";
import { CulturalEvent } from "./cultural-event";
import { Destination } from "./destination";
import { PromotionCampaign } from "./promotion-campaign";
import { Publication } from "./publication";
import { TourismCountry, TourismProvince, TourismTask } from "./references";

@ObjectType({ description: "The tourism department's figures for a province and year." })
export class TourismSummary {
  @Field(() => Int, { description: "Cultural events starting in the year." })
  culturalEvents!: number;

  @Field(() => Int, { description: "Promotion campaigns starting in the year." })
  promotionCampaigns!: number;

  @Field(() => Int, { description: "Publications published in the year." })
  publications!: number;

  @Field(() => Int, { description: "Copies of those publications, where a count was recorded." })
  publicationCopies!: number;
}

// One order per entity and column: a request shares one loader per (entity, column).
const byStart = { startsOn: "ASC", id: "ASC" } as const;
const byPublished = { publishedOn: "ASC", id: "ASC" } as const;
const byName = { name: "ASC", id: "ASC" } as const;

@Resolver(() => TourismTask)
export class TourismTaskFields {
  @ContributedField(() => [CulturalEvent], { description: "Festivals and exchange events that carried out this task." })
  culturalEvents(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, CulturalEvent, "taskId", page, byStart).load(task.id);
  }

  @ContributedField(() => [PromotionCampaign], { description: "Tourism promotion campaigns that carried out this task." })
  promotionCampaigns(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, PromotionCampaign, "taskId", page, byStart).load(task.id);
  }

  @ContributedField(() => [Publication], { description: "Publications produced for this task." })
  publications(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Publication, "taskId", page, byPublished).load(task.id);
  }

  @ContributedField(() => [Destination], { description: "Destinations promoted under this task." })
  destinations(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Destination, "taskId", page, byName).load(task.id);
  }
}

@Resolver(() => TourismProvince)
export class TourismProvinceFields {
  @ContributedField(() => TourismSummary)
  async tourismSummary(@Root() province: CodeKeyed, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<TourismSummary> {
    const key = { provinceCode: province.code, year };
    const [events, campaigns, publications] = await Promise.all([
      totalsByProvinceYear(ctx, CulturalEvent, "startsOn").load(key),
      totalsByProvinceYear(ctx, PromotionCampaign, "startsOn").load(key),
      totalsByProvinceYear(ctx, Publication, "publishedOn", ["copies"]).load(key),
    ]);
    return {
      culturalEvents: events.count,
      promotionCampaigns: campaigns.count,
      publications: publications.count,
      publicationCopies: publications.copies,
    };
  }

  @ContributedField(() => [Destination], { description: "The province's tourism destinations." })
  destinations(@Root() province: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Destination, "provinceCode", page, byName).load(province.code);
  }
}

@Resolver(() => TourismCountry)
export class TourismCountryFields {
  @ContributedField(() => [PromotionCampaign], { description: "Tourism campaigns aimed at this market." })
  promotionCampaigns(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, PromotionCampaign, "countryCode", page, byStart).load(country.code);
  }

  @ContributedField(() => [CulturalEvent], { description: "Cultural events held in this country or with it as partner." })
  culturalEvents(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, CulturalEvent, "countryCode", page, byStart).load(country.code);
  }
}
