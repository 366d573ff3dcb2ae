import { InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { DateInput, DateOnly, Integer, IntegerInput, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { ForeignAffairsRecord } from "./references";

/** A press conference of the province's leaders, e.g. an international one the department chairs. */
@ObjectType()
@Entity()
export class PressConference extends ForeignAffairsRecord {
  @Text(300, { searchable: true })
  title!: string;

  @DateOnly({ index: true, countedPerYear: true })
  heldOn!: string | null;

  @Text(300, { nullable: true })
  venue!: string | null;

  @Text(300, { nullable: true, description: "The spokesperson's position, e.g. 'Giám đốc Sở Ngoại vụ'." })
  spokesperson!: string | null;

  @Integer({ description: "Foreign news organisations present." })
  foreignOutlets!: number | null;

  @Integer()
  attendees!: number | null;
}

@InputType()
export class PressConferenceInput extends DepartmentRecordInput {
  @TextInput(300)
  title!: string;

  @DateInput()
  heldOn?: string | null;

  @TextInput(300, { optional: true })
  venue?: string | null;

  @TextInput(300, { optional: true })
  spokesperson?: string | null;

  @IntegerInput()
  foreignOutlets?: number | null;

  @IntegerInput()
  attendees?: number | null;
}
