import { registerLabelledEnum } from '../../common/labelled-enum';
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
import { ActionPlan } from './action-plan.entity';
import { CostCategory } from './reference.entity';
import { PublicReference } from '../../common/cache-control';

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DELAYED = 'DELAYED',
  CANCELLED = 'CANCELLED',
}
registerLabelledEnum(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'Where an activity stands.',
  values: {
    PLANNED: { et: 'Kavandatud', en: 'Planned', description: 'Not started yet.' },
    IN_PROGRESS: { et: 'Töös', en: 'In progress', description: 'Under way, on schedule.' },
    COMPLETED: { et: 'Valmis', en: 'Completed', description: 'Done: the result is delivered.' },
    DELAYED: { et: 'Hilinenud', en: 'Delayed', description: 'Under way or due, but behind the plan.' },
    CANCELLED: { et: 'Tühistatud', en: 'Cancelled', description: 'Will not be carried out.' },
  },
});

/** One row of the plan: a measure with its problem, actions, result and budget. */
@PublicReference()
@ObjectType('Activity', { implements: Node, description: 'An activity (measure) of an action plan.' })
@Entity('activities')
@Index(['planId', 'number'], { unique: true })
@Check('CHK_activities_number', '"number" > 0')
export class Activity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ActionPlan;

  @Field(() => Int, { description: 'Position in the plan document, from 1.' })
  @Column({ type: 'smallint' })
  number: number;

  @Field({ description: 'Name in Estonian (the document\'s "meetme nimi").' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Field({ description: 'The problem the activity addresses.' })
  @Column({ type: 'text' })
  problem: string;

  @Field({ description: 'What the measure does.' })
  @Column({ type: 'text' })
  measure: string;

  @Field({ description: 'The expected result (tulemus).' })
  @Column({ type: 'text' })
  expectedResult: string;

  @Column({ type: 'uuid' })
  implementerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'implementer_id' })
  implementer?: Organisation;

  @Column({ type: 'smallint' })
  categoryNumber: number;

  @ManyToOne(() => CostCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_number' })
  category?: CostCategory;

  @Field({ description: 'Funding source, e.g. "SF 2021–2027".' })
  @Column({ type: 'text' })
  fundingSource: string;

  @Field(() => ActivityStatus, { description: 'Where the activity stands.' })
  @Column({
    type: 'enum',
    enum: ActivityStatus,
    enumName: 'activity_status',
    default: ActivityStatus.PLANNED,
  })
  status: ActivityStatus;
}

/** Actions planned for a span of years, e.g. "2024" or "2025–2026". */
@PublicReference()
@ObjectType('PlannedAction', { description: 'What an activity plans to do in a span of years.' })
@Entity('activity_planned_actions')
@Check('CHK_activity_planned_actions_years', '"from_year" <= "to_year"')
export class PlannedAction {
  @PrimaryColumn({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Field(() => Int, { description: 'First year the actions cover.' })
  @PrimaryColumn({ type: 'smallint' })
  fromYear: number;

  @Field(() => Int, { description: 'Last year the actions cover (equal to fromYear for a single year).' })
  @Column({ type: 'smallint' })
  toYear: number;

  @Field({ description: 'The planned actions, in Estonian.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { description: 'The span as the document writes it, e.g. "2025–2026".' })
  get period(): string {
    return this.fromYear === this.toYear ? String(this.fromYear) : `${this.fromYear}–${this.toYear}`;
  }
}

/** Links an activity to a partner organisation its text names. */
@Entity('activity_partners')
export class ActivityPartner {
  @PrimaryColumn({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
