import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
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
import { Event, EventQuestion } from './event.entity';
import { RegistrationStatus } from './event.enums';

/**
 * One person's registration for one event (unique per user and event; a
 * cancelled one is reused when they register again). `queueNumber` is taken
 * under the event's row lock, so it is the order in which registrations were
 * accepted: the waiting list is promoted by it, first in first out.
 */
@ObjectType('Registration', { implements: Node, description: "A person's registration for an event." })
@Entity('registrations')
@Index(['eventId', 'userId'], { unique: true })
@Index(['eventId', 'status', 'queueNumber'])
export class Registration extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The organisation the person registered for (their organisation at the time). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Field(() => RegistrationStatus, {
    description: 'Confirmed, on the waiting list, cancelled, attended or no-show.',
  })
  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status: RegistrationStatus;

  /** Answers by question key (booleans as booleans, multiple choices as arrays); read through `answers`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: Record<string, unknown>;

  @Field(() => Int, { description: 'Order of acceptance; the waiting list moves in this order.' })
  @Generated('increment')
  @Column({ type: 'int' })
  queueNumber: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the place was confirmed (on registering or on promotion).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}

/** Presence on one day of an event (multi-day events have one per day). */
@ObjectType('CheckIn', { description: 'A participant checked in on one day.' })
@Entity('event_check_ins')
export class CheckIn {
  @PrimaryColumn({ type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: Registration;

  @Field({ description: 'The day, YYYY-MM-DD in the event time zone.' })
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field({ description: 'When the organiser checked them in.' })
  @CreateDateColumn({ type: 'timestamptz' })
  checkedInAt: Date;

  @Column({ type: 'uuid', nullable: true })
  checkedInById: string | null;
}

/**
 * An attendee's rating (1–10, the plan's satisfaction scale) and comment. An
 * anonymous answer keeps no user id, only a keyed hash, so nobody can tell
 * whose it is but the same person cannot answer twice.
 */
@ObjectType('EventFeedback', { description: "An attendee's feedback on an event." })
@Entity('event_feedback')
@Index(['eventId', 'authorKey'], { unique: true })
@Check('CHK_event_feedback_rating', '"rating" BETWEEN 1 AND 10')
export class EventFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  /** Null when anonymous. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  authorKey: string;

  @Field(() => Int, { description: 'Satisfaction 1–10.' })
  @Column({ type: 'smallint' })
  rating: number;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field({ description: 'Given anonymously.' })
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Field({ description: 'When it was given.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The secret that opens a person's personal calendar feed (stored as a hash). */
@Entity('calendar_feed_tokens')
export class CalendarFeedToken {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'A registrant’s answer to one registration question.' })
export class RegistrationAnswer {
  @Field(() => EventQuestion, { description: 'The question.' })
  question: EventQuestion;

  @Field(() => String, {
    nullable: true,
    description:
      'TEXT: the text; CHOICE: the option chosen; BOOLEAN: "true" or "false"; null for MULTI_CHOICE.',
  })
  value: string | null;

  @Field(() => [String], { nullable: true, description: 'MULTI_CHOICE: the options chosen; null otherwise.' })
  values: string[] | null;
}
