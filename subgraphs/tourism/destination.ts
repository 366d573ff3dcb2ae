import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { DepartmentRecordInput } from "../../shared/records";
import { LANGUAGE_CODE, TourismRecord } from "./references";

export enum DestinationKind {
  HISTORIC_SITE = "HISTORIC_SITE",
  SCENIC_SPOT = "SCENIC_SPOT",
  CULTURAL_HERITAGE = "CULTURAL_HERITAGE",
  ECOTOURISM = "ECOTOURISM",
  SPIRITUAL = "SPIRITUAL",
  BORDER_TOURISM = "BORDER_TOURISM",
}
registerEnumType(DestinationKind, { name: "DestinationKind" });

/** A site the province promotes: relic, scenic spot, heritage, eco, spiritual or border tourism. */
@ObjectType()
@Entity()
export class Destination extends TourismRecord {
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => DestinationKind)
  @Column({ type: "varchar", length: 32 })
  kind!: DestinationKind;

  @Field(() => String, { nullable: true, description: "District-level unit as written, e.g. 'huyện Đức Cơ', 'thành phố Châu Đốc'." })
  @Column({ type: "varchar", length: 200, nullable: true })
  district!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => [String], { description: "Languages promotional material about it exists in (ISO 639 codes: vi, en, km, jra, …)." })
  @Column({ type: "simple-array" })
  materialLanguages: string[] = [];
}

@InputType()
export class DestinationInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => DestinationKind)
  @IsEnum(DestinationKind)
  kind!: DestinationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  district?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "ISO 639 codes, e.g. ['vi', 'en', 'km']; [] clears the list." })
  @ValidateIf((input: DestinationInput) => input.materialLanguages !== undefined)
  @IsArray({ message: "must be a list; send [] to clear it" })
  @ArrayMaxSize(30)
  @Matches(LANGUAGE_CODE, { each: true, message: "each language must be an ISO 639 code such as vi, km or jra" })
  materialLanguages?: string[];
}
