import { Arg, Directive, Field, ObjectType, Query, Resolver } from "type-graphql";
import { allCountryNames, COUNTRY_CODE, countryNames } from "../../shared/core/countries";
import { invalidField } from "../../shared/core/errors";
import type { CodeKeyed } from "../../shared/federation/references";

/** A foreign country, owned here: names come from ISO 3166-1, other departments add their fields. */
@Directive(`@key(fields: "code")`)
@ObjectType("Country", { description: "A country by its ISO 3166-1 alpha-2 code." })
export class Country {
  @Field({ description: "ISO 3166-1 alpha-2, e.g. KH." })
  code!: string;

  @Field({ description: "Vietnamese name, e.g. 'Campuchia'." })
  name!: string;

  @Field({ description: "English name, e.g. 'Cambodia'." })
  nameEn!: string;
}

/** The country with this alpha-2 code (any case), or null when ISO 3166-1 has no such country. */
export function countryFor(code: string | null | undefined): Country | null {
  const names = countryNames(code);
  return names && Object.assign(new Country(), names);
}

/** `__resolveReference` for Country: other subgraphs point at it by code. */
export function resolveCountryReference(reference: CodeKeyed): Country | null {
  return countryFor(reference.code);
}

@Resolver(() => Country)
export class CountryQueries {
  @Query(() => Country, {
    nullable: true,
    description: "One country by ISO 3166-1 alpha-2 code (case ignored); null when no country has that code.",
  })
  country(@Arg("code", () => String) code: string): Country | null {
    const upper = code.trim().toUpperCase();
    if (!COUNTRY_CODE.test(upper)) throw invalidField("code", "must be an ISO 3166-1 alpha-2 code such as KH");
    return countryFor(upper);
  }

  @Query(() => [Country], { description: "Every ISO 3166-1 country, in Vietnamese alphabetical order (for pickers)." })
  countries(): Country[] {
    return allCountryNames().map((names) => Object.assign(new Country(), names));
  }
}
