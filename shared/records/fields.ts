/**
 * One decorator per kind of field a department records, so that the database
 * column, the GraphQL field and the input's validation always agree (same
 * nullability, same length limit, an index where the field is a filter).
 *
 * Stored fields (entities):  @Text, @LongText, @DateOnly, @Integer, @Decimal, @EnumOf, @StringList, @Reference
 * Input fields:              @TextInput, @DateInput, @IntegerInput, @DecimalInput, @EnumInput, @StringListInput,
 *                            @CountryInput, @ReferenceInput
 */
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from "class-validator";
import { Field, Float, ID, Int } from "type-graphql";
import { Column, Index } from "typeorm";
import { COUNTRY_CODE } from "../core/countries";
import { DateScalar } from "../core/domain";
import { Searchable } from "../core/search";
import { IsKnownCountry, IsNotBefore, LIST_ITEM } from "./validation";

type Decorator = (target: object, property: string) => void;

function all(...decorators: (Decorator | false | undefined)[]): Decorator {
  return (target, property) => {
    for (const decorate of decorators) if (decorate) decorate(target, property);
  };
}

interface StoredOptions {
  /** May be empty (default true for everything but @Text). */
  nullable?: boolean;
  description?: string;
  /** Index the column: it is a filter or a foreign key. */
  index?: boolean;
  /** Part of the record's Vietnamese search key (names, titles). */
  searchable?: boolean;
}

const indexed = (options: StoredOptions) => options.index && (Index() as Decorator);

/** A short text (varchar), exposed as `String`. Required unless `nullable`. */
export function Text(length: number, options: StoredOptions = {}): Decorator {
  const nullable = options.nullable ?? false;
  return all(
    Field(() => String, { nullable, description: options.description }) as Decorator,
    Column({ type: "varchar", length, nullable }) as Decorator,
    indexed(options),
    options.searchable && (Searchable() as Decorator),
  );
}

/** A long text (prose, as written), exposed as `String`, empty allowed. */
export function LongText(options: StoredOptions = {}): Decorator {
  const nullable = options.nullable ?? true;
  return all(
    Field(() => String, { nullable, description: options.description }) as Decorator,
    Column({ type: "text", nullable }) as Decorator,
    options.searchable && (Searchable() as Decorator),
  );
}

/** A calendar date (`Date`, YYYY-MM-DD), stored as a date column. */
/**
 * A date. With `countedPerYear`, the province dashboard counts a year of
 * these records per province: the field gets the `(provinceCode, date)`
 * index those counts run on.
 */
export function DateOnly(options: StoredOptions & { countedPerYear?: boolean } = {}): Decorator {
  const nullable = options.nullable ?? true;
  const perYear: Decorator = (target, property) => {
    if (options.countedPerYear) Index(["provinceCode", String(property)])(target.constructor);
  };
  return all(
    Field(() => DateScalar, { nullable, description: options.description }) as Decorator,
    Column({ type: "date", nullable }) as Decorator,
    indexed(options),
    perYear,
  );
}

export function Integer(options: StoredOptions = {}): Decorator {
  const nullable = options.nullable ?? true;
  return all(
    Field(() => Int, { nullable, description: options.description }) as Decorator,
    Column({ type: "integer", nullable }) as Decorator,
  );
}

export function Decimal(options: StoredOptions = {}): Decorator {
  const nullable = options.nullable ?? true;
  return all(
    Field(() => Float, { nullable, description: options.description }) as Decorator,
    Column({ type: "double precision", nullable }) as Decorator,
  );
}

/** One value of a registered GraphQL enum. Required unless `nullable`. */
export function EnumOf(enumType: object, options: StoredOptions = {}): Decorator {
  const nullable = options.nullable ?? false;
  return all(
    Field(() => enumType, { nullable, description: options.description }) as Decorator,
    Column({ type: "varchar", length: 32, nullable }) as Decorator,
    indexed(options),
  );
}

/** A list of short strings (languages, channels, communities), `[String!]!`. Initialise the property with `= []`. */
export function StringList(options: { description?: string } = {}): Decorator {
  return all(Field(() => [String], { description: options.description }) as Decorator, Column({ type: "simple-array" }) as Decorator);
}

/**
 * A stored key of another record or code (taskId, borderGateId, countryCode),
 * indexed and not exposed as such: expose the referenced object with a getter
 * or a field resolver instead.
 */
