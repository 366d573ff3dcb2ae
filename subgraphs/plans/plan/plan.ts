import { IsInt, Matches, Max, Min } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateInput, DateOnly, LongText, Reference, Text, TextInput } from "../../../shared/records/fields";
import { PROVINCE_CODE, VersionedRecord } from "../../../shared/records/records";

/** A province's yearly plan for foreign-information work. */
@ObjectType()
@Entity()
@Index(["provinceCode", "year"])
export class Plan extends VersionedRecord {
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  year!: number;

  @Text(500, { description: "One line, as written.", searchable: true })
  title!: string;

  @Text(80, { nullable: true, description: "e.g. '21/KH-STTTT' when the document states it." })
  documentNumber!: string | null;

  @DateOnly({ description: "The plan's own date, from its header ('Quảng Ninh, ngày 15 tháng 01 năm 2020')." })
  issuedOn!: string | null;

  @Text(80, { nullable: true, description: "Number of the approving decision, when one comes first." })
  approvedByNumber!: string | null;

  @DateOnly()
  approvedOn!: string | null;

  @Text(200, { nullable: true, description: "Who signed the approving decision, kept apart from the plan's own signatory." })
  approvalSignatoryName!: string | null;

  @Text(200, { nullable: true, description: "e.g. 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'." })
  approvalSignatoryTitle!: string | null;

  @Text(200, { nullable: true })
  signatoryName!: string | null;

  @Text(200, { nullable: true, description: "e.g. 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'." })
  signatoryTitle!: string | null;

  @Field(() => [String])
  @Column({ type: "simple-json" })
  objectives: string[] = [];

  @Field(() => [String])
  @Column({ type: "simple-json" })
  requirements: string[] = [];

  @LongText({ description: "Funding, as written (Kinh phí)." })
  budget!: string | null;

  @DateOnly({ description: "Deadline for agencies to name their focal points." })
  focalPointsDueOn!: string | null;

  @Text(200, { nullable: true, description: "That deadline as written." })
  focalPointsDueText!: string | null;

  @Field(() => [String], { description: "What could not be read cleanly when the plan was imported." })
  @Column({ type: "simple-json" })
  importWarnings: string[] = [];
}

@InputType()
export class PlanInput {
  @Field()
  @Matches(PROVINCE_CODE, { message: "must be an ISO 3166-2:VN code such as VN-30", context: { kind: "province" } })
  provinceCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @TextInput(500)
  title!: string;

  @TextInput(80, { optional: true })
  documentNumber?: string | null;

  @TextInput(10000, { optional: true })
  budget?: string | null;

  @DateInput()
  focalPointsDueOn?: string | null;
}

/** A legal basis (Căn cứ …) the plan cites. */
@ObjectType()
@Entity()
export class LegalBasis {
  @Column({ type: "varchar", length: 160, primary: true })
  id!: string;

  @Index()
  @Column({ type: "varchar", length: 120 })
  planId!: string;

  @Column({ type: "integer" })
  position!: number;

  @Text(80, { description: "Kết luận, Nghị định, Chỉ thị, Quyết định, Thông tư, Công văn, …" })
  kind!: string;

  @Text(80, { nullable: true, description: "e.g. '72/2015/NĐ-CP'." })
  number!: string | null;

  @DateOnly()
  issuedOn!: string | null;

  @Text(200, { nullable: true })
  issuer!: string | null;

  @LongText({ nullable: false, description: "The reference as written." })
  text!: string;
}

/** Who must do what, per agency (Tổ chức thực hiện). */
@ObjectType()
@Entity()
export class Assignment {
  @Column({ type: "varchar", length: 160, primary: true })
  id!: string;

  @Index()
  @Column({ type: "varchar", length: 120 })
  planId!: string;

  @Column({ type: "integer" })
  position!: number;

  @Reference()
  agencyId!: string | null;

  @Text(300, { description: "The agency as the document names it." })
  agencyName!: string;

  @Text(300, { nullable: true, description: "What the heading adds about it, e.g. 'cơ quan thường trực'." })
  role!: string | null;

  @Field(() => [String])
  @Column({ type: "simple-json" })
  duties: string[] = [];
}
