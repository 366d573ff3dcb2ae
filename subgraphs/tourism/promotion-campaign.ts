import { Field, InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { countryRef } from "../../shared/federation/references";
import {
  CountryInput,
  DateInput,
  DateOnly,
  LongText,
  Reference,
  StringList,
  StringListInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { TourismCountry, TourismRecord } from "./references";

/** A tourism promotion campaign, e.g. An Giang's Vietnam–Cambodia "Hai quốc gia, một điểm đến". */
@ObjectType()
@Entity()
export class PromotionCampaign extends TourismRecord {
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  @Text(300, { nullable: true, description: "Slogan or theme, e.g. 'Hai quốc gia, một điểm đến'." })
  theme!: string | null;

  @DateOnly({ index: true, countedPerYear: true })
  startsOn!: string | null;

  @DateOnly()
  endsOn!: string | null;

  @Reference({ length: 2 })
  countryCode!: string | null;

  @StringList({ description: "Where it runs, e.g. 'Đài Phát thanh - Truyền hình', 'Cổng thông tin điện tử', 'hội chợ du lịch'." })
  channels: string[] = [];

  @LongText()
  description!: string | null;

  @Field(() => TourismCountry, { nullable: true, description: "The target market abroad; none for a domestic campaign." })
  get country() {
    return countryRef(this.countryCode);
  }
}

@InputType()
export class PromotionCampaignInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @TextInput(300, { optional: true })
  theme?: string | null;

  @DateInput()
  startsOn?: string | null;

  @DateInput({ notBefore: "startsOn" })
  endsOn?: string | null;

  @CountryInput({ description: "ISO 3166-1 alpha-2 of the target market." })
  countryCode?: string | null;

  @StringListInput({
    description: "[] clears the list.",
    max: 30,
    itemMax: 200,
    itemMessage: "each channel must be one name, without commas",
  })
  channels?: string[];

  @TextInput(10000, { optional: true })
  description?: string | null;
}
