import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, type ClassType } from "type-graphql";
import { Column, CreateDateColumn, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Classification, CLASSIFICATIONS, DateTimeScalar } from "../core/domain";
import { idRef, provinceRef } from "../federation/references";
import { Text, TextInput } from "./fields";
import { SentWith } from "./validation";

/** Columns and fields every record of the hub carries: identity, classification, timestamps, optimistic version. */
@ObjectType() // never reachable itself; children inherit its fields
export abstract class VersionedRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 120 })
  id!: string;

  @Field(() => Classification)
  @Column({ type: "varchar", length: 16, default: Classification.INTERNAL })
  classification!: Classification;

  @Field(() => DateTimeScalar)
  @CreateDateColumn()
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn()
  updatedAt!: Date;

  @Field(() => Int, { description: "Send it back with an update; a stale one is refused with CONFLICT." })
  @VersionColumn()
  version!: number;

  /** The searchable fields folded for Vietnamese search (`shared/core/search.ts`); not exposed. */
  @Column({ type: "varchar", length: 1000, nullable: true })
  searchKey!: string | null;
}

export interface DepartmentReferenceTypes {
  Province: ClassType;
  Task: ClassType;
  Agency: ClassType;
}

/**
 * The base of a department's records: the province it belongs to, the plan task
 * it carries out and the agencies involved, as references the plans subgraph
 * resolves, plus whether it is demo data.
 */
export function departmentRecord(types: DepartmentReferenceTypes) {
  @ObjectType()
  abstract class DepartmentRecord extends VersionedRecord {
    @Index()
    @Column({ type: "varchar", length: 16 })
    provinceCode!: string;

    @Index()
    @Column({ type: "varchar", length: 120, nullable: true })
    taskId: string | null = null;

    @Column({ type: "simple-array" })
    agencyIds: string[] = [];

    @Field({ description: "True for the hub's demonstration records." })
    @Column({ type: "boolean", default: false })
    isDemo!: boolean;

    @Text(60, {
      nullable: true,
      description:
        "A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN.",
    })
    secretRegistrationNumber!: string | null;

    @Text(200, { nullable: true, description: "The agency holding that secret document." })
    secretHolder!: string | null;

    @Field(() => types.Province)
    get province() {
      return provinceRef(this.provinceCode);
    }

    @Field(() => types.Task, { nullable: true, description: "The plan task this record carries out." })
    get task() {
      return idRef(this.taskId);
    }

    @Field(() => [types.Agency], { description: "The agencies involved." })
    get agencies() {
      return (this.agencyIds ?? []).map((id) => ({ id }));
    }
  }
  return DepartmentRecord;
}

export const PROVINCE_CODE = /^VN-\d{2}$/;
export { COUNTRY_CODE } from "../core/countries";

/** Input fields shared by every department record. */
@InputType()
export abstract class DepartmentRecordInput {
  @Field({ description: "ISO 3166-2:VN, e.g. VN-30." })
  @Matches(PROVINCE_CODE, { message: "must be an ISO 3166-2:VN code such as VN-30", context: { kind: "province" } })
  provinceCode!: string;

  @Field(() => ID, { nullable: true, description: "The plan task this record carries out." })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  taskId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Agency ids from the plans directory; [] clears them (null is refused)." })
  @ValidateIf((input: { agencyIds?: unknown }) => input.agencyIds !== undefined)
  @IsArray({ message: "must be a list; send [] to clear it" })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  agencyIds?: string[];

  @Field(() => Classification, { nullable: true, description: "Defaults to INTERNAL." })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;

  @TextInput(60, { optional: true, description: "A state-secret document cited by its registration number (never its content)." })
  @SentWith("secretHolder", { message: "must be sent with secretHolder, the agency holding the secret document" })
  secretRegistrationNumber?: string | null;

  @TextInput(200, { optional: true, description: "The agency holding the cited secret document." })
  @SentWith("secretRegistrationNumber", { message: "must be sent with secretRegistrationNumber, the document's number in its register" })
  secretHolder?: string | null;
}
