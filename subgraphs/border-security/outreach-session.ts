import { IsOptional, Matches, MaxLength } from "class-validator";
import { Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from "type-graphql";
import { Entity } from "typeorm";
import type { HubContext } from "../../shared/records/context";
import { DateInput, DateOnly, Integer, IntegerInput, Reference, ReferenceInput, Text, TextInput } from "../../shared/records/fields";
import { referenced } from "../../shared/records/loaders";
import { DepartmentRecordInput } from "../../shared/records/records";
import { LANGUAGE_CODE } from "../../shared/records/validation";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { BorderSecurityRecord } from "./references";

/** A briefing for border residents, officials or village elders. */
@ObjectType()
@Entity()
export class OutreachSession extends BorderSecurityRecord {
  @Text(500, { description: "What was explained, as written.", searchable: true })
  topic!: string;

  @DateOnly({ index: true, countedPerYear: true })
  heldOn!: string | null;

  @Integer()
  attendees!: number | null;

  @Text(3, { nullable: true, description: "Main language it was held in, ISO 639 code (vi, km, jra…)." })
  language!: string | null;

  @Reference()
  borderCommuneId!: string | null;

  @Reference()
  borderGateId!: string | null;

  @Text(300, { nullable: true, description: "Where it was held, as written." })
  location!: string | null;
}

@Resolver(() => OutreachSession)
export class OutreachSessionFields {
  @FieldResolver(() => BorderGate, { nullable: true })
  borderGate(@Root() session: OutreachSession, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderGate, session.borderGateId);
  }

  @FieldResolver(() => BorderCommune, { nullable: true })
  borderCommune(@Root() session: OutreachSession, @Ctx() ctx: HubContext) {
    return referenced(ctx, BorderCommune, session.borderCommuneId);
  }
}

@InputType()
export class OutreachSessionInput extends DepartmentRecordInput {
  @TextInput(500)
  topic!: string;

  @DateInput()
  heldOn?: string | null;

  @IntegerInput()
  attendees?: number | null;

  // No composite decorator for one language code; MaxLength keeps subtagged codes (zh-Hans) out of the varchar(3) column.
  @Field(() => String, { nullable: true, description: "ISO 639 code, e.g. vi." })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: "must be an ISO 639 code such as vi or km", context: { kind: "language" } })
  @MaxLength(3)
  language?: string | null;

  @ReferenceInput()
  borderCommuneId?: string | null;

  @ReferenceInput()
  borderGateId?: string | null;

  @TextInput(300, { optional: true })
  location?: string | null;
}
