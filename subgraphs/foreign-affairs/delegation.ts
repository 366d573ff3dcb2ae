import { Args, Ctx, Field, FieldResolver, InputType, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { Entity } from "typeorm";
import type { HubContext } from "../../shared/records/context";
import {
  CountryInput,
  DateInput,
  DateOnly,
  EnumInput,
  EnumOf,
  Integer,
  IntegerInput,
  LongText,
  Reference,
  ReferenceInput,
  Text,
  TextInput,
} from "../../shared/records/fields";
import { referenced, pagedBy } from "../../shared/records/loaders";
import { PageArgs } from "../../shared/records/paging";
import { DepartmentRecordInput } from "../../shared/records/records";
import { Country, countryFor } from "./country";
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
  @Text(300, { description: "As written, in Vietnamese.", searchable: true })
  name!: string;

  // Explicit: a varchar(16) column, where @EnumOf makes varchar(32).
  @EnumOf(DelegationDirection, { index: true })
  direction!: DelegationDirection;

  @Reference({ length: 2, nullable: false })
  countryCode!: string;

  @Reference()
  partnerLocalityId!: string | null;

  @DateOnly({ index: true, countedPerYear: true })
  startsOn!: string | null;

  @DateOnly()
  endsOn!: string | null;

  @Text(300, { nullable: true, description: "The position of who heads it, e.g. 'Phó Chủ tịch UBND tỉnh'; never a person's private data." })
  headedBy!: string | null;

  @Integer()
  memberCount!: number | null;

  @LongText()
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
    return referenced(ctx, PartnerLocality, delegation.partnerLocalityId);
  }
}

@Resolver(() => PartnerLocality)
export class PartnerLocalityDelegations {
  @FieldResolver(() => [Delegation], { description: "Delegations exchanged with this locality." })
  delegations(@Root() locality: PartnerLocality, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: HubContext) {
    return pagedBy(ctx, Delegation, "partnerLocalityId", page, { startsOn: "ASC", id: "ASC" }).load(locality.id);
  }
}

@InputType()
export class DelegationInput extends DepartmentRecordInput {
  @TextInput(300)
  name!: string;

  @EnumInput(DelegationDirection)
  direction!: DelegationDirection;

  @CountryInput({ optional: false })
  countryCode!: string;

  @ReferenceInput({ description: "Id of a PartnerLocality." })
  partnerLocalityId?: string | null;

  @DateInput()
  startsOn?: string | null;

  @DateInput({ notBefore: "startsOn" })
  endsOn?: string | null;

  @TextInput(300, { optional: true })
  headedBy?: string | null;

  @IntegerInput({ min: 1 })
  memberCount?: number | null;

  @TextInput(10000, { optional: true })
  purpose?: string | null;
}
