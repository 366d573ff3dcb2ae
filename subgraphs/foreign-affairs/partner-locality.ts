import { Field, InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { CountryInput, DateInput, DateOnly, LongText, Reference, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { Country, countryFor } from "./country";
import { ForeignAffairsRecord } from "./references";

/** A foreign locality the province cooperates with, e.g. Kandal and Takeo for An Giang. */
@ObjectType()
@Entity()
export class PartnerLocality extends ForeignAffairsRecord {
  @Text(200, { description: "As the province writes it, e.g. 'Kandal', 'Takeo'.", searchable: true })
  name!: string;

  @Text(200, { nullable: true, description: "In the partner's own language and script.", searchable: true })
  localName!: string | null;

  @Reference({ length: 2, nullable: false })
  countryCode!: string;

  @Text(60, { nullable: true, description: "e.g. 'tỉnh', 'thành phố'." })
  kind!: string | null;

  @DateOnly()
  cooperationSince!: string | null;

  @LongText({ description: "The cooperation agreement or memorandum, as written." })
  agreement!: string | null;

  @Field(() => Country, { nullable: true })
  get country() {
    return countryFor(this.countryCode);
  }
}

@InputType()
export class PartnerLocalityInput extends DepartmentRecordInput {
  @TextInput(200)
  name!: string;

  @TextInput(200, { optional: true })
  localName?: string | null;

  @CountryInput({ optional: false })
  countryCode!: string;

  @TextInput(60, { optional: true })
  kind?: string | null;

  @DateInput()
  cooperationSince?: string | null;

  @TextInput(10000, { optional: true })
  agreement?: string | null;
}
