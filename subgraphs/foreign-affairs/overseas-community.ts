import { IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { Country, countryFor, IsKnownCountry } from "./country";
import { ForeignAffairsRecord } from "./references";

/** A community of Vietnamese living abroad the department keeps informed, e.g. in Cambodia. */
@ObjectType()
@Entity()
export class OverseasCommunity extends ForeignAffairsRecord {
  @Field({ description: "As written, e.g. 'Tổng hội Việt kiều ở Campuchia'." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Index()
  @Column({ type: "varchar", length: 2 })
  countryCode!: string;

  @Field(() => Int, { nullable: true, description: "Estimated number of people." })
  @Column({ type: "integer", nullable: true })
  estimatedSize!: number | null;

  @Field(() => String, { nullable: true, description: "The organisation the department stays in touch through." })
  @Column({ type: "varchar", length: 300, nullable: true })
  contactOrganisation!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  notes!: string | null;

  @Field(() => Country, { nullable: true })
  get country() {
    return countryFor(this.countryCode);
  }
}

@InputType()
export class OverseasCommunityInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  @IsKnownCountry()
  countryCode!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  estimatedSize?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  contactOrganisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;
}
