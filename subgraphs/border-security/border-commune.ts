import { IsInt, IsNumber, IsOptional, Length, Matches, MaxLength, Min } from "class-validator";
import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { countryRef } from "../../shared/references";
import { BorderSecurityCountry, BorderSecurityRecord } from "./references";

/** A commune (xã) on the land border, e.g. Ia Dom in Đức Cơ district. */
@ObjectType()
@Entity()
export class BorderCommune extends BorderSecurityRecord {
  @Field({ description: "As written, in Vietnamese, e.g. 'Ia Dom'." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "District (huyện, thị xã) it belongs to." })
  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  district!: string | null;

  @Index()
  @Column({ type: "varchar", length: 2 })
  countryCode!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: "Length of border it holds, km." })
  @Column({ type: "double precision", nullable: true })
  borderLengthKm!: number | null;

  @Field(() => BorderSecurityCountry, { description: "The country across the border." })
  get country() {
    return countryRef(this.countryCode)!;
  }
}

@InputType()
export class BorderCommuneInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  district?: string | null;

  @Field({ description: "The country across the border, ISO 3166-1 alpha-2." })
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  countryCode!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  population?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  borderLengthKm?: number | null;
}
