import { IsIn, IsOptional } from "class-validator";
import { Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from "type-graphql";
import { Entity } from "typeorm";
import { Classification, CLASSIFICATIONS } from "../../shared/core/domain";
import type { HubContext } from "../../shared/records/context";
import { DateInput, DateOnly, LongText, Reference, ReferenceInput, Text, TextInput } from "../../shared/records/fields";
import { referenced } from "../../shared/records/loaders";
import { DepartmentRecordInput } from "../../shared/records/records";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { BorderSecurityRecord } from "./references";

/** An incident on the border. Classified: SECRET unless the writer says otherwise. */
@ObjectType()
@Entity()
export class BorderIncident extends BorderSecurityRecord {
  // Every new instance (every create path goes through the constructor) starts SECRET, so an omitted classification never falls back to INTERNAL.
  override classification: Classification = Classification.SECRET;

  @Text(300, { searchable: true })
  title!: string;

  @DateOnly({ index: true })
  occurredOn!: string | null;

  @Reference()
  borderGateId!: string | null;

  @Reference()
  borderCommuneId!: string | null;

  @LongText()
  description!: string | null;

  @LongText()
  actionTaken!: string | null;
}

@Resolver(() => BorderIncident)
export class BorderIncidentFields {
  @FieldResolver(() => BorderGate, { nullable: true })
  borderGate(@Root() incident: BorderIncident, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderGate, incident.borderGateId);
  }

  @FieldResolver(() => BorderCommune, { nullable: true })
  borderCommune(@Root() incident: BorderIncident, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderCommune, incident.borderCommuneId);
  }
}

@InputType()
export class BorderIncidentInput extends DepartmentRecordInput {
  // Redeclared only to document the different default; no GraphQL default, so an update that omits it keeps the stored value.
  @Field(() => Classification, { nullable: true, description: "Defaults to SECRET." })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  override classification?: Classification;

  @TextInput(300)
  title!: string;

  @DateInput()
  occurredOn?: string | null;

  @ReferenceInput()
  borderGateId?: string | null;

  @ReferenceInput()
  borderCommuneId?: string | null;

  @TextInput(10000, { optional: true })
  description?: string | null;

  @TextInput(10000, { optional: true })
  actionTaken?: string | null;
}
