import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min, ValidateIf } from "class-validator";
import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { DepartmentRecordInput } from "../../shared/records";
import { LIST_ITEM, TourismRecord } from "./references";

export enum PublicationFormat {
  BROCHURE = "BROCHURE",
  VIDEO = "VIDEO",
  BOOK = "BOOK",
  DVD = "DVD",
  WEBSITE = "WEBSITE",
  PANEL = "PANEL",
}
registerEnumType(PublicationFormat, { name: "PublicationFormat" });

/** A brochure, video, book, DVD, website or panel promoting the province, in one or more languages. */
@ObjectType()
@Entity()
export class Publication extends TourismRecord {
  @Field({ description: "As written." })
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field(() => PublicationFormat)
  @Column({ type: "varchar", length: 32 })
  format!: PublicationFormat;

  @Field(() => [String], {
    description: "Languages it is published in: ISO 639 codes where one exists (vi, km, en, jra, bdq), otherwise the name as written.",
  })
  @Column({ type: "simple-array" })
  languages: string[] = [];

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  publishedOn!: string | null;

  @Field(() => Int, { nullable: true, description: "Copies printed or discs pressed; none for a website." })
  @Column({ type: "integer", nullable: true })
  copies!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;
}

@InputType()
export class PublicationInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  title!: string;

  @Field(() => PublicationFormat)
  @IsEnum(PublicationFormat)
  format!: PublicationFormat;

  @Field(() => [String], { nullable: true, description: "e.g. ['vi', 'km', 'en']; [] clears the list." })
  @ValidateIf((input: PublicationInput) => input.languages !== undefined)
  @IsArray({ message: "must be a list; send [] to clear it" })
  @ArrayMaxSize(30)
  @Length(1, 60, { each: true })
  @Matches(LIST_ITEM, { each: true, message: "each language must be one code or name, without commas" })
  languages?: string[];

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  copies?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}
