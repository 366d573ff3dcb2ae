import { Arg, Args, Ctx, Field, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ContributedField, type CodeKeyed, type IdKeyed } from "../../shared/federation/references";
import type { HubContext } from "../../shared/records/context";
import { pagedBy, totalsByProvinceYear } from "../../shared/records/loaders";
import { PageArgs } from "../../shared/records/paging";
import { FtaOutreach } from "./fta-outreach";
import { InvestmentProject } from "./investment-project";
import { Product } from "./product";
import { TradeBorderGate, TradeCountry, TradeProvince, TradeTask } from "./references";
import { TradeEvent } from "./trade-event";

@ObjectType({ description: "The trade department's figures for a province and year." })
export class TradeSummary {
  @Field(() => Int, { description: "Trade events starting in the year." })
  tradeEvents!: number;

  @Field(() => Int, { description: "Investment projects called for or licensed in the year." })
  investmentProjects!: number;

  @Field(() => Int, { description: "Free-trade-agreement briefings held in the year." })
  ftaOutreaches!: number;
}

const byStart = { startsOn: "ASC", id: "ASC" } as const;

@Resolver(() => TradeTask)
export class TradeTaskFields {
  @ContributedField(() => [TradeEvent], { description: "Trade events that carried out this task." })
  tradeEvents(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, TradeEvent, "taskId", page, byStart).load(task.id);
  }

  @ContributedField(() => [InvestmentProject])
  investmentProjects(@Root() task: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, InvestmentProject, "taskId", page).load(task.id);
  }
}

@Resolver(() => TradeProvince)
export class TradeProvinceFields {
  @ContributedField(() => TradeSummary)
  async tradeSummary(@Root() province: CodeKeyed, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<TradeSummary> {
    const key = { provinceCode: province.code, year };
    const [events, projects, outreach] = await Promise.all([
      totalsByProvinceYear(ctx, TradeEvent, "startsOn").load(key),
      totalsByProvinceYear(ctx, InvestmentProject, "registeredOn").load(key),
      totalsByProvinceYear(ctx, FtaOutreach, "heldOn").load(key),
    ]);
    return { tradeEvents: events.count, investmentProjects: projects.count, ftaOutreaches: outreach.count };
  }

  @ContributedField(() => [Product], { description: "The province's key export products." })
  products(@Root() province: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Product, "provinceCode", page).load(province.code);
  }
}

@Resolver(() => TradeCountry)
export class TradeCountryFields {
  @ContributedField(() => [TradeEvent], { description: "Trade events held in or aimed at this country." })
  tradeEvents(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, TradeEvent, "countryCode", page, byStart).load(country.code);
  }

  @ContributedField(() => [InvestmentProject], { description: "Projects whose investor comes from this country." })
  investmentProjects(@Root() country: CodeKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, InvestmentProject, "investorCountryCode", page).load(country.code);
  }
}

@Resolver(() => TradeBorderGate)
export class TradeBorderGateFields {
  @ContributedField(() => [InvestmentProject], { description: "Projects in the gate's economic zone." })
  investmentProjects(@Root() gate: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, InvestmentProject, "borderGateId", page).load(gate.id);
  }

  @ContributedField(() => [TradeEvent], { description: "Trade events in the gate's economic zone." })
  tradeEvents(@Root() gate: IdKeyed, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, TradeEvent, "borderGateId", page, byStart).load(gate.id);
  }
}
