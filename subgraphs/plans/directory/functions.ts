import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../../shared/core/domain";
import { holdersOf, holdingsOf, successorsIn, todayInVietnam, type StateFunction } from "../../../shared/core/functions";
import type { HubContext } from "../../../shared/records/context";
import { byId } from "../../../shared/records/loaders";
import { DEPARTMENT_MANIFESTS } from "../../manifests";
import { Agency } from "./agency";
import { Province } from "./province";
import { agencyId } from "./reference-directory";

/** STTTT's digital work, which no department here operates, passed to Science and Technology: the directory records it all the same. */
const DIGITAL_TRANSFORMATION: StateFunction = {
  name: "DIGITAL_TRANSFORMATION",
  label: "công nghệ thông tin, chuyển đổi số",
  holders: [
    { agency: "STTTT", until: "2025-02-28" },
    { agency: "SKHCN", from: "2025-03-01" },
  ],
};

/** Every function the directory knows: the departments' (from their manifests), then the others. */
export const DIRECTORY_FUNCTIONS: StateFunction[] = [...DEPARTMENT_MANIFESTS.map((s) => s.function), DIGITAL_TRANSFORMATION];

const FOREIGN_INFORMATION = DIRECTORY_FUNCTIONS.find((f) => f.name === "FOREIGN_INFORMATION")!;

/** The ministry a province's foreign-information work answers to, on a date (whom its reports are sent to). */
const MINISTRIES = [
  { until: "2025-02-28", name: "Bộ Thông tin và Truyền thông", office: "Cục Thông tin đối ngoại" },
  { from: "2025-03-01", name: "Bộ Văn hóa, Thể thao và Du lịch", office: "Cục Thông tin cơ sở và Thông tin đối ngoại" },
];

export function foreignInformationMinistry(on: string): { name: string; office: string } {
  return MINISTRIES.find((m) => (!m.from || m.from <= on) && (!m.until || on <= m.until))!;
}

@ObjectType({ description: "Which agencies of a province hold one state-management function on a date." })
export class FunctionHolders {
  @Field({ description: "FOREIGN_INFORMATION, TRADE_PROMOTION, TOURISM, FOREIGN_AFFAIRS, BORDER_SECURITY, DIGITAL_TRANSFORMATION." })
  function!: string;

  @Field({ description: "In Vietnamese, as a document names it: thông tin đối ngoại." })
  label!: string;

  @Field(() => [String], { description: "The holders' directory codes." })
  agencyCodes!: string[];

  @Field(() => [String], { description: "The texts that assign the function to them." })
  bases!: string[];

  provinceCode!: string;
}

@ObjectType({ description: "One function an agency holds, or held, and who took it over." })
export class AgencyFunction {
  @Field()
  function!: string;

  @Field()
  label!: string;

  @Field(() => DateScalar, { nullable: true })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true })
  until!: string | null;

  @Field(() => [String], { description: "Directory codes of the agencies that took the function over when this holding ended." })
  successorCodes!: string[];
}

@ObjectType({
  description:
    "Who is in charge of a province's foreign information on a date, and the ministry its work answers to: a document's issuer and recipient.",
})
export class ForeignInformationAuthority {
  @Field(() => DateScalar)
  on!: string;

  @Field(() => String, { nullable: true, description: "The department in charge's directory id." })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: "The department in charge: STTTT until 28/02/2025, the culture department since." })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true, description: "Its name as the directory holds it." })
  agencyName!: string | null;

  @Field({ description: "Bộ Thông tin và Truyền thông until 28/02/2025; Bộ Văn hóa, Thể thao và Du lịch since." })
  ministry!: string;

  @Field({ description: "The ministry's office for foreign information." })
  ministryOffice!: string;
}

@Resolver(() => Province)
export class ProvinceFunctionsResolver {
  @FieldResolver(() => [FunctionHolders], { description: "Who holds each function in the province on a date (today when not given)." })
  functionHolders(@Root() province: Province, @Arg("on", () => DateScalar, { nullable: true }) on: string | undefined): FunctionHolders[] {
    const day = on ?? todayInVietnam();
    return DIRECTORY_FUNCTIONS.map((fn) => {
      const holdings = holdingsOf(fn, province.code).filter((h) => holdersOf(fn, province.code, day).includes(h.agency));
      return {
        function: fn.name,
        label: fn.label,
        agencyCodes: holdings.map((h) => h.agency),
        bases: [...new Set(holdings.flatMap((h) => (h.basis ? [h.basis] : [])))],
        provinceCode: province.code,
      };
    });
  }

  @FieldResolver(() => ForeignInformationAuthority, {
    description: "Who is in charge of the province's foreign information on a date (today when not given), and its ministry.",
  })
  async foreignInformationAuthority(
    @Root() province: Province,
    @Arg("on", () => DateScalar, { nullable: true }) on: string | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<ForeignInformationAuthority> {
    const day = on ?? todayInVietnam();
    const code = holdersOf(FOREIGN_INFORMATION, province.code, day)[0] ?? null;
    const agency = code ? await byId(ctx, Agency).load(agencyId(province.code, code)) : null;
    const ministry = foreignInformationMinistry(day);
    return {
      on: day,
      agencyId: code ? agencyId(province.code, code) : null,
      agencyCode: code,
      agencyName: agency?.name ?? null,
      ministry: ministry.name,
      ministryOffice: ministry.office,
    };
  }
}

@Resolver(() => Agency)
export class AgencyFunctionsResolver {
  @FieldResolver(() => [AgencyFunction], {
    description: "The functions the agency holds or held in its province, each with its dates and the agencies that took it over.",
  })
  functions(@Root() agency: Agency): AgencyFunction[] {
    return DIRECTORY_FUNCTIONS.flatMap((fn) =>
      holdingsOf(fn, agency.provinceCode)
        .filter((h) => h.agency === agency.code)
        .map((h) => ({
          function: fn.name,
          label: fn.label,
          from: h.from ?? null,
          until: h.until ?? null,
          successorCodes: h.until ? successorsIn(fn, agency.code, agency.provinceCode) : [],
        })),
    );
  }
}
