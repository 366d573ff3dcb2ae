import { GraphQLError } from "graphql";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../shared/context";
import { auditedWrite } from "../../shared/writes";
import { parsePlanDocument, PlanDocumentError } from "./importer/parse-plan";
import { Plan } from "./plan";
import { importPlanDocument, planId } from "./plan-import";

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
    @Ctx() ctx: HubContext,
  ): Promise<Plan> {
    if (text.length > 2_000_000) throw new GraphQLError("The document is too long (2 million characters at most).", { extensions: { code: "BAD_USER_INPUT", field: "text" } });
    let document;
    try {
      document = parsePlanDocument(text);
    } catch (error) {
      if (error instanceof PlanDocumentError) throw new GraphQLError(`Not a plan this hub can read: ${error.message}`, { extensions: { code: "BAD_USER_INPUT", field: "text" } });
      throw error;
    }
    const id = planId(document);
    const existing = await ctx.db.getRepository(Plan).findOneBy({ id });
    const parsed = document;
    return auditedWrite(
      ctx,
      {
        action: existing ? "update" : "create",
        operation: "importPlan",
        entity: "Plan",
        before: existing ?? undefined,
        after: { id, provinceCode: parsed.province.code, classification: existing?.classification ?? "INTERNAL", title: parsed.title },
      },
      (manager) => importPlanDocument(manager, parsed, { addUnknown }),
    );
  }
}
