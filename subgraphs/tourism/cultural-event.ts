import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { countryRef } from "../../shared/federation/references";
import {
  CountryInput,
  DateInput,
  DateOnly,
  EnumInput,
  EnumOf,
  LongText,
  Reference,
  StringList,
  StringListInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { TourismCountry, TourismRecord } from "./references";

export enum CulturalEventKind {
  FESTIVAL = "FESTIVAL",
  CULTURAL_EXCHANGE = "CULTURAL_EXCHANGE",
  PERFORMANCE = "PERFORMANCE",
  SPORTS_EXCHANGE = "SPORTS_EXCHANGE",
  EXHIBITION = "EXHIBITION",
}
registerEnumType(CulturalEventKind, { name: "CulturalEventKind" });

/** A festival, cultural or sports exchange, performance or exhibition, at home or abroad. */
@ObjectType()
@Entity()
export class CulturalEvent extends TourismRecord {
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  @EnumOf(CulturalEventKind)
  kind!: CulturalEventKind;

  @DateOnly({ index: true, countedPerYear: true })
  startsOn!: string | null;

  @DateOnly()
  endsOn!: string | null;

  @Text(300, { nullable: true })
  venue!: string | null;

  @Reference({ length: 2 })
  countryCode!: string | null;

  @StringList({ description: "Communities whose culture it presents, e.g. Kinh, Hoa, Khmer, Chăm, Jrai, Bahnar." })
  communities: string[] = [];

  @LongText()
  description!: string | null;

  @Field(() => TourismCountry, { nullable: true, description: "Where it is held when abroad, or the partner country." })
  get country() {
    return countryRef(this.countryCode);
  }
}

@InputType()
export class CulturalEventInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @EnumInput(CulturalEventKind)
  kind!: CulturalEventKind;

  @DateInput()
  startsOn?: string | null;

  @DateInput({ notBefore: "startsOn" })
  endsOn?: string | null;

  @TextInput(300, { optional: true })
  venue?: string | null;

  @CountryInput()
  countryCode?: string | null;

  @StringListInput({
    description: "[] clears the list.",
    max: 50,
    itemMax: 100,
    itemMessage: "each community must be one name, without commas",
  })
  communities?: string[];

  @TextInput(10000, { optional: true })
  description?: string | null;
}
