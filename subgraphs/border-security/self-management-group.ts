import { Ctx, FieldResolver, InputType, ObjectType, Resolver, Root } from "type-graphql";
import { Entity } from "typeorm";
import type { HubContext } from "../../shared/records/context";
import {
  DateInput,
  DateOnly,
  Decimal,
  DecimalInput,
  Integer,
  IntegerInput,
  LongText,
  Reference,
  ReferenceInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { referenced } from "../../shared/records/loaders";
import { DepartmentRecordInput } from "../../shared/records/records";
import { BorderCommune } from "./border-commune";
import { BorderSecurityRecord } from "./references";

/** A residents' group that looks after a stretch of border line and its markers (tổ tự quản đường biên, cột mốc). */
@ObjectType()
@Entity()
export class SelfManagementGroup extends BorderSecurityRecord {
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  @Reference()
  borderCommuneId!: string | null;

  @Integer({ description: "Number of members." })
  members!: number | null;

  @LongText({ description: "Markers it looks after, as written, e.g. 'mốc 19–21'." })
  markers!: string | null;

  @Decimal({ description: "Length of border line it looks after, km." })
  lengthKm!: number | null;

  @DateOnly({ index: true })
  establishedOn!: string | null;
}

@Resolver(() => SelfManagementGroup)
export class SelfManagementGroupFields {
  @FieldResolver(() => BorderCommune, { nullable: true })
  borderCommune(@Root() group: SelfManagementGroup, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderCommune, group.borderCommuneId);
  }
}

@InputType()
export class SelfManagementGroupInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @ReferenceInput()
  borderCommuneId?: string | null;

  @IntegerInput()
  members?: number | null;

  @TextInput(2000, { optional: true })
  markers?: string | null;

  @DecimalInput()
  lengthKm?: number | null;

  @DateInput()
  establishedOn?: string | null;
}
