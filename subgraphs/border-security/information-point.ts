import { Ctx, FieldResolver, InputType, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { Entity } from "typeorm";
import type { HubContext } from "../../shared/records/context";
import {
  DateInput,
  DateOnly,
  EnumInput,
  EnumOf,
  LongText,
  Reference,
  ReferenceInput,
  StringList,
  StringListInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { referenced } from "../../shared/records/loaders";
import { DepartmentRecordInput } from "../../shared/records/records";
import { LANGUAGE_CODE } from "../../shared/records/validation";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { BorderSecurityRecord } from "./references";

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
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  @EnumOf(InformationPointKind)
  kind!: InformationPointKind;

  @EnumOf(InformationPointStatus, { index: true })
  status!: InformationPointStatus;

  @Reference()
  borderGateId!: string | null;

  @Reference()
  borderCommuneId!: string | null;

  @DateOnly({ index: true, description: "When it went into service; null while not yet installed.", countedPerYear: true })
  installedOn!: string | null;

  @StringList({ description: "Languages of its content, ISO 639 codes (vi, km, en, jra…)." })
  languages: string[] = [];

  @LongText()
  description!: string | null;
}

@Resolver(() => InformationPoint)
export class InformationPointFields {
  @FieldResolver(() => BorderGate, { nullable: true, description: "The gate it stands at." })
  borderGate(@Root() point: InformationPoint, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderGate, point.borderGateId);
  }

  @FieldResolver(() => BorderCommune, { nullable: true, description: "The border commune it stands in." })
  borderCommune(@Root() point: InformationPoint, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderCommune, point.borderCommuneId);
  }
}

@InputType()
export class InformationPointInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @EnumInput(InformationPointKind)
  kind!: InformationPointKind;

  @EnumInput(InformationPointStatus)
  status!: InformationPointStatus;

  @ReferenceInput()
  borderGateId?: string | null;

  @ReferenceInput()
  borderCommuneId?: string | null;

  @DateInput()
  installedOn?: string | null;

  @StringListInput({
    description: "ISO 639 codes, e.g. vi, km, en, jra.",
    item: LANGUAGE_CODE,
    itemMessage: "each language must be an ISO 639 code such as vi or km",
    max: 20,
  })
  languages?: string[];

  @TextInput(10000, { optional: true })
  description?: string | null;
}
