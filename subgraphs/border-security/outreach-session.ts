import { IsInt, IsOptional, Length, Matches, MaxLength, Min } from "class-validator";
import { Ctx, Field, FieldResolver, InputType, Int, ObjectType, Resolver, Root } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import type { HubContext } from "../../shared/context";
import { DateScalar } from "../../shared/domain";
import { byId } from "../../shared/loaders";
import { DepartmentRecordInput } from "../../shared/records";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { LANGUAGE_CODE } from "./information-point";
import { BorderSecurityRecord } from "./references";

/** A briefing for border residents, officials or village elders. */
@ObjectType()
@Entity()
export class OutreachSession extends BorderSecurityRecord {
  @Field({ description: "What was explained, as written." })
  @Column({ type: "varchar", length: 500 })
  topic!: string;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  heldOn!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  attendees!: number | null;

  @Field(() => String, { nullable: true, description: "Main language it was held in, ISO 639 code (vi, km, jra…)." })
  @Column({ type: "varchar", length: 3, nullable: true })
  language!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderCommuneId!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderGateId!: string | null;

  @Field(() => String, { nullable: true, description: "Where it was held, as written." })
  @Column({ type: "varchar", length: 300, nullable: true })
  location!: string | null;
}

@Resolver(() => OutreachSession)
export class OutreachSessionFields {
  @FieldResolver(() => BorderGate, { nullable: true })
  borderGate(@Root() session: OutreachSession, @Ctx() ctx: HubContext) {
    return session.borderGateId ? byId(ctx, BorderGate).load(session.borderGateId) : null;
  }

  @FieldResolver(() => BorderCommune, { nullable: true })
  borderCommune(@Root() session: OutreachSession, @Ctx() ctx: HubContext) {
    return session.borderCommuneId ? byId(ctx, BorderCommune).load(session.borderCommuneId) : null;
  }
}

@InputType()
export class OutreachSessionInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 500)
  topic!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  heldOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  attendees?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 639 code, e.g. vi." })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: "must be an ISO 639 code such as vi or km" })
  language?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderCommuneId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderGateId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string | null;
}
