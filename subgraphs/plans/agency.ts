import { IsBoolean, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Directive, Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { PROVINCE_CODE, VersionedRecord } from "../../shared/records";

/**
 * An agency of a province's directory. Agencies are merged and renamed over the
 * years: the directory keeps each one's validity and successor, so old plans
 * still resolve and current views roll up to the successor.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
@Entity()
@Index(["provinceCode", "code"], { unique: true })
export class Agency extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Field({ description: "Directory code: STTTT, SNGV, BDBP, UBND-H:<district>, …" })
  @Column({ type: "varchar", length: 80 })
  code!: string;

  @Field({ description: "Usual Vietnamese spelling." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  nameEn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  validUntil!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  successorId!: string | null;

  @Field({ description: "Whether the agency owes the periodic foreign-information reports." })
  @Column({ type: "boolean", default: true })
  reportsRequired!: boolean;
}

@InputType()
export class AgencyInput {
  @Field()
  @Matches(PROVINCE_CODE, { message: "must be an ISO 3166-2:VN code such as VN-30" })
  provinceCode!: string;

  @Field()
  @Matches(/^[A-Z][A-Z0-9-]*(:.+)?$/, { message: "must be a directory code such as SNGV or UBND-H:Đức Cơ" })
  @MaxLength(80)
  code!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  nameEn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  successorId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  reportsRequired?: boolean;
}
