import { IsIn, IsOptional, IsString, Length, MaxLength } from "class-validator";
import { Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import type { HubContext } from "../../shared/context";
import { Classification, CLASSIFICATIONS, DateScalar } from "../../shared/domain";
import { byId } from "../../shared/loaders";
import { DepartmentRecordInput } from "../../shared/records";
import { BorderCommune } from "./border-commune";
import { BorderGate } from "./border-gate";
import { BorderSecurityRecord } from "./references";

/** An incident on the border. Classified: SECRET unless the writer says otherwise. */
@ObjectType()
@Entity()
export class BorderIncident extends BorderSecurityRecord {
  // Every new instance (every create path goes through the constructor) starts SECRET, so an omitted classification never falls back to INTERNAL.
  override classification: Classification = Classification.SECRET;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  occurredOn!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderGateId!: string | null;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderCommuneId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  actionTaken!: string | null;
}

@Resolver(() => BorderIncident)
export class BorderIncidentFields {
  @FieldResolver(() => BorderGate, { nullable: true })
  borderGate(@Root() incident: BorderIncident, @Ctx() ctx: HubContext) {
    return incident.borderGateId ? byId(ctx, BorderGate).load(incident.borderGateId) : null;
  }

  @FieldResolver(() => BorderCommune, { nullable: true })
  borderCommune(@Root() incident: BorderIncident, @Ctx() ctx: HubContext) {
    return incident.borderCommuneId ? byId(ctx, BorderCommune).load(incident.borderCommuneId) : null;
  }
}

@InputType()
export class BorderIncidentInput extends DepartmentRecordInput {
  // Redeclared only to document the different default; no GraphQL default, so an update that omits it keeps the stored value.
  @Field(() => Classification, { nullable: true, description: "Defaults to SECRET." })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  override classification?: Classification;

  @Field()
  @Length(1, 300)
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  occurredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderGateId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderCommuneId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  actionTaken?: string | null;
}
