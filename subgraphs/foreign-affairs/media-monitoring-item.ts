import { IsUrl, MinLength } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { CountryInput, DateInput, DateOnly, EnumInput, EnumOf, LongText, Reference, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { Country, countryFor } from "./country";
import { ForeignAffairsRecord } from "./references";

export enum MediaSentiment {
  POSITIVE = "POSITIVE",
  NEUTRAL = "NEUTRAL",
  NEGATIVE = "NEGATIVE",
  FALSE_INFORMATION = "FALSE_INFORMATION",
}
registerEnumType(MediaSentiment, {
  name: "MediaSentiment",
  description: "How the coverage presents the province; FALSE_INFORMATION calls for a rebuttal.",
});

/** Coverage of the province abroad found by press monitoring, with the rebuttal of false information. */
@ObjectType()
@Entity()
export class MediaMonitoringItem extends ForeignAffairsRecord {
  @Text(500, { searchable: true })
  headline!: string;

  @Text(300, { description: "Where it appeared, as written." })
  outlet!: string;

  @Reference({ length: 2 })
  countryCode!: string | null;

  @DateOnly({ index: true, countedPerYear: true })
  publishedOn!: string | null;

  @Text(2000, { nullable: true })
  url!: string | null;

  @EnumOf(MediaSentiment, { index: true })
  sentiment!: MediaSentiment;

  @LongText({ description: "The province's explanation or rebuttal, as published." })
  rebuttal!: string | null;

  @DateOnly({ index: true })
  rebuttedOn!: string | null;

  @Field(() => Country, { nullable: true, description: "The outlet's country, when known." })
  get country() {
    return countryFor(this.countryCode);
  }
}

@InputType()
export class MediaMonitoringItemInput extends DepartmentRecordInput {
  @TextInput(500)
  headline!: string;

  @TextInput(300)
  outlet!: string;

  @CountryInput()
  countryCode?: string | null;

  @DateInput()
  publishedOn?: string | null;

  @TextInput(2000, { optional: true })
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "must be an http(s) address" })
  url?: string | null;

  @EnumInput(MediaSentiment)
  sentiment!: MediaSentiment;

  // Plus MinLength: a rebuttal, when sent, may not be empty.
  @TextInput(10000, { optional: true })
  @MinLength(1)
  rebuttal?: string | null;

  @DateInput()
  rebuttedOn?: string | null;
}
