import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { countryRef, idRef } from "../../shared/federation/references";
import {
  CountryInput,
  DateInput,
  DateOnly,
  Decimal,
  DecimalInput,
  EnumInput,
  EnumOf,
  Reference,
  ReferenceInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { TradeBorderGate, TradeCountry, TradeRecord } from "./references";

export enum InvestmentProjectStatus {
  CALLING_FOR_INVESTMENT = "CALLING_FOR_INVESTMENT",
  LICENSED = "LICENSED",
  UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION",
  OPERATING = "OPERATING",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(InvestmentProjectStatus, { name: "InvestmentProjectStatus" });

/** A project the province calls investment for, or one licensed, e.g. in a border-gate economic zone. */
@ObjectType()
@Entity()
export class InvestmentProject extends TradeRecord {
  @Text(300, { searchable: true })
  name!: string;

  @Text(120, { description: "e.g. 'Logistics', 'Chế biến nông sản'." })
  sector!: string;

  @EnumOf(InvestmentProjectStatus)
  status!: InvestmentProjectStatus;

  @Text(300, { nullable: true })
  investor!: string | null;

  @Decimal({ description: "Registered or expected capital, million USD." })
  capitalMillionUsd!: number | null;

  @Text(300, { nullable: true })
  location!: string | null;

  @DateOnly({ index: true, description: "When it was called for or licensed.", countedPerYear: true })
  registeredOn!: string | null;

  @Reference({ length: 2 })
  investorCountryCode!: string | null;

  @Reference()
  borderGateId!: string | null;

  @Field(() => TradeCountry, { nullable: true })
  get investorCountry() {
    return countryRef(this.investorCountryCode);
  }

  @Field(() => TradeBorderGate, { nullable: true })
  get borderGate() {
    return idRef(this.borderGateId);
  }
}

@InputType()
export class InvestmentProjectInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @TextInput(120)
  sector!: string;

  @EnumInput(InvestmentProjectStatus)
  status!: InvestmentProjectStatus;

  @TextInput(300, { optional: true })
  investor?: string | null;

  @DecimalInput()
  capitalMillionUsd?: number | null;

  @TextInput(300, { optional: true })
  location?: string | null;

  @DateInput()
  registeredOn?: string | null;

  @CountryInput()
  investorCountryCode?: string | null;

  @ReferenceInput({ description: "The border gate whose economic zone hosts it." })
  borderGateId?: string | null;
}
