import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EventKind, EventStatus, QuestionType, Theme } from './event.enums';

@InputType({ description: 'A speaker: a user, or an external person with their organisation.' })
export class SpeakerInput {
  @Field(() => ID, { nullable: true, description: 'A user, if the speaker has an account.' })
  @IsOptional()
  userId?: string;

  @Field({ description: 'Name as shown.' })
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Organisation as shown.' })
  @IsOptional()
  @MaxLength(200)
  organisation?: string;
}

@InputType({ description: 'A slot of the agenda.' })
export class EventSessionInput {
  @Field({ description: 'Start.' })
  startsAt: Date;

  @Field({ description: 'End.' })
  endsAt: Date;

  @Field({ description: 'Title.' })
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'Track or room.' })
  @IsOptional()
  @MaxLength(100)
  track?: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => [SpeakerInput], { nullable: true, description: 'Speakers.' })
  @IsOptional()
  @ArrayMaxSize(20)
  speakers?: SpeakerInput[];
}

@InputType({ description: 'A question asked when registering.' })
export class RegistrationQuestionInput {
  @Field({ description: 'Stable key for the answer, e.g. "toit".' })
  @MinLength(1)
  @MaxLength(64)
  key: string;

  @Field({ description: 'The question.' })
  @MinLength(1)
  @MaxLength(500)
  label: string;

  @Field(() => QuestionType, { description: 'How it is answered.' })
  type: QuestionType;

  @Field(() => [String], { nullable: true, description: 'Choices for CHOICE / MULTI_CHOICE.' })
  @IsOptional()
  @ArrayMaxSize(50)
  options?: string[];

  @Field({ defaultValue: false, description: 'Must be answered.' })
  required: boolean;
}

@InputType({ description: 'A new event (a draft until published). Organisers and admins.' })
export class CreateEventInput {
  @Field({ description: 'Title.' })
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @Field(() => EventKind, { description: 'Kind.' })
  kind: EventKind;

  @Field({ description: 'Start (ISO-8601 instant, e.g. "2026-10-22T07:00:00Z" or with +03:00).' })
  startsAt: Date;

  @Field({ description: 'End.' })
  endsAt: Date;

  @Field(() => Int, { nullable: true, description: 'Seats; null for unlimited.' })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => ID, { nullable: true, description: 'Series it belongs to.' })
  @IsOptional()
  seriesId?: string;

  @Field(() => String, { nullable: true, description: 'Description in Markdown.' })
  @IsOptional()
  @MaxLength(50_000)
  description?: string;

  @Field(() => [Theme], { nullable: true, description: 'Themes.' })
  @IsOptional()
  themes?: Theme[];

  @Field(() => String, { nullable: true, description: 'Venue address.' })
  @IsOptional()
  @MaxLength(500)
  venueAddress?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Online meeting link (shown only to confirmed participants).',
  })
  @IsOptional()
  @MaxLength(2000)
  onlineUrl?: string;

  @Field(() => Boolean, { nullable: true, description: 'Keep a waiting list when full (default true).' })
  @IsOptional()
  waitlistEnabled?: boolean;

  @Field(() => Date, { nullable: true, description: 'Registration opens.' })
  @IsOptional()
  registrationOpensAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Registration closes (default: the start).' })
  @IsOptional()
  registrationClosesAt?: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Participants may cancel until then (default: the start).',
  })
  @IsOptional()
  cancellationDeadline?: Date;

  @Field(() => ID, { nullable: true, description: 'Related action-plan activity.' })
  @IsOptional()
  activityId?: string;

  @Field(() => [ID], { nullable: true, description: 'Organisers (users); defaults to you.' })
  @IsOptional()
  @ArrayMaxSize(20)
  organiserIds?: string[];

  @Field(() => [EventSessionInput], { nullable: true, description: 'Agenda.' })
  @IsOptional()
  @ArrayMaxSize(100)
  sessions?: EventSessionInput[];

  @Field(() => [RegistrationQuestionInput], { nullable: true, description: 'Registration questions.' })
  @IsOptional()
  @ArrayMaxSize(30)
  questions?: RegistrationQuestionInput[];

  @Field(() => [ID], { nullable: true, description: 'Knowledge-base guides as materials.' })
  @IsOptional()
  @ArrayMaxSize(50)
  materialGuideIds?: string[];
}

