import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** `limit` (with a default and a maximum) and `offset` arguments for a list field. */
export function paging(defaultLimit: number, maxLimit: number) {
  @ArgsType()
  class Paging {
    @Field(() => Int, { defaultValue: defaultLimit, description: `How many to return, at most ${maxLimit}.` })
    @Min(1)
    @Max(maxLimit)
    limit: number = defaultLimit;

    @Field(() => Int, { defaultValue: 0, description: "How many to skip." })
    @Min(0)
    offset: number = 0;
  }
  Object.defineProperty(Paging, "name", { value: `Paging${defaultLimit}of${maxLimit}` });
  return Paging;
}

/** Paging for lists of records: 50 by default, 500 at most. */
export const PageArgs = paging(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
export type PageArgs = InstanceType<typeof PageArgs>;
