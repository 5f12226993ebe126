import { Field, Int, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Node } from '../../common/node';
import { Timestamped } from '../../common/timestamps';
import { Cohort, TrainingSession } from './cohort.entity';
import { EnrolmentStatus } from './training.enums';

/**
 * One person's enrolment in one cohort (unique per person and cohort; a
 * cancelled one is reused when they enrol again, at the back of the queue).
 * `queueNumber` is taken under the cohort's row lock: the waiting list is
 * promoted by it, first in first out.
 */
@ObjectType('Enrolment', { implements: Node, description: "A person's place (or wait) in a cohort." })
@Entity('training_enrolments')
@Index(['cohortId', 'userId'], { unique: true })
@Index(['cohortId', 'status', 'queueNumber'])
export class Enrolment extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The person's organisation when they enrolled: what "KOVs reached" counts. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Field(() => EnrolmentStatus, { description: 'Status.' })
  @Column({ type: 'enum', enum: EnrolmentStatus, enumName: 'enrolment_status' })
  status: EnrolmentStatus;

  @Field(() => Int, {
    description: 'Place in the order enrolments were accepted; the waiting list moves up by it.',
  })
  @Generated('increment')
  @Column({ type: 'int' })
  queueNumber: number;

  @Field(() => Date, { nullable: true, description: 'When the person got a place.' })
  @Column({ type: 'timestamptz', nullable: true })
  enrolledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the cohort’s completion was last evaluated for it.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;
}

/** Whether an enrolled person was at a session. */
@Entity('training_attendance')
export class TrainingAttendance {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @PrimaryColumn({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Column({ type: 'boolean' })
  present: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
