import { IsBoolean } from "class-validator";
import { Arg, Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../../shared/core/domain";
import { todayInVietnam } from "../../../shared/core/functions";
import type { HubContext } from "../../../shared/records/context";
import { DateInput, DateOnly, ReferenceInput, Text, TextInput } from "../../../shared/records/fields";
import { manyBy } from "../../../shared/records/loaders";
import { VersionedRecord } from "../../../shared/records/records";
import { Agency } from "./agency";
import { ForeignInformationAuthority } from "./functions";

/**
 * Who signs an agency's documents, as the directory holds them: its head
 * ("Giám đốc") and deputies ("Phó Giám đốc"), with the dates they hold the
 * post. A document signed by a deputy carries the KT. form (Decree 30/2020:
 * "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC").
 */
@ObjectType({ description: "One who signs an agency's documents: its head or a deputy, with the dates they hold the post." })
@Entity()
export class Signatory extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 120 })
  agencyId!: string;

  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Text(200)
  fullName!: string;

  @Text(120, { description: "The post as a signature names it: Giám đốc, Phó Giám đốc." })
  title!: string;

  @Field({ description: "True for the agency's head; a deputy signs for the head (KT.)." })
  @Column({ type: "boolean", default: false })
  isHead!: boolean;

  @DateOnly()
  validFrom!: string | null;

  @DateOnly()
  validUntil!: string | null;
}

@InputType()
export class SignatoryInput {
  @ReferenceInput({ optional: false })
  agencyId!: string;

  @TextInput(200)
  fullName!: string;

  @TextInput(120)
  title!: string;

  @Field()
  @IsBoolean()
  isHead!: boolean;

  @DateInput()
  validFrom?: string | null;

  @DateInput({ notBefore: "validFrom" })
  validUntil?: string | null;
}

const upper = (text: string) => text.toLocaleUpperCase("vi");

/** The signature block for a signatory: the head's post, or "KT. <head's post>" above the deputy's own. */
export function signatureLines(signatory: Pick<Signatory, "title" | "isHead">, headTitle = "Giám đốc"): string[] {
  return signatory.isHead ? [upper(signatory.title)] : [`KT. ${upper(headTitle)}`, upper(signatory.title)];
}

@ObjectType({ description: "How a signatory signs: the authority lines and the name." })
export class SignatureBlock {
  @Field(() => [String])
  authority!: string[];

  @Field()
  name!: string;
}

@Resolver(() => Agency)
export class AgencySignatoriesResolver {
  @FieldResolver(() => [Signatory], { description: "Who signs the agency's documents on a date (today by default), the head first." })
  async signatories(
    @Root() agency: Agency,
    @Arg("on", () => DateScalar, { nullable: true }) on: string | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const day = on ?? todayInVietnam();
    const all = await manyBy(ctx, Signatory, "agencyId", { isHead: "DESC", fullName: "ASC" } as never).load(agency.id);
    return all.filter((s) => (!s.validFrom || s.validFrom <= day) && (!s.validUntil || day <= s.validUntil));
  }
}

@Resolver(() => Signatory)
export class SignatoryResolver {
  @FieldResolver(() => SignatureBlock, { description: "The signature block this signatory puts on a document." })
  async signature(@Root() signatory: Signatory, @Ctx() ctx: HubContext): Promise<SignatureBlock> {
    const colleagues = await manyBy(ctx, Signatory, "agencyId").load(signatory.agencyId);
    const head = colleagues.find((s) => s.isHead);
    return { authority: signatureLines(signatory, head?.title ?? "Giám đốc"), name: signatory.fullName };
  }
}

@Resolver(() => ForeignInformationAuthority)
export class AuthoritySignatoriesResolver {
  @FieldResolver(() => [Signatory], { description: "Who signs for the department in charge on that date, the head first." })
  async signatories(@Root() authority: ForeignInformationAuthority, @Ctx() ctx: HubContext): Promise<Signatory[]> {
    if (!authority.agencyId) return [];
    const all = await manyBy(ctx, Signatory, "agencyId", { isHead: "DESC", fullName: "ASC" } as never).load(authority.agencyId);
    return all.filter((s) => (!s.validFrom || s.validFrom <= authority.on) && (!s.validUntil || authority.on <= s.validUntil));
  }
}
