import { registerLabelledEnum } from '../../common/labelled-enum';
import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../common/money';
import { DeclaredTable, VatMode } from './budget.entity';
import { PublicReference } from '../../common/cache-control';

export enum BudgetDimension {
  YEAR = 'YEAR',
  CATEGORY = 'CATEGORY',
  ACCOUNT = 'ACCOUNT',
  ACTIVITY = 'ACTIVITY',
}
registerLabelledEnum(BudgetDimension, {
  name: 'BudgetDimension',
  description: 'A dimension budget lines can be added up by.',
  values: {
    YEAR: { et: 'Aasta', en: 'Year', description: 'Budget year.' },
    CATEGORY: { et: 'Kulukategooria', en: 'Cost category', description: 'Cost category 1–4.' },
    ACCOUNT: { et: 'Eelarvekonto', en: 'Budget account', description: 'Budget account (EA konto).' },
    ACTIVITY: { et: 'Tegevus', en: 'Activity', description: 'Activity.' },
  },
});

/** Which combination of the grouped dimensions a row of a budget table is; dimensions not grouped by are null. */
@ObjectType()
export abstract class BudgetRowKeys {
  @Field(() => Int, { nullable: true, description: 'Year; null unless grouped by YEAR.' })
  year: number | null;

  /** Category number; `category`, `account` and `activity` resolve through loaders (see budgetKeyFields). */
  category: number | null;

  /** EA account code. */
  account: string | null;

  activityId: string | null;
}

@PublicReference()
@ObjectType({ description: 'The sum of the lines sharing one combination of the grouped dimensions.' })
export class BudgetSummaryRow extends BudgetRowKeys {
  @Field(() => Money, { description: 'Sum of the lines.' })
  amount: Money;
}

@PublicReference()
@ObjectType({ description: 'Budget lines added up by the requested dimensions.' })
export class BudgetSummary {
  @Field(() => Money, { description: 'Sum of all lines of the plan.' })
  total: Money;

  @Field(() => [BudgetSummaryRow], {
    description: 'One row per combination that has lines, ordered by the dimensions.',
  })
  rows: BudgetSummaryRow[];
}

@PublicReference()
@ObjectType({ description: 'A declared figure of the plan document that its lines do not add up to.' })
export class BudgetDiscrepancy {
  @Field({ description: 'Where the document prints the figure and how it disagrees, in Estonian.' })
  description: string;

  @Field(() => DeclaredTable, { description: 'The table that prints the figure.' })
  table: DeclaredTable;

  @Field(() => VatMode, { description: 'Whether the figure is without or with VAT.' })
  vat: VatMode;

  @Field(() => Int, { nullable: true, description: 'Year of the figure; null for the whole period.' })
  year: number | null;

  /** Category number, EA account code and activity; resolved through loaders (see budgetKeyFields). */
  category: number | null;
  account: string | null;
  activityId: string | null;

  @Field(() => Money, { description: 'The figure as printed.' })
  declared: Money;

  @Field(() => Money, { description: 'What the lines add up to.' })
  computed: Money;

  @Field(() => Money, { description: 'declared − computed.' })
  difference: Money;
}
