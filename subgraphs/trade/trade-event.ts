import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { countryRef, idRef } from "../../shared/federation/references";
import {
  CountryInput,
  DateInput,
  DateOnly,
  EnumInput,
  EnumOf,
  Integer,
  IntegerInput,
  LongText,
  Reference,
  ReferenceInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { TradeBorderGate, TradeCountry, TradeRecord } from "./references";

export enum TradeEventKind {
  FAIR = "FAIR",
  EXHIBITION = "EXHIBITION",
  INVESTMENT_CONFERENCE = "INVESTMENT_CONFERENCE",
  MARKET_SURVEY = "MARKET_SURVEY",
  BUSINESS_MATCHING = "BUSINESS_MATCHING",
}
registerEnumType(TradeEventKind, { name: "TradeEventKind" });

/** A fair, exhibition, investment conference or market survey trip. */
@ObjectType()
@Entity()
export class TradeEvent extends TradeRecord {
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  @EnumOf(TradeEventKind)
  kind!: TradeEventKind;

  @DateOnly({ index: true, countedPerYear: true })
  startsOn!: string | null;

  @DateOnly()
  endsOn!: string | null;

  @Text(300, { nullable: true })
  venue!: string | null;

  @Text(300, { nullable: true, description: "Who organises it, as written." })
  organizer!: string | null;

  @Integer()
  participatingBusinesses!: number | null;

  @LongText()
  description!: string | null;

  @Reference({ length: 2 })
  countryCode!: string | null;

  @Reference()
  borderGateId!: string | null;

  @Field(() => TradeCountry, { nullable: true, description: "Where it takes place, or the market it targets." })
  get country() {
    return countryRef(this.countryCode);
  }

  @Field(() => TradeBorderGate, { nullable: true, description: "The border gate whose economic zone it serves." })
  get borderGate() {
    return idRef(this.borderGateId);
  }
}

@InputType()
export class TradeEventInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @EnumInput(TradeEventKind)
  kind!: TradeEventKind;

  @DateInput()
  startsOn?: string | null;

  @DateInput({ notBefore: "startsOn" })
  endsOn?: string | null;

  @TextInput(300, { optional: true })
  venue?: string | null;

  @TextInput(300, { optional: true })
  organizer?: string | null;

  @IntegerInput()
  participatingBusinesses?: number | null;

  @TextInput(10000, { optional: true })
  description?: string | null;

  @CountryInput()
  countryCode?: string | null;

  @ReferenceInput({ description: "The border gate whose economic zone it serves." })
  borderGateId?: string | null;
}
