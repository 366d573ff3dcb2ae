import { InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { EnumInput, EnumOf, LongText, StringList, StringListInput, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { LANGUAGE_CODE } from "../../shared/records/validation";
import { TourismRecord } from "./references";

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
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  @EnumOf(DestinationKind)
  kind!: DestinationKind;

  @Text(200, { nullable: true, description: "District-level unit as written, e.g. 'huyện Đức Cơ', 'thành phố Châu Đốc'." })
  district!: string | null;

  @LongText()
  description!: string | null;

  @StringList({ description: "Languages promotional material about it exists in (ISO 639 codes: vi, en, km, jra, …)." })
  materialLanguages: string[] = [];
}

@InputType()
export class DestinationInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @EnumInput(DestinationKind)
  kind!: DestinationKind;

  @TextInput(200, { optional: true })
  district?: string | null;

  @TextInput(10000, { optional: true })
  description?: string | null;

  @StringListInput({
    description: "ISO 639 codes, e.g. ['vi', 'en', 'km']; [] clears the list.",
    max: 30,
    item: LANGUAGE_CODE,
    itemMessage: "each language must be an ISO 639 code such as vi, km or jra",
  })
  materialLanguages?: string[];
}
