import { IsInt, IsNumber, IsOptional, IsString, Length, MaxLength, Min } from "class-validator";
import { Ctx, Field, FieldResolver, Float, InputType, Int, ObjectType, Resolver, Root } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import type { HubContext } from "../../shared/context";
import { DateScalar } from "../../shared/domain";
import { byId } from "../../shared/loaders";
import { DepartmentRecordInput } from "../../shared/records";
import { BorderCommune } from "./border-commune";
import { BorderSecurityRecord } from "./references";

/** A residents' group that looks after a stretch of border line and its markers (tổ tự quản đường biên, cột mốc). */
@ObjectType()
@Entity()
export class SelfManagementGroup extends BorderSecurityRecord {
  @Field({ description: "As written, in Vietnamese." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Index()
  @Column({ type: "varchar", length: 120, nullable: true })
  borderCommuneId!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of members." })
  @Column({ type: "integer", nullable: true })
  members!: number | null;

  @Field(() => String, { nullable: true, description: "Markers it looks after, as written, e.g. 'mốc 19–21'." })
  @Column({ type: "text", nullable: true })
  markers!: string | null;

  @Field(() => Float, { nullable: true, description: "Length of border line it looks after, km." })
  @Column({ type: "double precision", nullable: true })
  lengthKm!: number | null;

  @Field(() => DateScalar, { nullable: true })
  @Index()
  @Column({ type: "date", nullable: true })
  establishedOn!: string | null;
}

@Resolver(() => SelfManagementGroup)
export class SelfManagementGroupFields {
  @FieldResolver(() => BorderCommune, { nullable: true })
  borderCommune(@Root() group: SelfManagementGroup, @Ctx() ctx: HubContext) {
    return group.borderCommuneId ? byId(ctx, BorderCommune).load(group.borderCommuneId) : null;
  }
}

@InputType()
export class SelfManagementGroupInput extends DepartmentRecordInput {
  @Field()
  @Length(1, 300)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  borderCommuneId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  members?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  markers?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  lengthKm?: number | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  establishedOn?: string | null;
}
