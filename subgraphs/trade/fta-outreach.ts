import { IsInt, IsOptional, Length, MaxLength, Min } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { DateScalar } from "../../shared/domain";
import { DepartmentRecordInput } from "../../shared/records";
import { TradeRecord } from "./references";

/** A briefing for businesses on a free-trade agreement (EVFTA, RCEP, …). */
@ObjectType()
@Entity()
export class FtaOutreach extends TradeRecord {
  @Field()
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field({ description: "The agreement explained, e.g. 'EVFTA'." })
  @Column({ type: "varchar", length: 120 })
  agreement!: string;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  heldOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: "Who it was for, e.g. 'doanh nghiệp xuất khẩu'." })
  @Column({ type: "varchar", length: 300, nullable: true })
  audience!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  attendees!: number | null;
}

@InputType()
export class FtaOutreachInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  title!: string;

  @Field()
  @Length(1, 120)
  agreement!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  heldOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  audience?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  attendees?: number | null;
}
