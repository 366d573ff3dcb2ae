import { IsEnum, IsNumber, IsOptional, Length, Matches, MaxLength, Min } from "class-validator";
import { Field, Float, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { countryRef, idRef } from "../../shared/references";
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
  @Field()
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field({ description: "e.g. 'Logistics', 'Chế biến nông sản'." })
  @Column({ type: "varchar", length: 120 })
  sector!: string;

  @Field(() => InvestmentProjectStatus)
  @Column({ type: "varchar", length: 32 })
  status!: InvestmentProjectStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  investor!: string | null;

  @Field(() => Float, { nullable: true, description: "Registered or expected capital, million USD." })
  @Column({ type: "double precision", nullable: true })
  capitalMillionUsd!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  location!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it was called for or licensed." })
  @Index()
  @Column({ type: "date", nullable: true })
  registeredOn!: string | null;

  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  investorCountryCode!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
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
  @Field()
  @Length(1, 300)
  name!: string;

  @Field()
  @Length(1, 120)
  sector!: string;

  @Field(() => InvestmentProjectStatus)
  @IsEnum(InvestmentProjectStatus)
  status!: InvestmentProjectStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  investor?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  capitalMillionUsd?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  registeredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KR" })
  investorCountryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderGateId?: string | null;
}
