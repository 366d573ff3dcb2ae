import { InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import {
  DateInput,
  DateOnly,
  EnumInput,
  EnumOf,
  Integer,
  IntegerInput,
  LongText,
  StringList,
  StringListInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { TourismRecord } from "./references";

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
  @Text(300, { description: "As written.", searchable: true })
  title!: string;

  @EnumOf(PublicationFormat)
  format!: PublicationFormat;

  @StringList({
    description: "Languages it is published in: ISO 639 codes where one exists (vi, km, en, jra, bdq), otherwise the name as written.",
  })
  languages: string[] = [];

  @DateOnly({ index: true, countedPerYear: true })
  publishedOn!: string | null;

  @Integer({ description: "Copies printed or discs pressed; none for a website." })
  copies!: number | null;

  @LongText()
  description!: string | null;
}

@InputType()
export class PublicationInput extends DepartmentRecordInput {
  @TextInput(300)
  title!: string;

  @EnumInput(PublicationFormat)
  format!: PublicationFormat;

  @StringListInput({
    description: "e.g. ['vi', 'km', 'en']; [] clears the list.",
    max: 30,
    itemMax: 60,
    itemMessage: "each language must be one code or name, without commas",
  })
  languages?: string[];

  @DateInput()
  publishedOn?: string | null;

  @IntegerInput()
  copies?: number | null;

  @TextInput(10000, { optional: true })
  description?: string | null;
}
