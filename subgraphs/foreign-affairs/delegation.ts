import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from "class-validator";
import { Ctx, Field, FieldResolver, InputType, Int, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import type { HubContext } from "../../shared/context";
import { DateScalar } from "../../shared/domain";
import { byId, manyBy } from "../../shared/loaders";
import { COUNTRY_CODE, DepartmentRecordInput } from "../../shared/records";
import { Country, countryFor, IsKnownCountry } from "./country";
import { PartnerLocality } from "./partner-locality";
import { ForeignAffairsRecord } from "./references";

export enum DelegationDirection {
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
}
registerEnumType(DelegationDirection, {
  name: "DelegationDirection",
  description: "INCOMING: a foreign delegation visits the province. OUTGOING: the province's delegation goes abroad.",
});

/** An official delegation received by the province or sent abroad by it. */
@ObjectType()
@Entity()
export class Delegation extends ForeignAffairsRecord {
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => DelegationDirection)
  @Index()
  @Column({ type: "varchar", length: 16 })
  direction!: DelegationDirection;

  @Index()
  @Column({ type: "varchar", length: 2 })
  countryCode!: string;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  partnerLocalityId!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: "The position of who heads it, e.g. 'Phó Chủ tịch UBND tỉnh'; never a person's private data." })
  @Column({ type: "varchar", length: 300, nullable: true })
  headedBy!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  memberCount!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  purpose!: string | null;

  @Field(() => Country, { nullable: true, description: "The foreign country it comes from or goes to." })
  get country() {
    return countryFor(this.countryCode);
  }
}

@Resolver(() => Delegation)
export class DelegationRelations {
  @FieldResolver(() => PartnerLocality, { nullable: true, description: "The partner locality it visits or comes from." })
  partnerLocality(@Root() delegation: Delegation, @Ctx() ctx: HubContext) {
    return delegation.partnerLocalityId ? byId(ctx, PartnerLocality).load(delegation.partnerLocalityId) : null;
  }
}

@Resolver(() => PartnerLocality)
export class PartnerLocalityDelegations {
  @FieldResolver(() => [Delegation], { description: "Delegations exchanged with this locality." })
  delegations(@Root() locality: PartnerLocality, @Ctx() ctx: HubContext) {
    return manyBy(ctx, Delegation, "partnerLocalityId", { startsOn: "ASC", id: "ASC" }).load(locality.id);
  }
}

@InputType()
export class DelegationInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => DelegationDirection)
  @IsEnum(DelegationDirection)
  direction!: DelegationDirection;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Matches(COUNTRY_CODE, { message: "must be an ISO 3166-1 alpha-2 code such as KH" })
  @IsKnownCountry()
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "Id of a PartnerLocality." })
  @IsOptional()
  @MaxLength(120)
  partnerLocalityId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  headedBy?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  memberCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  purpose?: string | null;
}
