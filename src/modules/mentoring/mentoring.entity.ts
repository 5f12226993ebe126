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
import { GoalStatus, MentorshipStatus } from './mentoring.enums';

/**
 * A person (of a KOV, ELVL or RIA) who has implemented E-ITS and helps
 * others do it. Mentorships are accepted under this row's lock, so a mentor
 * never holds more accepted mentorships than `capacity`.
 */
@ObjectType('MentorProfile', { implements: Node, description: 'An E-ITS mentor of the KOV → KOV network.' })
@Entity('mentor_profiles')
@Check('CHK_mentor_profiles_capacity', '"capacity" BETWEEN 1 AND 20')
export class MentorProfile extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The mentor's organisation when the profile was made or last changed. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  /** E-ITS topic codes from the knowledge base's taxonomy ("e-its/ORP", "e-its/ORP.4"). */
  @Column({ type: 'text', array: true, default: '{}' })
  expertiseCodes: string[];

  @Field(() => [String], { description: 'Languages the mentor works in (ISO 639-1: "et", "en", "ru").' })
  @Column({ type: 'text', array: true, default: '{et}' })
  languages: string[];

  @Field(() => Int, { description: 'Mentorships the mentor takes at once.' })
  @Column({ type: 'smallint', default: 1 })
  capacity: number;

  @Field({ description: 'Whether the mentor takes new requests now.' })
  @Column({ type: 'boolean', default: true })
  available: boolean;

  @Field({ description: 'About the mentor’s experience, in Estonian.' })
  @Column({ type: 'text', default: '' })
  bio: string;
}

/** A KOV's request for a mentor's help, and the work that follows. */
@ObjectType('Mentorship', { implements: Node, description: 'A mentor helping a KOV with E-ITS.' })
@Entity('mentorships')
@Index(['mentorProfileId', 'status'])
export class Mentorship extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  mentorProfileId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_profile_id' })
  mentorProfile?: MentorProfile;

  /** The KOV being helped. */
  @Index()
  @Column({ type: 'uuid' })
  menteeOrganisationId: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_organisation_id' })
  menteeOrganisation?: unknown;

  @Field(() => MentorshipStatus, { description: 'Status.' })
  @Column({
    type: 'enum',
    enum: MentorshipStatus,
    enumName: 'mentorship_status',
    default: MentorshipStatus.PENDING,
  })
  status: MentorshipStatus;

  @Field({ description: 'What the KOV asked for.' })
  @Column({ type: 'text', default: '' })
  message: string;

  @Field(() => Date, { nullable: true, description: 'When the mentor accepted or declined.' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed or cancelled.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** The KOV's people in a mentorship (the one who asked first). */
@Entity('mentorship_mentees')
export class MentorshipMentee {
  @PrimaryColumn({ type: 'uuid' })
  mentorshipId: string;

  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: Mentorship;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;
}

@ObjectType('MentorshipGoal', { description: 'An E-ITS goal the pair works on.' })
@Entity('mentorship_goals')
export class MentorshipGoal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  mentorshipId: string;

  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: Mentorship;

  @Field(() => String, {
    nullable: true,
    description: 'The E-ITS topic code it is about, e.g. "e-its/ORP.4".',
  })
  @Column({ type: 'text', nullable: true })
  topicCode: string | null;

  @Field({ description: 'The goal, in Estonian.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => GoalStatus, { description: 'Status.' })
  @Column({ type: 'enum', enum: GoalStatus, enumName: 'goal_status', default: GoalStatus.NOT_STARTED })
  status: GoalStatus;

  @Field({ description: 'Notes of the pair.' })
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => Int, { description: 'Order.' })
  @Column({ type: 'smallint' })
  position: number;
}

@ObjectType('MentorshipMeeting', { description: 'A meeting the pair logged.' })
@Entity('mentorship_meetings')
@Check('CHK_mentorship_meetings_duration', '"duration_minutes" BETWEEN 1 AND 1440')
export class MentorshipMeeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  mentorshipId: string;

  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: Mentorship;

  @Field({ description: 'The day it was held (YYYY-MM-DD, Tallinn).' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => Int, { description: 'Length in minutes.' })
  @Column({ type: 'smallint' })
  durationMinutes: number;

  @Field({ description: 'What was discussed.' })
  @Column({ type: 'text' })
  topics: string;

  @Column({ type: 'uuid', nullable: true })
  loggedById: string | null;
}
