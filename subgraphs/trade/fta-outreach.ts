import { InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { DateInput, DateOnly, Integer, IntegerInput, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { TradeRecord } from "./references";

/** A briefing for businesses on a free-trade agreement (EVFTA, RCEP, …). */
@ObjectType()
@Entity()
export class FtaOutreach extends TradeRecord {
  @Text(300, { searchable: true })
  title!: string;

  @Text(120, { description: "The agreement explained, e.g. 'EVFTA'." })
  agreement!: string;

  @DateOnly({ index: true, countedPerYear: true })
  heldOn!: string | null;

  @Text(300, { nullable: true })
  venue!: string | null;

  @Text(300, { nullable: true, description: "Who it was for, e.g. 'doanh nghiệp xuất khẩu'." })
  audience!: string | null;

  @Integer()
  attendees!: number | null;
}

@InputType()
export class FtaOutreachInput extends DepartmentRecordInput {
  @TextInput(300)
  title!: string;

  @TextInput(120)
  agreement!: string;

  @DateInput()
  heldOn?: string | null;

  @TextInput(300, { optional: true })
  venue?: string | null;

  @TextInput(300, { optional: true })
  audience?: string | null;

  @IntegerInput()
  attendees?: number | null;
}
