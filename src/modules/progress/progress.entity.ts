import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { IndicatorMeasure, IndicatorUnit } from './progress.enums';
import { GuideKind } from '../knowledge-base';

/**
 * Estonia's standard VAT rate from a date on (20 % until 2023, 22 % from
 * 2024, 24 % from 1 July 2025): what an expenditure's VAT is derived from when
 * the invoice's own VAT is not given.
 */
@Entity('statutory_vat_rates')
@Check('CHK_statutory_vat_rates_rate', '"rate" >= 0 AND "rate" < 1')
export class StatutoryVatRate {
  @PrimaryColumn({ type: 'date' })
  validFrom: string;

  @Column({ type: 'numeric', precision: 5, scale: 4 })
  rate: string;
}

/**
 * Money actually spent on an activity. Append-only: a trigger refuses UPDATE
 * and DELETE, so a mistake is corrected by a reversing entry (negated amounts,
 * `reversesId` pointing at the original), and an entry is reversed at most
 * once (unique index).
 */
@ObjectType('Expenditure', { implements: Node, description: 'An amount actually spent on an activity.' })
@Entity('expenditures')
@Index(['activityId', 'year', 'accountCode'])
@Index('UQ_expenditures_reverses', ['reversesId'], { unique: true, where: '"reverses_id" IS NOT NULL' })
@Check('CHK_expenditures_amount', '"amount_net" <> 0')
@Check('CHK_expenditures_reversal', '("reverses_id" IS NULL) = ("reversal_reason" IS NULL)')
export class Expenditure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne('Activity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;

  @Field({ description: 'Date of the invoice or payment, YYYY-MM-DD.' })
  @Column({ type: 'date' })
  spentOn: string;

  @Field(() => Int, { description: 'The budget year the spending counts to.' })
  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  accountCode: string;

  @ManyToOne('BudgetAccount', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_code' })
  account?: unknown;

  /** Exact decimal text; negative only on a reversing entry. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amountNet: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  vatAmount: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The rate the VAT was derived with ("0.2400"); null when the VAT was entered from the invoice.',
  })
  @Column({ type: 'numeric', precision: 5, scale: 4, nullable: true })
  vatRate: string | null;

  @Field({ description: 'Supplier or what was bought.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Invoice or document number.' })
  @Column({ type: 'text', nullable: true })
  documentRef: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversesId: string | null;

  @ManyToOne(() => Expenditure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_id' })
  reverses?: Expenditure;

  @Field(() => String, {
    nullable: true,
    description: 'Why the original was reversed (on a reversing entry).',
  })
  @Column({ type: 'text', nullable: true })
  reversalReason: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: unknown;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A dated entry in an activity's timeline: what happened, in Markdown. */
@ObjectType('ActivityProgressNote', {
  implements: Node,
  description: "A dated note in an activity's progress timeline.",
})
@Entity('activity_progress_notes')
@Index(['activityId', 'notedOn'])
export class ActivityProgressNote extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne('Activity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;

  @Field({ description: 'The day the note is about, YYYY-MM-DD.' })
  @Column({ type: 'date' })
  notedOn: string;

  @Field({ description: 'Title.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'The note, Markdown.' })
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;
}

/**
 * A result indicator of a plan, of one activity or (without one) of the plan
 * as a whole. Entered indicators get their actuals from people; measured ones
 * (`measure` set) are computed from the product's data whenever read.
 */
@ObjectType('ResultIndicator', {
  implements: Node,
  description: 'A result indicator with a baseline and, per year, a target and an actual.',
})
@Entity('result_indicators')
@Index(['planId', 'key'], { unique: true })
@Check('CHK_result_indicators_baseline', '("baseline_year" IS NULL) = ("baseline_value" IS NULL)')
@Check('CHK_result_indicators_measure_filter', '"measure_kind" IS NULL OR "measure" IS NOT NULL')
export class ResultIndicator extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('ActionPlan', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @ManyToOne('Activity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;

  @Field({ description: 'Stable key within the plan, e.g. "kovs-reached".' })
  @Column({ type: 'varchar', length: 80 })
  key: string;

  @Field(() => Int, { description: 'Order within the plan.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field({ description: 'Name in Estonian.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Where the indicator comes from and how it is read.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => IndicatorUnit, { description: 'What its values are.' })
  @Column({ type: 'enum', enum: IndicatorUnit, enumName: 'indicator_unit' })
  unit: IndicatorUnit;

  @Field({ description: 'True when a higher value is better (most are); false for e.g. incidents.' })
  @Column({ type: 'boolean', default: true })
  higherIsBetter: boolean;

  @Column({ type: 'smallint', nullable: true })
  baselineYear: number | null;

  @Column({ type: 'text', nullable: true })
  baselineValue: string | null;

  @Field(() => IndicatorMeasure, {
    nullable: true,
    description: 'How the actual is computed; null for an indicator whose actuals people enter.',
  })
  @Column({ type: 'enum', enum: IndicatorMeasure, enumName: 'indicator_measure', nullable: true })
  measure: IndicatorMeasure | null;

  @Field(() => GuideKind, {
    nullable: true,
    description: 'The guide kind GUIDES_PUBLISHED is narrowed to, e.g. BEST_PRACTICE; null for every kind.',
  })
  @Column({ type: 'text', nullable: true })
  measureKind: string | null;

  /** The one year a query reads the periods of (null or absent: every year of the plan); not stored. */
  periodYear?: number | null;
}

/** An indicator's target and (for entered indicators) actual in one year. */
@Entity('indicator_periods')
@Check('CHK_indicator_periods_actual', '("actual" IS NULL) = ("actual_recorded_at" IS NULL)')
export class IndicatorPeriodRecord {
  @PrimaryColumn({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => ResultIndicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: ResultIndicator;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ type: 'text', nullable: true })
  target: string | null;

  @Column({ type: 'text', nullable: true })
  actual: string | null;

  @Column({ type: 'text', nullable: true })
  actualNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  actualRecordedById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actual_recorded_by_id' })
  actualRecordedBy?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  actualRecordedAt: Date | null;
}