export function Reference(options: { length?: number; nullable?: boolean } = {}): Decorator {
  return all(
    Index() as Decorator,
    Column({ type: "varchar", length: options.length ?? 120, nullable: options.nullable ?? true }) as Decorator,
  );
}

interface InputOptions {
  /** May be left out or null (default true for everything but @TextInput and @EnumInput). */
  optional?: boolean;
  description?: string;
}

const optionalInput = (optional: boolean) => optional && (IsOptional() as Decorator);

/** Text of at most `max` characters; a required one may not be empty. */
export function TextInput(max: number, options: InputOptions = {}): Decorator {
  const optional = options.optional ?? false;
  return all(
    Field(() => String, { nullable: optional, description: options.description }) as Decorator,
    optionalInput(optional),
    IsString() as Decorator,
    (optional ? MaxLength(max) : Length(1, max)) as Decorator,
  );
}

/** A date that exists; `notBefore` names the field it may not precede (e.g. `endsOn` after `startsOn`). */
export function DateInput(options: InputOptions & { notBefore?: string } = {}): Decorator {
  const optional = options.optional ?? true;
  return all(
    Field(() => DateScalar, { nullable: optional, description: options.description }) as Decorator,
    optionalInput(optional),
    options.notBefore !== undefined && (IsNotBefore(options.notBefore) as Decorator),
  );
}

/** A whole number, at least `min` (default 0). */
export function IntegerInput(options: InputOptions & { min?: number } = {}): Decorator {
  const optional = options.optional ?? true;
  return all(
    Field(() => Int, { nullable: optional, description: options.description }) as Decorator,
    optionalInput(optional),
    IsInt() as Decorator,
    Min(options.min ?? 0) as Decorator,
  );
}

export function DecimalInput(options: InputOptions & { min?: number } = {}): Decorator {
  const optional = options.optional ?? true;
  return all(
    Field(() => Float, { nullable: optional, description: options.description }) as Decorator,
    optionalInput(optional),
    IsNumber() as Decorator,
    Min(options.min ?? 0) as Decorator,
  );
}

export function EnumInput(enumType: object, options: InputOptions = {}): Decorator {
  const optional = options.optional ?? false;
  return all(
    Field(() => enumType, { nullable: optional, description: options.description }) as Decorator,
    optionalInput(optional),
    IsEnum(enumType) as Decorator,
  );
}

/**
 * A list of short strings. Leaving it out keeps the stored list; `null` is
 * refused (send `[]` to clear it). Each item is 1..`itemMax` characters and
 * must match `item` (default: no comma, which storage would split on).
 */
export function StringListInput(
  options: InputOptions & { item?: RegExp; itemMessage?: string; itemMax?: number; max?: number } = {},
): Decorator {
  return (target, property) =>
    all(
      Field(() => [String], { nullable: true, description: options.description }) as Decorator,
      ValidateIf((input: Record<string, unknown>) => input[property] !== undefined) as Decorator,
      IsArray({ message: "must be a list; send [] to clear it" }) as Decorator,
      ArrayMaxSize(options.max ?? 50) as Decorator,
      Length(1, options.itemMax ?? 120, { each: true }) as Decorator,
      Matches(options.item ?? LIST_ITEM, {
        each: true,
        message: options.itemMessage ?? "each item must be a short text without commas",
        context: { kind: options.item ? "listItemCode" : "listItem" },
      }) as Decorator,
    )(target, property);
}

/** An ISO 3166-1 alpha-2 code of an existing country. */
export function CountryInput(options: InputOptions = {}): Decorator {
  const optional = options.optional ?? true;
  return all(
    Field(() => String, { nullable: optional, description: options.description ?? "ISO 3166-1 alpha-2, e.g. KH." }) as Decorator,
    optionalInput(optional),
    Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH", context: { kind: "country" } }) as Decorator,
    IsKnownCountry() as Decorator,
  );
}

/** The id of another record (a border gate, a commune, a partner locality). */
export function ReferenceInput(options: InputOptions = {}): Decorator {
  const optional = options.optional ?? true;
  return all(
    Field(() => ID, { nullable: optional, description: options.description }) as Decorator,
    optionalInput(optional),
    IsString() as Decorator,
    (optional ? MaxLength(120) : Length(1, 120)) as Decorator,
  );
}
