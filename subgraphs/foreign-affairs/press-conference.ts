import { IsInt, IsOptional, IsString, Length, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { DepartmentRecordInput } from "../../shared/records";
import { ForeignAffairsRecord } from "./references";

/** A press conference of the province's leaders, e.g. an international one the department chairs. */
@ObjectType()
@Entity()
export class PressConference extends ForeignAffairsRecord {
  @Field()
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  heldOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: "The spokesperson's position, e.g. 'Giám đốc Sở Ngoại vụ'." })
  @Column({ type: "varchar", length: 300, nullable: true })
  spokesperson!: string | null;

  @Field(() => Int, { nullable: true, description: "Foreign news organisations present." })
  @Column({ type: "integer", nullable: true })
  foreignOutlets!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  attendees!: number | null;
}

@InputType()
export class PressConferenceInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  heldOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  spokesperson?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  foreignOutlets?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  attendees?: number | null;
}
