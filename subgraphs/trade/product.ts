import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { TradeCountry, TradeRecord } from "./references";

/** A key export product the province promotes abroad (e.g. An Giang's rice and mango). */
@ObjectType()
@Entity()
export class Product extends TradeRecord {
  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "e.g. 'Nông sản', 'Thủy sản'." })
  @Column({ type: "varchar", length: 120, nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
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
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  category?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-1 alpha-2 codes." })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(COUNTRY_CODE, { each: true, message: "each market must be an ISO 3166-1 alpha-2 code" })
  exportMarketCodes?: string[];
}
