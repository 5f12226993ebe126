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
import { EventKind, EventStatus, QuestionType, Theme } from './event.enums';

/** A recurring run of events, e.g. the KOV IT network's virtual seminars. */
@ObjectType('EventSeries', { implements: Node, description: 'A recurring series of events.' })
@Entity('event_series')
export class EventSeries extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Title.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Description.' })
  @Column({ type: 'text', default: '' })
  description: string;
}

/**
 * A seminar, workshop, webinar or training session. Times are instants
 * (timestamptz); `timeZone` says how people there read the clock. `sequence`
 * rises on every change (iCalendar SEQUENCE, and the version an update names).
 */
@ObjectType('Event', {
  implements: Node,
  description: 'An event of the KOV IT network or a training programme.',
})
@Entity('events')
@Check('CHK_events_time', '"ends_at" > "starts_at"')
@Check('CHK_events_capacity', '"capacity" IS NULL OR "capacity" >= 0')
export class Event extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => EventSeries, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id' })
  series?: EventSeries;

  @Field(() => EventKind, { description: 'What kind of event.' })
  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' })
  kind: EventKind;

  @Field({ description: 'Title.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Description in Markdown.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [Theme], { description: 'Directions it covers.' })
  @Column({ type: 'enum', enum: Theme, enumName: 'event_theme', array: true, default: '{}' })
  themes: Theme[];

  @Field({ description: 'Start (ISO-8601 instant).' })
  @Index()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field({ description: 'End (ISO-8601 instant).' })
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'IANA time zone the event is held in: "Europe/Tallinn".' })
  @Column({ type: 'text', default: 'Europe/Tallinn' })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'Venue address, if held in person.' })
  @Column({ type: 'text', nullable: true })
  venueAddress: string | null;

  /** Shown only to confirmed participants and organisers (see the resolver). */
  @Column({ type: 'text', nullable: true })
  onlineUrl: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null means unlimited.' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Field({ description: 'Whether people beyond capacity join a waiting list (otherwise they are refused).' })
  @Column({ type: 'boolean', default: true })
  waitlistEnabled: boolean;

  @Field(() => Date, { nullable: true, description: 'Registration opens (null: as soon as published).' })
  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Registration closes (null: at the start).' })
  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Participants may cancel until then (null: until the start).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  cancellationDeadline: Date | null;

  @Field(() => EventStatus, { description: 'Status.' })
  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status: EventStatus;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @ManyToOne('Activity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;

  @Field(() => Int, {
    description: 'Rises on every change (the iCalendar SEQUENCE); pass it back with an update.',
  })
  @Column({ type: 'int', default: 0 })
  sequence: number;
}

@Entity('event_organisers')
export class EventOrganiser {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;
}

/** One slot of the agenda. */
@ObjectType('EventSession', { description: 'A slot of an event agenda.' })
@Entity('event_sessions')
@Check('CHK_event_sessions_time', '"ends_at" > "starts_at"')
export class EventSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Field({ description: 'Start.' })
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field({ description: 'End.' })
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'Title of the talk or slot.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Track or room.' })
  @Column({ type: 'text', nullable: true })
  track: string | null;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Speakers: users (userId) or external people (name + organisation). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  speakers: { userId?: string | null; name: string; organisation?: string | null }[];
}

/** A question asked at registration, e.g. dietary needs or which days one attends. */
@ObjectType('RegistrationQuestion', {
  implements: Node,
  description: 'A question asked when registering; answers name it by its id.',
})
@Entity('event_questions')
@Index(['eventId', 'key'], { unique: true })
export class EventQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Field({ description: 'Stable key answers use, e.g. "toit".' })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Field({ description: 'The question, in Estonian.' })
  @Column({ type: 'text' })
  label: string;

  @Field(() => QuestionType, { description: 'How it is answered.' })
  @Column({ type: 'enum', enum: QuestionType, enumName: 'question_type' })
  type: QuestionType;

  @Field(() => [String], { description: 'Allowed answers for CHOICE and MULTI_CHOICE.' })
  @Column({ type: 'text', array: true, default: '{}' })
  options: string[];

  @Field({ description: 'Must be answered.' })
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Field(() => Int, { description: 'Order on the form.' })
  @Column({ type: 'int', default: 0 })
  position: number;
}

/** Knowledge-base guides handed out as event materials. */
@Entity('event_materials')
export class EventMaterial {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @PrimaryColumn({ type: 'uuid' })
  guideId: string;

  @ManyToOne('Guide', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id' })
  guide?: unknown;
}
