import { Field, InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { idRef } from "../../shared/federation/references";
import {
  CountryInput,
  DateInput,
  DateOnly,
  Integer,
  IntegerInput,
  LongText,
  Reference,
  ReferenceInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { Country, countryFor } from "./country";
import { ForeignAffairsBorderGate, ForeignAffairsRecord } from "./references";

/** Foreign reporters working in the province, hosted and guided by the department. */
@ObjectType()
@Entity()
export class ForeignPressVisit extends ForeignAffairsRecord {
  @Text(300, { description: "The news organisation, as written, e.g. 'Đài Truyền hình Quốc gia Campuchia (TVK)'.", searchable: true })
  outlet!: string;

  @Integer()
  reporterCount!: number | null;

  @LongText({ description: "What they came to cover." })
  purpose!: string | null;

  @Reference({ length: 2, nullable: false })
  countryCode!: string;

  @DateOnly({ index: true, countedPerYear: true })
  arrivesOn!: string | null;

  @DateOnly()
  departsOn!: string | null;

  @Reference()
  borderGateId!: string | null;

  @Text(300, { nullable: true, description: "Who hosts them in the province, as written." })
  hostAgency!: string | null;

  @Field(() => Country, { nullable: true, description: "Where the outlet comes from." })
  get country() {
    return countryFor(this.countryCode);
  }

  @Field(() => ForeignAffairsBorderGate, { nullable: true, description: "The gate the reporters entered through, if any." })
  get borderGate() {
    return idRef(this.borderGateId);
  }
}

@InputType()
export class ForeignPressVisitInput extends DepartmentRecordInput {
  @TextInput(300)
  outlet!: string;

  @IntegerInput({ min: 1 })
  reporterCount?: number | null;

  @TextInput(10000, { optional: true })
  purpose?: string | null;

  @CountryInput({ optional: false })
  countryCode!: string;

  @DateInput()
  arrivesOn?: string | null;

  @DateInput({ notBefore: "arrivesOn" })
  departsOn?: string | null;

  @ReferenceInput({ description: "Border gate id, e.g. VN-44-tinh-bien." })
  borderGateId?: string | null;

  @TextInput(300, { optional: true })
  hostAgency?: string | null;
}
