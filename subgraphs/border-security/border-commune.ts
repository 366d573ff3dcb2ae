import { Field, InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { countryRef } from "../../shared/federation/references";
import { CountryInput, Decimal, DecimalInput, Integer, IntegerInput, Reference, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { BorderSecurityCountry, BorderSecurityRecord } from "./references";

/** A commune (xã) on the land border, e.g. Ia Dom in Đức Cơ district. */
@ObjectType()
@Entity()
export class BorderCommune extends BorderSecurityRecord {
  @Text(200, { description: "As written, in Vietnamese, e.g. 'Ia Dom'.", searchable: true })
  name!: string;

  @Text(120, { nullable: true, index: true, description: "District (huyện, thị xã) it belongs to." })
  district!: string | null;

  @Reference({ length: 2, nullable: false })
  countryCode!: string;

  @Integer()
  population!: number | null;

  @Decimal({ description: "Length of border it holds, km." })
  borderLengthKm!: number | null;

  @Field(() => BorderSecurityCountry, { description: "The country across the border." })
  get country() {
    return countryRef(this.countryCode)!;
  }
}

@InputType()
export class BorderCommuneInput extends DepartmentRecordInput {
  @TextInput(200)
  name!: string;

  @TextInput(120, { optional: true })
  district?: string | null;

  @CountryInput({ optional: false, description: "The country across the border, ISO 3166-1 alpha-2." })
  countryCode!: string;

  @IntegerInput()
  population?: number | null;

  @DecimalInput()
  borderLengthKm?: number | null;
}
