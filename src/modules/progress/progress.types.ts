import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from '../../common/money';
import { connectionTypes } from '../../common/pagination';
import { UserError } from '../../common/user-error';
import { ActivityStatus, BudgetRowKeys, VatMode } from '../action-plan';
import type { ExecutionRow } from './execution.service';
import { ActivityProgressNote, Expenditure, ResultIndicator } from './progress.entity';

@ObjectType({ description: 'Planned against actual spending for one combination of the grouped dimensions.' })
export class BudgetExecutionRow extends BudgetRowKeys {
  @Field(() => Money, { description: 'What the budget lines plan (the same figure as budgetSummary).' })
  planned: Money;

  @Field(() => Money, { description: 'What the expenditures add up to, reversals included.' })
  actual: Money;

  @Field(() => Money, { description: 'planned − actual; negative when over plan.' })
  remaining: Money;

  @Field(() => String, {
    nullable: true,
    description: 'actual ÷ planned × 100 with two decimals, e.g. "42.17"; null where nothing is planned.',
  })
  executionPercent: string | null;

  @Field({ description: 'True when more was spent than planned.' })
  overPlan: boolean;
}

/** A row of budgetExecution's result as the GraphQL type, amounts as Money. */
export const toExecutionRow = (row: ExecutionRow): BudgetExecutionRow =>
  Object.assign(new BudgetExecutionRow(), row, {
    planned: money(row.planned),
    actual: money(row.actual),
    remaining: money(row.remaining),
  });

@ObjectType({ description: 'A plan’s budget execution, grouped as asked, with the total.' })
export class BudgetExecution {
  @Field(() => [BudgetExecutionRow], {
    description: 'One row per combination that is planned or spent on, ordered by the dimensions.',
  })
  rows: BudgetExecutionRow[];

  @Field(() => BudgetExecutionRow, { description: 'All rows together (every dimension null).' })
  total: BudgetExecutionRow;
}

@ObjectType({ description: 'A value of an indicator in a year.' })
export class IndicatorValue {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field({ description: 'The value as text in the indicator’s unit, e.g. "5.63".' })
  value: string;
}

@ObjectType({ description: 'An indicator’s target and actual in one year.' })
export class IndicatorPeriod {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => String, { nullable: true, description: 'What the plan aims for; null until ELVL sets it.' })
  target: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What was achieved: entered by a person, or measured from the product’s data when read (a count is "0" for a year with nothing, a future year is null).',
  })
  actual: string | null;

  @Field(() => String, { nullable: true, description: 'The note recorded with an entered actual.' })
  actualNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When an entered actual was recorded.' })
  actualRecordedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the actual meets the target in the indicator’s direction; null when either is missing or the unit is TEXT.',
  })
  achieved: boolean | null;
}

@ObjectType({ description: 'Result of recording or reversing an expenditure.' })
export class ExpenditurePayload {
  @Field(() => Expenditure, { nullable: true, description: 'The new entry, null when refused.' })
  expenditure: Expenditure | null;

  @Field({
    description:
      'True when the activity’s spending on that account and year now exceeds its plan (recorded anyway).',
  })
  overPlan: boolean;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of changing a result indicator.' })
export class ResultIndicatorPayload {
  @Field(() => ResultIndicator, { nullable: true, description: 'The indicator, null when refused.' })
  indicator: ResultIndicator | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const ExpenditureConnection = connectionTypes(
  Expenditure,
  'Expenditure',
  'A page of expenditures, newest entry first.',
);

export const ActivityProgressNoteConnection = connectionTypes(
  ActivityProgressNote,
  'ActivityProgressNote',
  'A page of an activity’s timeline, latest date first.',
);

@ObjectType({ description: 'One activity on the plan’s progress dashboard.' })
export class ActivityProgress {
  /** Resolved through the activity loader. */
  activityId: string;

  @Field(() => ActivityStatus, { description: 'Where the activity stands.' })
  status: ActivityStatus;

  @Field(() => BudgetExecutionRow, {
    description: 'Planned against actual for the chosen year (or all years).',
  })
  execution: BudgetExecutionRow;

  @Field(() => [ResultIndicator], {
    description: 'The activity’s indicators; their periods hold the chosen year only, when one is chosen.',
  })
  indicators: ResultIndicator[];
}

@ObjectType({
  description: 'A plan’s progress in one request: budget execution, status, indicators, latest news.',
})
export class PlanProgress {
  /** Resolved through the plan loader. */
  planId: string;

  @Field(() => Int, { nullable: true, description: 'The year reported on; null for the whole period.' })
  year: number | null;

  @Field(() => VatMode, { description: 'Whether the amounts are without or with VAT.' })
  vat: VatMode;

  @Field(() => BudgetExecutionRow, { description: 'The whole plan, planned against actual.' })
  total: BudgetExecutionRow;

  @Field(() => [ActivityProgress], { description: 'Every activity, in document order.' })
  activities: ActivityProgress[];

  @Field(() => [ResultIndicator], { description: 'Indicators of the plan as a whole.' })
  planIndicators: ResultIndicator[];
}
