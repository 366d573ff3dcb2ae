import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { countryRef } from "../../shared/references";
import { IsNotBefore, LIST_ITEM, TourismCountry, TourismRecord } from "./references";

/** A tourism promotion campaign, e.g. An Giang's Vietnam–Cambodia "Hai quốc gia, một điểm đến". */
@ObjectType()
@Entity()
export class PromotionCampaign extends TourismRecord {
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Slogan or theme, e.g. 'Hai quốc gia, một điểm đến'." })
  @Column({ type: "varchar", length: 300, nullable: true })
  theme!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  endsOn!: string | null;

  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  countryCode!: string | null;

  @Field(() => [String], { description: "Where it runs, e.g. 'Đài Phát thanh - Truyền hình', 'Cổng thông tin điện tử', 'hội chợ du lịch'." })
  @Column({ type: "simple-array" })
  channels: string[] = [];

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => TourismCountry, { nullable: true, description: "The target market abroad; none for a domestic campaign." })
  get country() {
    return countryRef(this.countryCode);
  }
}

@InputType()
export class PromotionCampaignInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  theme?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsNotBefore("startsOn")
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 of the target market." })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  countryCode?: string | null;

  @Field(() => [String], { nullable: true, description: "[] clears the list." })
  @ValidateIf((input: PromotionCampaignInput) => input.channels !== undefined)
  @IsArray({ message: "must be a list; send [] to clear it" })
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  @Matches(LIST_ITEM, { each: true, message: "each channel must be one name, without commas" })
  channels?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}
