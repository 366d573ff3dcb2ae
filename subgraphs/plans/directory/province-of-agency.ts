import { invalidField } from "../../../shared/core/errors";
import type { HubContext } from "../../../shared/records/context";
import { byId } from "../../../shared/records/loaders";
import { Agency } from "./agency";

/** A report, focal point or signatory belongs to its agency's province, whichever agency it names after a write. */
export async function provinceOfItsAgency(record: { agencyId: string }, ctx: HubContext): Promise<{ provinceCode: string }> {
  const agency = await byId(ctx, Agency).load(record.agencyId);
  if (!agency) throw invalidField("agencyId", `there is no agency "${record.agencyId}" that you may read.`);
  return { provinceCode: agency.provinceCode };
}
