import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityStatus, BudgetAccountCode } from '../action-plan';

@InputType({ description: 'Money actually spent on an activity.' })
export class RecordExpenditureInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'Date of the invoice or payment, YYYY-MM-DD; not in the future.' })
  date: string;

  @Field(() => Int, { description: 'The budget year it counts to, within the plan period.' })
  year: number;

  @Field(() => BudgetAccountCode, { description: 'Budget account (EA konto).' })
  account: BudgetAccountCode;

  @Field({ description: 'Amount without VAT, a positive decimal with at most two decimals, e.g. "1000.00".' })
  amountNet: string;

  @Field(() => String, {
    nullable: true,
    description:
      'VAT actually paid, as on the invoice. Left out, it is derived from the Estonian rate on `date` (none on accounts without VAT), rounded to the cent.',
  })
  vatAmount?: string | null;

  @Field({ description: 'Supplier or what was bought (up to 500 characters).' })
  @MaxLength(500)
  description: string;

  @Field(() => String, { nullable: true, description: 'Invoice or document number (up to 100 characters).' })
  @MaxLength(100)
  documentRef?: string | null;
}

@InputType({
  description: 'Corrects an expenditure by a reversing entry; the original stays in the history.',
})
export class ReverseExpenditureInput {
  @Field(() => ID, { description: 'The entry to reverse.' })
  expenditureId: string;

  @Field({ description: 'Why (up to 500 characters).' })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'Sets where an activity stands.' })
export class SetActivityStatusInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => ActivityStatus, { description: 'The new status.' })
  status: ActivityStatus;
}

@InputType({ description: 'Adds a dated note to an activity’s timeline.' })
export class AddActivityProgressNoteInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day the note is about, YYYY-MM-DD; defaults to today in Tallinn.',
  })
  notedOn?: string | null;

  @Field({ description: 'Title (up to 200 characters).' })
  @MaxLength(200)
  title: string;

  @Field({ description: 'The note in Markdown (up to 20 000 characters).' })
  @MaxLength(20000)
  body: string;
}

@InputType({ description: 'Sets (or clears) an indicator’s target for a year.' })
export class SetIndicatorTargetInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId: string;

  @Field(() => Int, { description: 'The year, within the plan period.' })
  year: number;

  @Field(() => String, {
    nullable: true,
    description: 'The target in the indicator’s unit ("40", "62.5", "MVP valmis"); null clears it.',
  })
  @MaxLength(500)
  target?: string | null;
}

@InputType({ description: 'Records what an entered indicator achieved in a year.' })
export class RecordIndicatorActualInput {
  @Field(() => ID, { description: 'The indicator (not a measured one).' })
  indicatorId: string;

  @Field(() => Int, { description: 'The year, within the plan period.' })
  year: number;

  @Field({ description: 'The actual in the indicator’s unit.' })
  @MaxLength(500)
  value: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the figure comes from (up to 2 000 characters).',
  })
  @MaxLength(2000)
  note?: string | null;
}
