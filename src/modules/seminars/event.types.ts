import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Event } from './event.entity';
import { Registration } from './registration.entity';

@ObjectType({ description: 'A speaker of an agenda slot.' })
export class Speaker {
  @Field({ description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Organisation.' })
  organisation: string | null;

  @Field(() => ID, { nullable: true, description: 'The speaker as a user, if they have an account.' })
  userId: string | null;
}

@ObjectType({ description: "One KOV's participation in a year." })
export class KovParticipation {
  /** Resolved to `organisation` by KovParticipationResolver. */
  organisationId: string;

  @Field(() => Int, { description: 'Different people from the KOV who attended.' })
  participants: number;

  @Field(() => Int, { description: 'Events they attended.' })
  events: number;
}

@ObjectType({ description: "One county's participation in a year." })
export class CountyParticipation {
  /** Resolved to `county` by CountyParticipationResolver. */
  countyId: string;

  @Field(() => Int, { description: 'KOVs of the county that took part.' })
  kovs: number;

  @Field(() => Int, { description: 'People from those KOVs who attended.' })
  participants: number;
}

@ObjectType({
  description: 'Participation of the KOVs in a year: the community activity’s result indicator.',
})
export class ParticipationReport {
  @Field(() => Int, { description: 'The year (Europe/Tallinn).' })
  year: number;

  @Field(() => Int, { description: 'KOVs in Estonia.' })
  kovsTotal: number;

  @Field(() => Int, { description: 'KOVs with at least one attendee that year.' })
  kovsParticipated: number;

  @Field(() => [KovParticipation], { description: 'Per KOV, in Estonian order.' })
  byKov: KovParticipation[];

  @Field(() => [CountyParticipation], { description: 'Per county.' })
  byCounty: CountyParticipation[];
}

@ObjectType({ description: 'Result of an event mutation.' })
export class EventPayload {
  @Field(() => Event, { nullable: true, description: 'The event; null when refused.' })
  event: Event | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of a registration mutation.' })
export class RegistrationPayload {
  @Field(() => Registration, { nullable: true, description: 'The registration; null when refused.' })
  registration: Registration | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of checking in.' })
export class CheckInPayload {
  @Field(() => [Registration], { description: 'The registrations, now ATTENDED.' })
  registrations: Registration[];

  @Field(() => [UserError], { description: 'Why some or all were refused; nothing is written then.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of giving feedback.' })
export class FeedbackPayload {
  @Field(() => Boolean, { description: 'Whether it was saved.' })
  saved: boolean;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'A personal calendar feed URL.' })
export class CalendarFeedPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Secret URL of your registrations as iCalendar; creating a new one retires the old.',
  })
  url: string | null;

  @Field(() => [UserError], { description: 'Always empty.' })
  userErrors: UserError[];
}
