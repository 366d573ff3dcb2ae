import { IsOptional, IsString, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { Country, countryFor, IsKnownCountry } from "./country";
import { ForeignAffairsRecord } from "./references";

/** A foreign locality the province cooperates with, e.g. Kandal and Takeo for An Giang. */
@ObjectType()
@Entity()
export class PartnerLocality extends ForeignAffairsRecord {
  @Field({ description: "As the province writes it, e.g. 'Kandal', 'Takeo'." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "In the partner's own language and script." })
  @Column({ type: "varchar", length: 200, nullable: true })
  localName!: string | null;

  @Index()
  @Column({ type: "varchar", length: 2 })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "e.g. 'tỉnh', 'thành phố'." })
  @Column({ type: "varchar", length: 60, nullable: true })
  kind!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  cooperationSince!: string | null;

  @Field(() => String, { nullable: true, description: "The cooperation agreement or memorandum, as written." })
  @Column({ type: "text", nullable: true })
  agreement!: string | null;

  @Field(() => Country, { nullable: true })
  get country() {
    return countryFor(this.countryCode);
  }
}

@InputType()
export class PartnerLocalityInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  localName?: string | null;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  @IsKnownCountry()
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  kind?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  cooperationSince?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  agreement?: string | null;
}
