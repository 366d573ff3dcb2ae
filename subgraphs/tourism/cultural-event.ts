import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { countryRef } from "../../shared/references";
import { IsNotBefore, LIST_ITEM, TourismCountry, TourismRecord } from "./references";

export enum CulturalEventKind {
  FESTIVAL = "FESTIVAL",
  CULTURAL_EXCHANGE = "CULTURAL_EXCHANGE",
  PERFORMANCE = "PERFORMANCE",
  SPORTS_EXCHANGE = "SPORTS_EXCHANGE",
  EXHIBITION = "EXHIBITION",
}
registerEnumType(CulturalEventKind, { name: "CulturalEventKind" });

/** A festival, cultural or sports exchange, performance or exhibition, at home or abroad. */
@ObjectType()
@Entity()
export class CulturalEvent extends TourismRecord {
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => CulturalEventKind)
  @Column({ type: "varchar", length: 32 })
  kind!: CulturalEventKind;

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

  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  countryCode!: string | null;

  @Field(() => [String], { description: "Communities whose culture it presents, e.g. Kinh, Hoa, Khmer, Chăm, Jrai, Bahnar." })
  @Column({ type: "simple-array" })
  communities: string[] = [];

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => TourismCountry, { nullable: true, description: "Where it is held when abroad, or the partner country." })
  get country() {
    return countryRef(this.countryCode);
  }
}

@InputType()
export class CulturalEventInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => CulturalEventKind)
  @IsEnum(CulturalEventKind)
  kind!: CulturalEventKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsNotBefore("startsOn")
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2." })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: "[] clears the list." })
  @ValidateIf((input: CulturalEventInput) => input.communities !== undefined)
  @IsArray({ message: "must be a list; send [] to clear it" })
  @ArrayMaxSize(50)
  @Length(1, 100, { each: true })
  @Matches(LIST_ITEM, { each: true, message: "each community must be one name, without commas" })
  communities?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}
