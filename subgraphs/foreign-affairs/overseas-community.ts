import { Field, InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { CountryInput, Integer, IntegerInput, LongText, Reference, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { Country, countryFor } from "./country";
import { ForeignAffairsRecord } from "./references";

/** A community of Vietnamese living abroad the department keeps informed, e.g. in Cambodia. */
@ObjectType()
@Entity()
export class OverseasCommunity extends ForeignAffairsRecord {
  @Text(300, { description: "As written, e.g. 'Tổng hội Việt kiều ở Campuchia'.", searchable: true })
  name!: string;

  @Reference({ length: 2, nullable: false })
  countryCode!: string;

  @Integer({ description: "Estimated number of people." })
  estimatedSize!: number | null;

  @Text(300, { nullable: true, description: "The organisation the department stays in touch through." })
  contactOrganisation!: string | null;

  @LongText()
  notes!: string | null;

  @Field(() => Country, { nullable: true })
  get country() {
    return countryFor(this.countryCode);
  }
}

@InputType()
export class OverseasCommunityInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @CountryInput({ optional: false })
  countryCode!: string;

  @IntegerInput()
  estimatedSize?: number | null;

  @TextInput(300, { optional: true })
  contactOrganisation?: string | null;

  @TextInput(10000, { optional: true })
  notes?: string | null;
}
