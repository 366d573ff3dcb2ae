import { IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { idRef } from "../../shared/references";
import { Country, countryFor, IsKnownCountry } from "./country";
import { ForeignAffairsBorderGate, ForeignAffairsRecord } from "./references";

/** Foreign reporters working in the province, hosted and guided by the department. */
@ObjectType()
@Entity()
export class ForeignPressVisit extends ForeignAffairsRecord {
  @Field({ description: "The news organisation, as written, e.g. 'Đài Truyền hình Quốc gia Campuchia (TVK)'." })
  @Column({ type: "varchar", length: 300 })
  outlet!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  reporterCount!: number | null;

  @Field(() => String, { nullable: true, description: "What they came to cover." })
  @Column({ type: "text", nullable: true })
  purpose!: string | null;

  @Index()
  @Column({ type: "varchar", length: 2 })
  countryCode!: string;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  arrivesOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  departsOn!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderGateId!: string | null;

  @Field(() => String, { nullable: true, description: "Who hosts them in the province, as written." })
  @Column({ type: "varchar", length: 300, nullable: true })
  hostAgency!: string | null;

  @Field(() => Country, { nullable: true, description: "Where the outlet comes from." })
  get country() {
    return countryFor(this.countryCode);
  }

  @Field(() => ForeignAffairsBorderGate, { nullable: true, description: "The gate the reporters entered through, if any." })
  get borderGate() {
    return idRef(this.borderGateId);
  }
}

@InputType()
export class ForeignPressVisitInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  outlet!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  reporterCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  purpose?: string | null;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  @IsKnownCountry()
  countryCode!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  arrivesOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  departsOn?: string | null;

  @Field(() => String, { nullable: true, description: "Border gate id, e.g. VN-44-tinh-bien." })
  @IsOptional()
  @MaxLength(120)
  borderGateId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  hostAgency?: string | null;
}
