import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, type Connection } from '../../common/pagination';
import { RegistrationConnection } from './event.resolver';
import { Role } from '../../common/auth';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { Organisation } from '../organisations';
import { User } from '../users';
import { Event } from './event.entity';
import { Theme } from './event.enums';
import {
  CancelRegistrationInput,
  CheckInInput,
  RegisterForEventInput,
  SubmitFeedbackInput,
} from './event.inputs';
import { CalendarFeedPayload, CheckInPayload, FeedbackPayload, RegistrationPayload } from './event.types';
import { FeedbackSummary } from '../../common/feedback';
import { CountyParticipation, KovParticipation, ParticipationReport } from './event.types';
import { County } from '../organisations';
import { CheckIn, Registration, RegistrationAnswer } from './registration.entity';
import {
  cancelRegistration,
  checkIn,
  createCalendarFeed,
  mayViewRegistration,
  myRegistrations,
  registerForEvent,
  submitFeedback,
} from './registration.service';
import { feedbackSummary, participationReport } from './report.service';
import { ID } from 'type-graphql';

@Resolver(() => Registration)
export class RegistrationResolver {
  @Authorized()
  @Query(() => RegistrationConnection, { description: 'Your registrations, newest event first.' })
  myRegistrations(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Registration>> {
    return myRegistrations(ctx, page);
  }

  @Authorized()
  @Mutation(() => RegistrationPayload, {
    description:
      'Registers you: CONFIRMED while seats last, then WAITLISTED (or EVENT_FULL without a waiting list).',
  })
  async registerForEvent(
    @Arg('input', () => RegisterForEventInput, { description: 'The mutation input.' })
    input: RegisterForEventInput,
    @Ctx() ctx: Context,
  ): Promise<RegistrationPayload> {
    const { value, userErrors } = await registerForEvent(ctx, input);
    return { registration: value, userErrors };
  }

  @Authorized()
  @Mutation(() => RegistrationPayload, {
    description:
      'Cancels a registration: your own before the deadline, or any as the organiser. The waiting list moves up.',
  })
  async cancelRegistration(
    @Arg('input', () => CancelRegistrationInput, { description: 'The mutation input.' })
    input: CancelRegistrationInput,
    @Ctx() ctx: Context,
  ): Promise<RegistrationPayload> {
    const { value, userErrors } = await cancelRegistration(ctx, input);
    return { registration: value, userErrors };
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => CheckInPayload, {
    description: 'Checks participants in for a day, one or many. Organisers of the event.',
  })
  async checkIn(
    @Arg('input', () => CheckInInput, { description: 'The mutation input.' }) input: CheckInInput,
    @Ctx() ctx: Context,
  ): Promise<CheckInPayload> {
    const { value, userErrors } = await checkIn(ctx, input);
    return { registrations: value ?? [], userErrors };
  }

  @Authorized()
  @Mutation(() => FeedbackPayload, {
    description: 'Rates an event you attended (1–10), optionally anonymously; once.',
  })
  async submitFeedback(
    @Arg('input', () => SubmitFeedbackInput, { description: 'The mutation input.' })
    input: SubmitFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackPayload> {
    const { value, userErrors } = await submitFeedback(ctx, input, ctx.auth.feedbackSecret);
    return { saved: Boolean(value), userErrors };
  }

  @Authorized()
  @Mutation(() => CalendarFeedPayload, {
    description: 'Creates a secret URL of your registrations as a calendar feed.',
  })
  async createCalendarFeedUrl(@Ctx() ctx: Context): Promise<CalendarFeedPayload> {
    const { value, userErrors } = await createCalendarFeed(ctx);
    return { url: value, userErrors };
  }

  @Authorized(Role.ORGANISER)
  @Query(() => FeedbackSummary, {
    description: 'Feedback over events by series, theme or year. Organisers and admins.',
  })
  feedbackSummary(
    @Arg('seriesId', () => ID, { nullable: true, description: 'A series.' }) seriesId: string | null,
    @Arg('theme', () => Theme, { nullable: true, description: 'A theme.' }) theme: Theme | null,
    @Arg('year', () => Int, { nullable: true, description: 'A year (Europe/Tallinn).' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    return feedbackSummary(ctx, { seriesId, theme, year });
  }

  @Authorized(Role.ORGANISER)
  @Query(() => ParticipationReport, {
    description: 'Participation per KOV and county in a year, and how many of the 79 KOVs took part.',
  })
  participationReport(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return participationReport(ctx, year);
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  async event(@Root() registration: Registration, @Ctx() ctx: Context): Promise<Event> {
    return (await ctx.loaders.eventById.load(registration.eventId))!;
  }

  @FieldResolver(() => User, { description: 'Who registered (you, or for organisers anyone).' })
  async user(@Root() registration: Registration, @Ctx() ctx: Context): Promise<User> {
    await assertMayView(ctx, registration);
    return (await ctx.loaders.userById.load(registration.userId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation they registered for.' })
  organisation(@Root() registration: Registration, @Ctx() ctx: Context) {
    return registration.organisationId
      ? ctx.loaders.organisationById.load(registration.organisationId)
      : null;
  }

  @FieldResolver(() => [RegistrationAnswer], {
    description:
      'Answers to the event’s registration questions, in the form’s order; unanswered ones left out.',
  })
  async answers(@Root() registration: Registration, @Ctx() ctx: Context): Promise<RegistrationAnswer[]> {
    const questions = await ctx.loaders.eventQuestions.load(registration.eventId);
    return questions
      .filter((question) => registration.answers[question.key] !== undefined)
      .map((question) => {
        const stored = registration.answers[question.key];
        return Array.isArray(stored)
          ? { question, value: null, values: stored.map(String) }
          : { question, value: String(stored), values: null };
      });
  }

  @FieldResolver(() => [CheckIn], { description: 'Days checked in.' })
  checkIns(@Root() registration: Registration, @Ctx() ctx: Context): Promise<CheckIn[]> {
    return ctx.loaders.checkInsByRegistration.load(registration.id);
  }
}

async function assertMayView(ctx: Context, registration: Registration) {
  if (!(await mayViewRegistration(ctx, registration))) throw forbidden();
}

@Resolver(() => KovParticipation)
export class KovParticipationResolver {
  @FieldResolver(() => Organisation, { description: 'The KOV.' })
  async organisation(@Root() row: KovParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(row.organisationId);
  }
}

@Resolver(() => CountyParticipation)
export class CountyParticipationResolver {
  @FieldResolver(() => County, { description: 'The county.' })
  async county(@Root() row: CountyParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.countyById.load(row.countyId);
  }
}
