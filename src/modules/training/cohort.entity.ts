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
import { TrainingModule, TrainingProgramme } from './programme.entity';
import { CohortKind, CohortStatus } from './training.enums';

/**
 * One run of a programme for a group of people: the pilot group, then the
 * regional groups. Enrolment takes places under this row's lock (see
 * common/seats.ts), so the cohort is never over capacity.
 */
@ObjectType('Cohort', { implements: Node, description: 'A run of a training programme for one group.' })
@Entity('training_cohorts')
@Check('CHK_training_cohorts_capacity', '"capacity" > 0')
export class Cohort extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => TrainingProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: TrainingProgramme;

  @Field({ description: 'Name, e.g. "Lõuna-Eesti grupp 2025".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => CohortKind, { description: 'Pilot or regional group.' })
  @Column({ type: 'enum', enum: CohortKind, enumName: 'cohort_kind' })
  kind: CohortKind;

  /** The county the group is for (regional groups). */
  @Column({ type: 'uuid', nullable: true })
  countyId: string | null;

  @ManyToOne('County', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'county_id' })
  county?: unknown;

  @Field(() => Int, { description: 'Places.' })
  @Column({ type: 'int' })
  capacity: number;

  @Field({ description: 'Whether people beyond capacity join a waiting list (otherwise they are refused).' })
  @Column({ type: 'boolean', default: true })
  waitlistEnabled: boolean;

  @Field(() => Date, { nullable: true, description: 'Enrolment opens (null: when the cohort opens).' })
  @Column({ type: 'timestamptz', nullable: true })
  enrolmentOpensAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Enrolment closes (null: at the first session).' })
  @Column({ type: 'timestamptz', nullable: true })
  enrolmentClosesAt: Date | null;

  @Field(() => CohortStatus, { description: 'Status.' })
  @Column({ type: 'enum', enum: CohortStatus, enumName: 'cohort_status', default: CohortStatus.DRAFT })
  status: CohortStatus;
}

/** The people who teach a cohort; they record attendance and complete it. */
@Entity('training_cohort_trainers')
export class CohortTrainer {
  @PrimaryColumn({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;
}

/** When a cohort names organisations, only their people may enrol; otherwise anyone from an organisation. */
@Entity('training_cohort_organisations')
export class CohortOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;
}

/** One meeting of a cohort, covering one or more modules. Times are instants; people read them in `timeZone`. */
@ObjectType('TrainingSession', { implements: Node, description: 'A session of a cohort.' })
@Entity('training_sessions')
@Check('CHK_training_sessions_time', '"ends_at" > "starts_at"')
export class TrainingSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Cohort;

  @Field({ description: 'Start (ISO-8601 instant).' })
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field({ description: 'End (ISO-8601 instant).' })
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'IANA time zone it is held in: "Europe/Tallinn".' })
  @Column({ type: 'text', default: 'Europe/Tallinn' })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'Venue address, if held in person.' })
  @Column({ type: 'text', nullable: true })
  venueAddress: string | null;

  /** Shown only to enrolled people and trainers (see the resolver). */
  @Column({ type: 'text', nullable: true })
  onlineUrl: string | null;
}

@Entity('training_session_modules')
export class TrainingSessionModule {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @PrimaryColumn({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModule;
}
