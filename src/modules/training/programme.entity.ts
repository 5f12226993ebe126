import { Field, Float, Int, ObjectType } from 'type-graphql';
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
import { ProgrammeStatus } from './training.enums';

/**
 * A training programme (the plan's activity 2: KOV digital competences),
 * run as cohorts. Its completion rule: at least `minAttendancePercent` of a
 * cohort's sessions attended, at least one session of every required module,
 * and, if `requiresFeedback`, the participant's feedback on the cohort.
 */
@ObjectType('TrainingProgramme', { implements: Node, description: 'A training programme, run as cohorts.' })
@Entity('training_programmes')
@Check('CHK_training_programmes_attendance', '"min_attendance_percent" BETWEEN 0 AND 100')
export class TrainingProgramme extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Title in Estonian.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @Field({ description: 'Description in Markdown.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @ManyToOne('Activity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;

  /** Topic codes from the knowledge base's taxonomy. */
  @Column({ type: 'text', array: true, default: '{}' })
  topicCodes: string[];

  @Field(() => Int, {
    description: 'Share of a cohort’s sessions a participant must attend to complete, in per cent.',
  })
  @Column({ type: 'smallint', default: 80 })
  minAttendancePercent: number;

  @Field({ description: 'Whether completing also needs the participant’s feedback on the cohort.' })
  @Column({ type: 'boolean', default: false })
  requiresFeedback: boolean;

  @Field(() => ProgrammeStatus, { description: 'Status.' })
  @Column({
    type: 'enum',
    enum: ProgrammeStatus,
    enumName: 'programme_status',
    default: ProgrammeStatus.DRAFT,
  })
  status: ProgrammeStatus;
}

/** One module of a programme, in order. */
@ObjectType('TrainingModule', { description: 'A module of a training programme.' })
@Entity('training_modules')
@Index(['programmeId', 'position'], { unique: true })
export class TrainingModule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => TrainingProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: TrainingProgramme;

  @Field(() => Int, { description: 'Order in the programme, from 1.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field({ description: 'Title in Estonian.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @Field(() => [String], { description: 'What a participant can do afterwards.' })
  @Column({ type: 'text', array: true, default: '{}' })
  learningOutcomes: string[];

  @Field(() => Float, { description: 'Length in hours.' })
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  durationHours: number;

  @Field({ description: 'Whether completing the programme needs attendance at one of its sessions.' })
  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Field({
    description: 'Whether completing needs the participant’s group work for it, accepted by a trainer.',
  })
  @Column({ type: 'boolean', default: false })
  requiresGroupWork: boolean;
}

/** Knowledge-base guides handed out as a module's materials. */
@Entity('training_module_materials')
export class TrainingModuleMaterial {
  @PrimaryColumn({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: TrainingModule;

  @PrimaryColumn({ type: 'uuid' })
  guideId: string;

  @ManyToOne('Guide', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: unknown;
}
