import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { countryRef, idRef } from "../../shared/references";
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
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => TradeEventKind)
  @Column({ type: "varchar", length: 32 })
  kind!: TradeEventKind;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  endsOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: "Who organises it, as written." })
  @Column({ type: "varchar", length: 300, nullable: true })
  organizer!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  participatingBusinesses!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  countryCode!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
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
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => TradeEventKind)
  @IsEnum(TradeEventKind)
  kind!: TradeEventKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  organizer?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  participatingBusinesses?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2." })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  countryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderGateId?: string | null;
}
