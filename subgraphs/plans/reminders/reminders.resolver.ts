import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { territoryOf } from "../../../shared/core/national-directory";
import type { HubContext } from "../../../shared/records/context";
import { manyBy } from "../../../shared/records/loaders";
import { Agency } from "../directory/agency";
import { ReminderMessage } from "./reminder";

/** The reminders an agency was sent for a year's reports: shown to the province's officials on the compliance view. */
@Resolver(() => Agency)
export class AgencyRemindersResolver {
  @FieldResolver(() => [ReminderMessage], {
    description:
      "Reminders the hub sent this agency (or listed to send by hand) about the year's reports, oldest first; officials of its province only.",
  })
  async reminders(@Root() agency: Agency, @Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<ReminderMessage[]> {
    const viewer = ctx.viewer;
    if (viewer.anonymous || (viewer.role !== "admin" && !territoryOf(viewer.provinceCode).includes(agency.provinceCode))) return [];
    return manyBy(ctx, ReminderMessage, "agencyId", { createdAt: "ASC" }, { year }).load(agency.id);
  }
}
