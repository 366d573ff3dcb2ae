import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { registerEnumType } from "type-graphql";

/**
 * Contract scalar `Date`: an ISO `YYYY-MM-DD` calendar date that must exist.
 * It stays a string end to end, so no time zone can shift it by a day.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: "Date",
  description: "A calendar date, ISO 8601 YYYY-MM-DD.",
  specifiedByURL: undefined,
});

/** Contract scalar `DateTime`: an ISO 8601 instant with offset. */
export const DateTimeScalar = DateTimeResolver;

/** Who may read a record (docs/domain.md, rule 2). Every record carries one. */
export enum Classification {
  PUBLIC = "PUBLIC",
  INTERNAL = "INTERNAL",
  SECRET = "SECRET",
}
registerEnumType(Classification, {
  name: "Classification",
  description:
    "PUBLIC: anyone. INTERNAL: officials of the record's province. SECRET: state secret, cleared users of the agencies concerned.",
});

export const CLASSIFICATIONS = Object.values(Classification);
