import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from "class-validator";
import { Ctx, Field, FieldResolver, InputType, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import type { HubContext } from "../../shared/context";
import { DateScalar } from "../../shared/domain";
import { byId } from "../../shared/loaders";
import { DepartmentRecordInput } from "../../shared/records";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { BorderSecurityRecord } from "./references";

/** ISO 639-1 or 639-3 language code, e.g. vi, km, en, jra (Jrai). */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export enum InformationPointKind {
  PANEL_CLUSTER = "PANEL_CLUSTER",
  INFORMATION_POINT = "INFORMATION_POINT",
  SCREEN = "SCREEN",
  LOUDSPEAKER = "LOUDSPEAKER",
}
registerEnumType(InformationPointKind, { name: "InformationPointKind", description: "Cụm pa nô, điểm thông tin, màn hình, loa." });

export enum InformationPointStatus {
  PLANNED = "PLANNED",
  UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION",
  OPERATING = "OPERATING",
  OUT_OF_SERVICE = "OUT_OF_SERVICE",
}
registerEnumType(InformationPointStatus, { name: "InformationPointStatus" });

/** A panel cluster or foreign-information point in a border commune or at a gate. */
@ObjectType()
@Entity()
export class InformationPoint extends BorderSecurityRecord {
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => InformationPointKind)
  @Column({ type: "varchar", length: 32 })
  kind!: InformationPointKind;

  @Field(() => InformationPointStatus)
  @Index()
  @Column({ type: "varchar", length: 32 })
  status!: InformationPointStatus;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderGateId!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderCommuneId!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it went into service; null while not yet installed." })
  @Index()
  @Column({ type: "date", nullable: true })
  installedOn!: string | null;

  @Field(() => [String], { description: "Languages of its content, ISO 639 codes (vi, km, en, jra…)." })
  @Column({ type: "simple-array" })
  languages: string[] = [];

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;
}

@Resolver(() => InformationPoint)
export class InformationPointFields {
  @FieldResolver(() => BorderGate, { nullable: true, description: "The gate it stands at." })
  borderGate(@Root() point: InformationPoint, @Ctx() ctx: HubContext) {
    return point.borderGateId ? byId(ctx, BorderGate).load(point.borderGateId) : null;
  }

  @FieldResolver(() => BorderCommune, { nullable: true, description: "The border commune it stands in." })
  borderCommune(@Root() point: InformationPoint, @Ctx() ctx: HubContext) {
    return point.borderCommuneId ? byId(ctx, BorderCommune).load(point.borderCommuneId) : null;
  }
}

@InputType()
export class InformationPointInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => InformationPointKind)
  @IsEnum(InformationPointKind)
  kind!: InformationPointKind;

  @Field(() => InformationPointStatus)
  @IsEnum(InformationPointStatus)
  status!: InformationPointStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderGateId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderCommuneId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  installedOn?: string | null;

  @Field(() => [String], { nullable: true, description: "ISO 639 codes, e.g. vi, km, en, jra." })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE, { each: true, message: "each language must be an ISO 639 code such as vi or km" })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;
}
