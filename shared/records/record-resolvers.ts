import { IsOptional, MaxLength } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver, type ClassType } from "type-graphql";
import type { ObjectLiteral } from "typeorm";
import { notFound } from "../core/errors";
import { searchKeyMatches } from "../core/search";
import type { HubContext } from "./context";
import { byId, findReadable } from "./loaders";
import { PageArgs } from "./paging";
import { createRecord, updateRecord, type Derive } from "./writes";

@ArgsType()
export class ProvinceRecordsArgs extends PageArgs {
  @Field({ nullable: true, description: "Only records of this province (ISO 3166-2:VN)." })
  provinceCode?: string;

  @Field({
    nullable: true,
    description: "Words to find in the name or title, ignoring case and tone marks: 'le thanh' finds 'Lệ Thanh'.",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

export interface RecordResolverNames {
  /** Root field for one record by id, e.g. `tradeEvent`. */
  one: string;
  /** Root field listing records, e.g. `tradeEvents`. */
  many: string;
}

interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * `createX` and `updateX` for a record type. Writes go through `shared/records/writes`,
 * so validation, transactions, optimistic versioning and the subgraph's write
 * policy apply the same way to every record.
 */
export function recordMutations<T extends Versioned, I extends object>(
  entity: ClassType<T>,
  input: ClassType<I>,
  options: {
    idFor?: (input: I) => string;
    /** Fields a record derives from others (e.g. its province from its agency), on create and on every update. */
    derive?: Derive<T>;
  } = {},
) {
  const label = entity.name;

  @Resolver()
  class RecordMutations {
    @Mutation(() => entity, { name: `create${label}`, description: `Records a new ${label}.` })
    async create(@Arg("input", () => input) values: I, @Ctx() ctx: HubContext): Promise<T> {
      return createRecord(ctx, entity, { ...values, id: options.idFor?.(values) } as Partial<T>, { derive: options.derive });
    }

    @Mutation(() => entity, {
      name: `update${label}`,
      description: `Changes ${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}: omitted fields keep their value, null clears one. Refused with CONFLICT when \`version\` is stale.`,
    })
    async update(
      @Arg("id", () => ID) id: string,
      @Arg("version", () => Int) version: number,
      @Arg("input", () => input) values: I,
      @Ctx() ctx: HubContext,
    ): Promise<T> {
      return updateRecord(ctx, entity, id, version, values as Partial<T>, { derive: options.derive });
    }
  }
  Object.defineProperty(RecordMutations, "name", { value: `${label}Mutations` });
  return RecordMutations;
}

/**
 * The root fields every department record gets: read one, list a province's
 * (paged), plus the create and update mutations of `recordMutations`.
 */
export function recordResolvers<T extends Versioned, I extends object>(
  entity: ClassType<T>,
  input: ClassType<I>,
  names: RecordResolverNames,
  orderBy: keyof T & string = "id",
) {
  const label = entity.name;

  @Resolver(() => entity)
  class RecordResolvers extends recordMutations(entity, input) {
    @Query(() => entity, { name: names.one, nullable: true, description: `One ${label} by id.` })
    async one(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext): Promise<T | null> {
      return byId(ctx, entity).load(id);
    }

    @Query(() => [entity], { name: names.many, description: `${label} records, optionally of one province or matching a search.` })
    async many(@Args(() => ProvinceRecordsArgs) args: ProvinceRecordsArgs, @Ctx() ctx: HubContext): Promise<T[]> {
      const search = searchKeyMatches(args.search);
      return findReadable(ctx, entity, {
        where: { ...(args.provinceCode ? { provinceCode: args.provinceCode } : {}), ...(search ? { searchKey: search } : {}) },
        order: { [orderBy]: "ASC", id: "ASC" } as never,
        take: args.limit,
        skip: args.offset,
      });
    }
  }
  Object.defineProperty(RecordResolvers, "name", { value: `${label}Resolvers` });
  return RecordResolvers;
}

/** Loads a record or answers NOT_FOUND. */
export async function requireRecord<T extends ObjectLiteral>(ctx: HubContext, entity: ClassType<T>, id: string): Promise<T> {
  const record = await byId(ctx, entity).load(id);
  if (!record) throw notFound(entity.name, id);
  return record;
}
