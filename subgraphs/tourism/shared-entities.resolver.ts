import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../shared/context";
import { manyBy, totalsByProvinceYear } from "../../shared/loaders";
import type { CodeKeyed, IdKeyed } from "../../shared/references";
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
  @FieldResolver(() => [CulturalEvent], { description: "Festivals and exchange events that carried out this task." })
  culturalEvents(@Root() task: IdKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, CulturalEvent, "taskId", byStart).load(task.id);
  }

  @FieldResolver(() => [PromotionCampaign], { description: "Tourism promotion campaigns that carried out this task." })
  promotionCampaigns(@Root() task: IdKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, PromotionCampaign, "taskId", byStart).load(task.id);
  }

  @FieldResolver(() => [Publication], { description: "Publications produced for this task." })
  publications(@Root() task: IdKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Publication, "taskId", byPublished).load(task.id);
  }

  @FieldResolver(() => [Destination], { description: "Destinations promoted under this task." })
  destinations(@Root() task: IdKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Destination, "taskId", byName).load(task.id);
  }
}

@Resolver(() => TourismProvince)
export class TourismProvinceFields {
  @FieldResolver(() => TourismSummary)
  async tourismSummary(
    @Root() province: CodeKeyed,
    @Arg("year", () => Int) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<TourismSummary> {
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

  @FieldResolver(() => [Destination], { description: "The province's tourism destinations." })
  destinations(@Root() province: CodeKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Destination, "provinceCode", byName).load(province.code);
  }
}

@Resolver(() => TourismCountry)
export class TourismCountryFields {
  @FieldResolver(() => [PromotionCampaign], { description: "Tourism campaigns aimed at this market." })
  promotionCampaigns(@Root() country: CodeKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, PromotionCampaign, "countryCode", byStart).load(country.code);
  }

  @FieldResolver(() => [CulturalEvent], { description: "Cultural events held in this country or with it as partner." })
  culturalEvents(@Root() country: CodeKeyed, @Ctx() ctx: HubContext) {
    return manyBy(ctx, CulturalEvent, "countryCode", byStart).load(country.code);
  }
}
