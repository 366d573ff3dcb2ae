import { IsEmail, IsOptional, IsPhoneNumber } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateInput, DateOnly, EnumInput, EnumOf, ReferenceInput, Text, TextInput } from "../../../shared/records/fields";
import { VersionedRecord } from "../../../shared/records/records";
import { Personal } from "../../../shared/records/sealed";
import { FocalPointRole } from "../enums";

/** The leader or officer an agency names for foreign-information work. */
@ObjectType()
@Entity()
export class FocalPoint extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 120 })
  agencyId!: string;

  /** The agency's province: who may read and write the focal point follows it. */
  @Index()
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @EnumOf(FocalPointRole)
  role!: FocalPointRole;

  @Text(200)
  @Personal()
  fullName!: string;

  @Text(200, { nullable: true })
  @Personal()
  position!: string | null;

  /** Contact details: answered by `PersonalDataResolver`, only to those who need them, every read logged. */
  @Column({ type: "varchar", length: 40, nullable: true })
  @Personal()
  phone!: string | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  @Personal()
  email!: string | null;

  @DateOnly()
  appointedOn!: string | null;
}

@InputType()
export class FocalPointInput {
  @ReferenceInput({ optional: false })
  agencyId!: string;

  @EnumInput(FocalPointRole)
  role!: FocalPointRole;

  @TextInput(200)
  fullName!: string;

  @TextInput(200, { optional: true })
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  // libphonenumber's Vietnamese numbering plan: mobiles (0912 345 678, +84 912 345 678) and landlines (0269 3822 123).
  @IsPhoneNumber("VN", { message: "must be a Vietnamese phone number, e.g. 0912 345 678 or 0269 3822 123" })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @DateInput()
  appointedOn?: string | null;
}
