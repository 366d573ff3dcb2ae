import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DateScalar } from "../../../shared/core/domain";

/** A province of the directory, keyed by its ISO 3166-2:VN code. */
@Directive(`@key(fields: "code")`)
@ObjectType()
@Entity()
export class Province {
  @Field({ description: "ISO 3166-2:VN, e.g. VN-30." })
  @PrimaryColumn({ type: "varchar", length: 16 })
  code!: string;

  @Field({ description: "As written, e.g. 'Gia Lai'." })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: "Reorganisations end a province; old plans still resolve." })
  @Column({ type: "date", nullable: true })
  validUntil!: string | null;

  @Column({ type: "varchar", length: 16, nullable: true })
  successorCode!: string | null;
}
