import { IsEnum, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { Country, countryFor, IsKnownCountry } from "./country";
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
  @Field()
  @Column({ type: "varchar", length: 500 })
  headline!: string;

  @Field({ description: "Where it appeared, as written." })
  @Column({ type: "varchar", length: 300 })
  outlet!: string;

  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  countryCode!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, nullable: true })
  url!: string | null;

  @Field(() => MediaSentiment)
  @Index()
  @Column({ type: "varchar", length: 32 })
  sentiment!: MediaSentiment;

  @Field(() => String, { nullable: true, description: "The province's explanation or rebuttal, as published." })
  @Column({ type: "text", nullable: true })
  rebuttal!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  rebuttedOn!: string | null;

  /** 1 when a rebuttal exists; computed by the database so yearly counts stay one grouped query. */
  @Column({
    type: "integer",
    generatedType: "VIRTUAL",
    asExpression: "CASE WHEN rebuttal IS NULL OR trim(rebuttal) = '' THEN 0 ELSE 1 END",
    insert: false,
    update: false,
  })
  rebutted!: number;

  @Field(() => Country, { nullable: true, description: "The outlet's country, when known." })
  get country() {
    return countryFor(this.countryCode);
  }
}

@InputType()
export class MediaMonitoringItemInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 500)
  headline!: string;

  @Field()
  @Length(1, 300)
  outlet!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2." })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  @IsKnownCountry()
  countryCode?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "must be an http(s) address" })
  url?: string | null;

  @Field(() => MediaSentiment)
  @IsEnum(MediaSentiment)
  sentiment!: MediaSentiment;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 10000)
  rebuttal?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  rebuttedOn?: string | null;
}
