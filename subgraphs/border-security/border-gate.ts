import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from "class-validator";
import { Directive, Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { countryRef } from "../../shared/references";
import { BorderSecurityCountry, BorderSecurityRecord } from "./references";

export enum BorderGateKind {
  INTERNATIONAL = "INTERNATIONAL",
  NATIONAL = "NATIONAL",
  AUXILIARY = "AUXILIARY",
}
registerEnumType(BorderGateKind, { name: "BorderGateKind", description: "Cửa khẩu quốc tế, quốc gia, phụ." });

/**
 * A border gate (cửa khẩu). Owned here: other departments hang their records
 * on it by id (e.g. trade events in its economic zone).
 */
@Directive(`@key(fields: "id")`)
@ObjectType("BorderGate")
@Entity()
export class BorderGate extends BorderSecurityRecord {
  @Field({ description: "As written, in Vietnamese, e.g. 'Lệ Thanh'." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => BorderGateKind)
  @Index()
  @Column({ type: "varchar", length: 32 })
  kind!: BorderGateKind;

  @Index()
  @Column({ type: "varchar", length: 2 })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "The gate's name on the other side, e.g. 'O Yadav'." })
  @Column({ type: "varchar", length: 200, nullable: true })
  oppositeGate!: string | null;

  @Field(() => String, { nullable: true, description: "District (huyện, thị xã) it lies in." })
  @Column({ type: "varchar", length: 120, nullable: true })
  district!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  openedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => BorderSecurityCountry, { description: "The neighbouring country." })
  get country() {
    return countryRef(this.countryCode)!;
  }
}

@InputType()
export class BorderGateInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => BorderGateKind)
  @IsEnum(BorderGateKind)
  kind!: BorderGateKind;

  @Field({ description: "The neighbouring country, ISO 3166-1 alpha-2." })
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  oppositeGate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  district?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  openedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}
