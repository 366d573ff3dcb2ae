import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { PROVINCE_CODE, VersionedRecord } from "../../shared/records";

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

  @Field({ description: "One line, as written." })
  @Column({ type: "varchar", length: 500 })
  title!: string;

  @Field(() => String, { nullable: true, description: "e.g. '21/KH-STTTT' when the document states it." })
  @Column({ type: "varchar", length: 80, nullable: true })
  documentNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Number of the approving decision, when one comes first." })
  @Column({ type: "varchar", length: 80, nullable: true })
  approvedByNumber!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  approvedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  signatoryName!: string | null;

  @Field(() => String, { nullable: true, description: "e.g. 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'." })
  @Column({ type: "varchar", length: 200, nullable: true })
  signatoryTitle!: string | null;

  @Field(() => [String])
  @Column({ type: "simple-json" })
  objectives: string[] = [];

  @Field(() => [String])
  @Column({ type: "simple-json" })
  requirements: string[] = [];

  @Field(() => String, { nullable: true, description: "Funding, as written (Kinh phí)." })
  @Column({ type: "text", nullable: true })
  budget!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Deadline for agencies to name their focal points." })
  @Column({ type: "date", nullable: true })
  focalPointsDueOn!: string | null;

  @Field(() => String, { nullable: true, description: "That deadline as written." })
  @Column({ type: "varchar", length: 200, nullable: true })
  focalPointsDueText!: string | null;

  @Field(() => [String], { description: "What could not be read cleanly when the plan was imported." })
  @Column({ type: "simple-json" })
  importWarnings: string[] = [];
}

@InputType()
export class PlanInput {
  @Field()
  @Matches(PROVINCE_CODE, { message: "must be an ISO 3166-2:VN code such as VN-30" })
  provinceCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field()
  @Length(1, 500)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  budget?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
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

  @Field({ description: "Kết luận, Nghị định, Chỉ thị, Quyết định, Thông tư, Công văn, …" })
  @Column({ type: "varchar", length: 80 })
  kind!: string;

  @Field(() => String, { nullable: true, description: "e.g. '72/2015/NĐ-CP'." })
  @Column({ type: "varchar", length: 80, nullable: true })
  number!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  issuer!: string | null;

  @Field({ description: "The reference as written." })
  @Column({ type: "text" })
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

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  agencyId!: string | null;

  @Field({ description: "The agency as the document names it." })
  @Column({ type: "varchar", length: 300 })
  agencyName!: string;

  @Field(() => [String])
  @Column({ type: "simple-json" })
  duties: string[] = [];
}
