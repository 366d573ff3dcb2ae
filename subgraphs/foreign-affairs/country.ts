import { buildMessage, ValidateBy, type ValidationOptions } from "class-validator";
import countries from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json";
import vi from "i18n-iso-countries/langs/vi.json";
import { Arg, Directive, Field, ObjectType, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../shared/errors";
import type { CodeKeyed } from "../../shared/references";

// The bare module entry, so that only the two locales the hub speaks are loaded.
countries.registerLocale(vi);
countries.registerLocale(en);

const ALPHA_2 = /^[A-Z]{2}$/;

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
  if (!code) return null;
  const upper = code.toUpperCase();
  if (!ALPHA_2.test(upper)) return null;
  const name = countries.getName(upper, "vi");
  const nameEn = countries.getName(upper, "en");
  if (!name || !nameEn) return null;
  return Object.assign(new Country(), { code: upper, name: name.normalize("NFC"), nameEn: nameEn.normalize("NFC") });
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
    if (!ALPHA_2.test(upper)) throw badUserInput("code", "must be an ISO 3166-1 alpha-2 code such as KH");
    return countryFor(upper);
  }
}

/**
 * Input check: the code names a country the hub can show. Malformed codes are
 * left to `Matches(COUNTRY_CODE)`, so each problem is reported once.
 */
export function IsKnownCountry(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: "isKnownCountry",
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !ALPHA_2.test(value) || countryFor(value) !== null,
        defaultMessage: buildMessage((each) => `${each}$property must be an existing ISO 3166-1 country`, options),
      },
    },
    options,
  );
}
