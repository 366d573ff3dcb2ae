import { Directive, Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { countryRef } from "../../shared/federation/references";
import { CountryInput, DateInput, DateOnly, EnumInput, EnumOf, LongText, Reference, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { BorderSecurityCountry, BorderSecurityRecord } from "./references";

export enum BorderGateKind {
  INTERNATIONAL = "INTERNATIONAL",
  NATIONAL = "NATIONAL",
  AUXILIARY = "AUXILIARY",
}
registerEnumType(BorderGateKind, { name: "BorderGateKind", description: "Cửa khẩu quốc tế, quốc gia, phụ." });

/**
 * A border gate (cửa khẩu). Owned here: other departments hang their records
 * on it by id (e.g. trade events in its economic zone).
 */
@Directive(`@key(fields: "id")`)
@ObjectType("BorderGate")
@Entity()
export class BorderGate extends BorderSecurityRecord {
  @Text(200, { description: "As written, in Vietnamese, e.g. 'Lệ Thanh'.", searchable: true })
  name!: string;

  @EnumOf(BorderGateKind, { index: true })
  kind!: BorderGateKind;

  @Reference({ length: 2, nullable: false })
  countryCode!: string;

  @Text(200, { nullable: true, description: "The gate's name on the other side, e.g. 'O Yadav'." })
  oppositeGate!: string | null;

  @Text(120, { nullable: true, description: "District (huyện, thị xã) it lies in." })
  district!: string | null;

  @DateOnly()
  openedOn!: string | null;

  @LongText()
  description!: string | null;

  @Field(() => BorderSecurityCountry, { description: "The neighbouring country." })
  get country() {
    return countryRef(this.countryCode)!;
  }
}

@InputType()
export class BorderGateInput extends DepartmentRecordInput {
  @TextInput(200)
  name!: string;

  @EnumInput(BorderGateKind)
  kind!: BorderGateKind;

  @CountryInput({ optional: false, description: "The neighbouring country, ISO 3166-1 alpha-2." })
  countryCode!: string;

  @TextInput(200, { optional: true })
  oppositeGate?: string | null;

  @TextInput(120, { optional: true })
  district?: string | null;

  @DateInput()
  openedOn?: string | null;

  @TextInput(10000, { optional: true })
  description?: string | null;
}
