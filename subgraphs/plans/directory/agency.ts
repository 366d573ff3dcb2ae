import { IsBoolean, IsOptional, Matches, MaxLength } from "class-validator";
import { Directive, Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Classification } from "../../../shared/core/domain";
import { DateInput, DateOnly, Reference, ReferenceInput, Text, TextInput } from "../../../shared/records/fields";
import { PROVINCE_CODE, VersionedRecord } from "../../../shared/records/records";

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

  @Text(80, { description: "Directory code: STTTT, SNGV, BDBP, UBND-H:<district>, …" })
  code!: string;

  @Text(200, { description: "Usual Vietnamese spelling.", searchable: true })
  name!: string;

  @Text(200, { nullable: true })
  nameEn!: string | null;

  @DateOnly()
  validFrom!: string | null;

  @DateOnly()
  validUntil!: string | null;

  @Reference()
  successorId!: string | null;

  @Field({ description: "Whether the agency owes the periodic foreign-information reports." })
  @Column({ type: "boolean", default: true })
  reportsRequired!: boolean;

  // The directory of government agencies is public information.
  override classification = Classification.PUBLIC;
}

/**
 * Whether the agency existed on some day of the year: the 2025 reorganisation
 * ended some (the information department on 28/02/2025, the district
 * people's committees on 30/06/2025) and began others, which owe nothing —
 * no report, no focal point — for a year outside their life.
 */
export function existedInYear(agency: Pick<Agency, "validFrom" | "validUntil">, year: number): boolean {
  return (!agency.validFrom || agency.validFrom <= `${year}-12-31`) && (!agency.validUntil || agency.validUntil >= `${year}-01-01`);
}

@InputType()
export class AgencyInput {
  @Field()
  @Matches(PROVINCE_CODE, { message: "must be an ISO 3166-2:VN code such as VN-30", context: { kind: "province" } })
  provinceCode!: string;

  @Field()
  @Matches(/^[A-Z][A-Z0-9-]*(:.+)?$/, {
    message: "must be a directory code such as SNGV or UBND-H:Đức Cơ",
    context: { kind: "directoryCode" },
  })
  @MaxLength(80)
  code!: string;

  @TextInput(200)
  name!: string;

  @TextInput(200, { optional: true })
  nameEn?: string | null;

  @DateInput()
  validFrom?: string | null;

  @DateInput({ notBefore: "validFrom" })
  validUntil?: string | null;

  @ReferenceInput({ description: "The agency that takes over after a reorganisation." })
  successorId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  reportsRequired?: boolean;
}
