import { registerLabelledEnum } from '../../common/labelled-enum';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { ActionPlan } from './action-plan.entity';
import { Activity } from './activity.entity';
import { BudgetAccount, CostCategory } from './reference.entity';
import { PublicReference } from '../../common/cache-control';

export enum VatMode {
  /** Without VAT (ilma käibemaksuta). */
  NET = 'NET',
  /** With VAT (koos käibemaksuga), derived from NET by year and account. */
  GROSS = 'GROSS',
}
registerLabelledEnum(VatMode, {
  name: 'VatMode',
  description: 'Whether amounts are without VAT (NET) or with VAT (GROSS).',
  values: {
    NET: { et: 'Ilma käibemaksuta', en: 'Without VAT', description: 'Without VAT (ilma käibemaksuta).' },
    GROSS: {
      et: 'Koos käibemaksuga',
      en: 'With VAT',
      description: "With VAT (koos käibemaksuga), derived per line from the year's rate.",
    },
  },
});

/**
 * An activity's amount without VAT on one account in one year. The with-VAT
 * amount is never stored: it follows from the plan's rate for the year and
 * whether the account carries VAT.
 */
@PublicReference()
@ObjectType('BudgetLine', {
  implements: Node,
  description: 'An amount budgeted for an activity, account and year.',
})
@Entity('budget_lines')
@Index(['activityId', 'year', 'accountCode'], { unique: true })
@Check('CHK_budget_lines_amount', '"amount_net" >= 0')
export class BudgetLine extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Field(() => Int, { description: 'Budget year.' })
  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  accountCode: string;

  @ManyToOne(() => BudgetAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_code' })
  account?: BudgetAccount;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amountNet: string;

  /** Filled by the loaders from the plan's VAT rule; not a column. */
  amountGross?: string;
}

export enum DeclaredTable {
  SUMMARY_NET = 'SUMMARY_NET',
  SUMMARY_GROSS = 'SUMMARY_GROSS',
  CATEGORY_GROSS = 'CATEGORY_GROSS',
  ACCOUNT_NET = 'ACCOUNT_NET',
  ACTIVITY_NET = 'ACTIVITY_NET',
  ACTIVITY_GROSS = 'ACTIVITY_GROSS',
}
registerLabelledEnum(DeclaredTable, {
  name: 'DeclaredTable',
  description: 'Which table of the plan document prints a declared figure.',
  values: {
    SUMMARY_NET: {
      et: 'Koondtabel ilma käibemaksuta',
      en: 'Summary table without VAT',
      description: 'The summary table without VAT.',
    },
    SUMMARY_GROSS: {
      et: 'Koondtabel koos käibemaksuga',
      en: 'Summary table with VAT',
      description: 'The summary table with VAT.',
    },
    CATEGORY_GROSS: {
      et: 'Kulukategooriad koos käibemaksuga',
      en: 'Cost categories with VAT',
      description: 'The table by cost category, with VAT.',
    },
    ACCOUNT_NET: {
      et: 'Eelarvekontod ilma käibemaksuta',
      en: 'Budget accounts without VAT',
      description: 'The KOKKU rows by budget account, without VAT.',
    },
    ACTIVITY_NET: {
      et: 'Tegevuse summad ilma käibemaksuta',
      en: 'Activity totals without VAT',
      description: "An activity row's own totals, without VAT.",
    },
    ACTIVITY_GROSS: {
      et: 'Tegevuse summad koos käibemaksuga',
      en: 'Activity totals with VAT',
      description: "An activity row's with-VAT figures.",
    },
  },
});

/**
 * A total as the document prints it, kept apart from the lines it should add
 * up to, so the API can show where the document disagrees with itself. A null
 * dimension means "all" (e.g. year null = the whole period).
 */
@PublicReference()
@ObjectType('DeclaredBudgetFigure', {
  implements: Node,
  description: 'A total as printed in the plan document.',
})
@Entity('declared_budget_figures')
@Index(['planId', 'position'], { unique: true })
export class DeclaredBudgetFigure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ActionPlan;

  /** Order of appearance, so listings follow the document. */
  @Column({ type: 'int' })
  position: number;

  @Field(() => DeclaredTable, { name: 'table', description: 'The table that prints the figure.' })
  @Column({ type: 'enum', enum: DeclaredTable, enumName: 'declared_table' })
  sourceTable: DeclaredTable;

  @Field(() => VatMode, { description: 'Whether the figure is without or with VAT.' })
  @Column({ type: 'enum', enum: VatMode, enumName: 'vat_mode' })
  vat: VatMode;

  @Field(() => Int, { nullable: true, description: 'Year, or null for the whole period.' })
  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  /** Null for all categories; `category` resolves through a loader (see budgetKeyFields). */
  @Column({ type: 'smallint', nullable: true })
  categoryNumber: number | null;

  @ManyToOne(() => CostCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_number' })
  category?: CostCategory;

  /** Null for all accounts; `account` resolves through a loader. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  accountCode: string | null;

  @ManyToOne(() => BudgetAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_code' })
  account?: BudgetAccount;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Field({ description: 'Where the document prints it, in Estonian.' })
  @Column({ type: 'text' })
  label: string;
}
