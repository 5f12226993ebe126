import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { Organisation } from '../organisations';
import { PublicReference } from '../../common/cache-control';

/**
 * One version of an action plan document. Revisions of the same plan share a
 * `planKey` and are numbered, so several versions live side by side.
 */
@PublicReference()
@ObjectType('ActionPlan', { implements: Node, description: 'A version of an action plan document.' })
@Entity('action_plans')
@Index(['planKey', 'versionNumber'], { unique: true })
@Check('CHK_action_plans_period', '"period_start" <= "period_end"')
@Check('CHK_action_plans_rounding', '"vat_rounding_scale" BETWEEN 0 AND 2')
export class ActionPlan extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Identifies the plan across its versions, e.g. "elvl-digipoore-2023-2026".' })
  @Column({ type: 'varchar', length: 100 })
  planKey: string;

  @Field(() => Int, { description: 'Version number within the plan, from 1.' })
  @Column({ type: 'int' })
  versionNumber: number;

  @Field({ description: 'Human label of the version, e.g. "2023 (kinnitatud)".' })
  @Column({ type: 'text' })
  versionLabel: string;

  @Column({ type: 'uuid', nullable: true })
  derivedFromId: string | null;

  @ManyToOne(() => ActionPlan, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'derived_from_id' })
  derivedFrom?: ActionPlan;

  @Field({ description: 'Title in Estonian.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ type: 'uuid' })
  implementerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'implementer_id' })
  implementer?: Organisation;

  @Field({ description: 'The legal act the plan is made under.' })
  @Column({ type: 'text' })
  legalBasis: string;

  @Field({ description: 'Date of the legal act, ISO-8601 (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  legalBasisDate: string;

  @Field(() => Int, { description: 'First year of the plan period.' })
  @Column({ type: 'smallint' })
  periodStart: number;

  @Field(() => Int, { description: 'Last year of the plan period.' })
  @Column({ type: 'smallint' })
  periodEnd: number;

  @Field({ description: 'The goal of the digital transformation (digipöörde eesmärk).' })
  @Column({ type: 'text' })
  transformationGoal: string;

  @Field({ description: 'The goal of the action plan (tegevuskava eesmärk).' })
  @Column({ type: 'text' })
  planGoal: string;

  @Field({ description: 'Who approved (signed) the plan.' })
  @Column({ type: 'text' })
  approver: string;

  @Field({ description: 'Funding source, e.g. "SF 2021–2027".' })
  @Column({ type: 'text' })
  fundingSource: string;

  @Field(() => Int, {
    description: 'Decimal places each with-VAT line is rounded to (half away from zero); 0 = whole euros.',
  })
  @Column({ type: 'smallint', default: 0 })
  vatRoundingScale: number;
}

/** The VAT rate the plan applies to one year of its period. */
@PublicReference()
@ObjectType('VatRate', { description: 'The VAT rate a plan applies to one year.' })
@Entity('plan_vat_rates')
@Check('CHK_plan_vat_rates_rate', '"rate" >= 0 AND "rate" < 1')
export class PlanVatRate {
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ActionPlan;

  @Field(() => Int, { description: 'The year.' })
  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Field({ description: 'Rate as an exact decimal fraction with four places, e.g. "0.2400".' })
  @Column({ type: 'numeric', precision: 5, scale: 4 })
  rate: string;
}
