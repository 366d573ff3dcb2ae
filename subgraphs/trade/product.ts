import { Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { LongText, StringListInput, Text, TextInput } from "../../shared/records/fields";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records/records";
import { TradeCountry, TradeRecord } from "./references";

/** A key export product the province promotes abroad (e.g. An Giang's rice and mango). */
@ObjectType()
@Entity()
export class Product extends TradeRecord {
  @Text(200, { searchable: true })
  name!: string;

  @Text(120, { nullable: true, description: "e.g. 'Nông sản', 'Thủy sản'." })
  category!: string | null;

  @LongText()
  description!: string | null;

  @Column({ type: "simple-array" })
  exportMarketCodes: string[] = [];

  @Field(() => [TradeCountry], { description: "Countries it is exported to or promoted in." })
  get exportMarkets() {
    return (this.exportMarketCodes ?? []).map((code) => ({ code }));
  }
}

@InputType()
export class ProductInput extends DepartmentRecordInput {
  @TextInput(200)
  name!: string;

  @TextInput(120, { optional: true })
  category?: string | null;

  @TextInput(10000, { optional: true })
  description?: string | null;

  @StringListInput({
    description: "ISO 3166-1 alpha-2 codes.",
    item: COUNTRY_CODE,
    itemMessage: "each market must be an ISO 3166-1 alpha-2 code",
    max: 100,
  })
  exportMarketCodes?: string[];
}
