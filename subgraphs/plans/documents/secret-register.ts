import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { forbidden, stateSecretNotPermitted, unauthenticated } from "../../../shared/core/errors";
import { territoryOf } from "../../../shared/core/national-directory";
import { holdsStateSecrets, STATE_SECRETS_LAW } from "../../../shared/core/secret-zone";
import type { HubContext } from "../../../shared/records/context";
import { DateInput, DateOnly, Integer, IntegerInput, Text, TextInput } from "../../../shared/records/fields";
import { VersionedRecord } from "../../../shared/records/records";
import { createRecord } from "../../../shared/records/writes";

/**
 * The register of outgoing secret documents ("sổ đăng ký bí mật nhà nước đi",
 * Decree 63/2026/NĐ-CP): every generated document that prints a state secret
 * is entered before it leaves — its number and date, subject, secrecy level,
 * copies, recipients, drafter and whether copying is allowed. The entries
 * say what left, never the secret: they are INTERNAL to the department in
 * charge of foreign information. Only where state secrets may be held
 * (HUB_SECRET_ZONE=independent-lan).
 */
@ObjectType({ description: "One secret document sent, as the register of outgoing secret documents keeps it." })
@Entity("outgoing_secret_document")
@Index(["provinceCode", "issuedOn"])
export class OutgoingSecretDocument extends VersionedRecord {
  @Text(16)
  provinceCode!: string;

  @Text(80, { description: "The document's number and sign (15/BC-SVHTTDL), or blank until the clerk numbers it." })
  documentNumber!: string;

  @DateOnly({ nullable: false })
  issuedOn!: string;

  @Text(300, { description: "Its subject (trích yếu)." })
  subject!: string;

  @Text(16, { description: "MẬT: the highest level the hub holds." })
  level!: string;

  @Integer({ description: "Copies issued." })
  copies!: number;

  @Text(1000, { description: "Where the copies go, one recipient a line." })
  recipients!: string;

  @Text(200)
  drafter!: string;

  @Field({ description: "Whether the document may be copied or photographed." })
  @Column({ type: "boolean", default: false })
  copyingAllowed!: boolean;
}

@InputType()
export class OutgoingSecretDocumentInput {
  @TextInput(16)
  provinceCode!: string;

  @TextInput(80)
  documentNumber!: string;

  @DateInput({ optional: false })
  issuedOn!: string;

  @TextInput(300)
  subject!: string;

  @IntegerInput({ min: 1, optional: false })
  copies!: number;

  @TextInput(1000)
  recipients!: string;

  @TextInput(200)
  drafter!: string;

  @Field()
  copyingAllowed!: boolean;
}

@Resolver(() => OutgoingSecretDocument)
export class SecretRegisterResolver {
  @Query(() => [OutgoingSecretDocument], { description: "The register of outgoing secret documents of a province, newest first." })
  async outgoingSecretDocuments(
    @Arg("provinceCode") provinceCode: string,
    @Arg("limit", () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: HubContext,
  ): Promise<OutgoingSecretDocument[]> {
    const viewer = ctx.viewer;
    if (viewer.anonymous) throw unauthenticated();
    if (!(viewer.role === "coordinator" || viewer.role === "admin") || !territoryOf(viewer.provinceCode).includes(provinceCode))
      throw forbidden("The register of outgoing secret documents is for the province's coordinators and admins.");
    return ctx.db
      .getRepository(OutgoingSecretDocument)
      .find({ where: { provinceCode }, order: { issuedOn: "DESC", createdAt: "DESC" }, take: Math.min(Math.max(limit, 1), 1000) });
  }

  @Mutation(() => OutgoingSecretDocument, {
    description:
      "Enters a secret document in the register before it leaves (the department in charge of foreign information, cleared for SECRET).",
  })
  registerOutgoingSecretDocument(
    @Arg("input") input: OutgoingSecretDocumentInput,
    @Ctx() ctx: HubContext,
  ): Promise<OutgoingSecretDocument> {
    // a deployment that keeps no state secret sends none out either
    if (!holdsStateSecrets()) throw stateSecretNotPermitted(STATE_SECRETS_LAW, "input");
    return createRecord(ctx, OutgoingSecretDocument, { ...input, level: "MẬT", classification: "INTERNAL" } as never, {
      operation: "registerOutgoingSecretDocument",
    });
  }
}
