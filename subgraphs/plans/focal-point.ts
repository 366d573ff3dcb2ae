import { IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { VersionedRecord } from "../../shared/records";
import { FocalPointRole } from "./enums";

/** The leader or officer an agency names for foreign-information work. */
@ObjectType()
@Entity()
export class FocalPoint extends VersionedRecord {
  @Index()
  @Column({ type: "varchar", length: 120 })
  agencyId!: string;

  @Field(() => FocalPointRole)
  @Column({ type: "varchar", length: 16 })
  role!: FocalPointRole;

  @Field()
  @Column({ type: "varchar", length: 200 })
  fullName!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  position!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  email!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: "date", nullable: true })
  appointedOn!: string | null;
}

@InputType()
export class FocalPointInput {
  @Field(() => ID)
  @Length(1, 120)
  agencyId!: string;

  @Field(() => FocalPointRole)
  @IsEnum(FocalPointRole)
  role!: FocalPointRole;

  @Field()
  @Length(1, 200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9 +().-]{6,40}$/, { message: "must be a phone number" })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  appointedOn?: string | null;
}