@InputType({ description: 'Changes to an event; omitted fields stay; lists are replaced whole.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event.' })
  id: string;

  @Field(() => Int, { description: 'The sequence you read; a newer one gives a CONFLICT user error.' })
  sequence: number;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional()
  @MaxLength(50_000)
  description?: string;

  @Field(() => Date, { nullable: true, description: 'New start (participants are told; reminders move).' })
  @IsOptional()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'New end.' })
  @IsOptional()
  endsAt?: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats. Raising it promotes the waiting list; lowering it never removes anyone.',
  })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  capacity?: number;

  @Field(() => Boolean, { nullable: true, description: 'Set true to make capacity unlimited.' })
  @IsOptional()
  unlimitedCapacity?: boolean;

  @Field(() => String, { nullable: true, description: 'Venue address (participants are told).' })
  @IsOptional()
  @MaxLength(500)
  venueAddress?: string;

  @Field(() => String, { nullable: true, description: 'Online meeting link.' })
  @IsOptional()
  @MaxLength(2000)
  onlineUrl?: string;

  @Field(() => [Theme], { nullable: true, description: 'Themes.' })
  @IsOptional()
  themes?: Theme[];

  @Field(() => Date, { nullable: true, description: 'Registration closes.' })
  @IsOptional()
  registrationClosesAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Cancellation deadline.' })
  @IsOptional()
  cancellationDeadline?: Date;

  @Field(() => [EventSessionInput], { nullable: true, description: 'Agenda (replaces it).' })
  @IsOptional()
  @ArrayMaxSize(100)
  sessions?: EventSessionInput[];
}

@InputType({ description: 'Identifies an event.' })
export class PublishEventInput {
  @Field(() => ID, { description: 'The event.' })
  id: string;
}

@InputType({
  description:
    'An answer to one registration question: `value` for TEXT, CHOICE and BOOLEAN ("true"/"false"), `values` for MULTI_CHOICE.',
})
export class RegistrationAnswerInput {
  @Field(() => ID, { description: 'The question (RegistrationQuestion.id).' })
  questionId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'TEXT: the text (up to 2000 characters); CHOICE: one of the options; BOOLEAN: "true" or "false".',
  })
  @IsOptional()
  value?: string | null;

  @Field(() => [String], { nullable: true, description: 'MULTI_CHOICE: the chosen options.' })
  @IsOptional()
  @ArrayMaxSize(50)
  values?: string[] | null;
}

@InputType({ description: 'Registers the signed-in person.' })
export class RegisterForEventInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => [RegistrationAnswerInput], {
    nullable: true,
    description: 'Answers to the event’s questions, each checked against its question’s type and options.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  answers?: RegistrationAnswerInput[];
}

@InputType({ description: 'Cancels a registration.' })
export class CancelRegistrationInput {
  @Field(() => ID, { description: 'The registration.' })
  registrationId: string;
}

@InputType({ description: 'Checks participants in (organisers), one or many at once.' })
export class CheckInInput {
  @Field(() => [ID], { description: 'Registrations to check in.' })
  @ArrayMaxSize(1000)
  registrationIds: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Day (YYYY-MM-DD, event time zone); defaults to today, or the first day.',
  })
  @IsOptional()
  day?: string;
}

@InputType({ description: 'Feedback from an attendee.' })
export class SubmitFeedbackInput {
  @Field(() => ID, { description: 'The event.' })
  eventId: string;

  @Field(() => Int, { description: 'Satisfaction 1–10.' })
  @Min(1)
  @Max(10)
  rating: number;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  @IsOptional()
  @MaxLength(5000)
  comment?: string;

  @Field({ defaultValue: false, description: 'Do not attach your name.' })
  anonymous: boolean;
}

@InputType({ description: 'Narrows an event listing.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Kinds.' })
  @IsOptional()
  kinds?: EventKind[];

  @Field(() => [EventStatus], {
    nullable: true,
    description: 'Statuses (drafts only for their organisers and admins).',
  })
  @IsOptional()
  statuses?: EventStatus[];

  @Field(() => [Theme], { nullable: true, description: 'Any of these themes.' })
  @IsOptional()
  themes?: Theme[];

  @Field(() => ID, { nullable: true, description: 'Series.' })
  @IsOptional()
  seriesId?: string;

  @Field(() => Date, { nullable: true, description: 'Starting at or after.' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Starting before.' })
  @IsOptional()
  to?: Date;
}
