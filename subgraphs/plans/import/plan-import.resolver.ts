import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { badUserInput } from "../../../shared/core/errors";
import type { HubContext } from "../../../shared/records/context";
import { Plan } from "../plan/plan";
import { importPlanText } from "./plan-import";

/** Well over any plan (the samples are 28,000 and 50,000), and within the gateway's 1 MB request body however it is encoded. */
const MAX_DOCUMENT_CHARACTERS = 300_000;

@Resolver()
export class PlanImportResolver {
  @Mutation(() => Plan, {
    description:
      "Reads a plan document (plain text or Markdown) and loads it, all or nothing (coordinators of its province). " +
      "Importing the same plan again updates it. A province or agencies missing from the directory refuse it unless addUnknown is true.",
  })
  async importPlan(
    @Arg("text", { description: "The document's text, UTF-8." }) text: string,
    @Arg("addUnknown", { defaultValue: false, description: "Add agencies (and a province) the directory lacks." }) addUnknown: boolean,
    @Arg("provinceCode", () => String, {
      nullable: true,
      description: "ISO 3166-2:VN code of a province the directory cannot name (e.g. VN-58).",
    })
    provinceCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<Plan> {
    if (text.length > MAX_DOCUMENT_CHARACTERS) {
      throw badUserInput(`The document is too long (${MAX_DOCUMENT_CHARACTERS.toLocaleString("en")} characters at most).`, ["text"]);
    }
    return (await importPlanText(ctx, text, { addUnknown, provinceCode: provinceCode ?? undefined })).plan;
  }
}
