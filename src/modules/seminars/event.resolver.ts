import { toGlobalId } from '../../common/node-id';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { childPage, type ChildList } from '../../common/child-pages';
import { isAdmin, Role } from '../../common/auth';
import type { MutationOutcome } from '../../common/mutation';
import { connectionTypes, PageArgs, type Connection } from '../../common/pagination';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { Activity } from '../action-plan';
import { Guide } from '../knowledge-base';
import { renderMarkdown } from '../knowledge-base';
import { mayReadGuide } from '../knowledge-base';
import { User } from '../users';
import { organisesInRequest } from './access';
import { Event, EventQuestion, EventSeries, EventSession } from './event.entity';
import { Theme } from './event.enums';
import { CreateEventInput, EventFilter, PublishEventInput, UpdateEventInput } from './event.inputs';
import { EventPayload } from './event.types';
import {
  cancelEvent,
  completeEvent,
  createEvent,
  findEvent,
  listEventSeries,
  listEvents,
  publishEvent,
  updateEvent,
} from './event.service';
import { FeedbackSummary } from '../../common/feedback';
import { Speaker } from './event.types';
import { feedbackSummary } from './report.service';
import { Registration } from './registration.entity';
import { SEATED } from './registration.service';

export const EventConnection = connectionTypes(Event, 'Event', 'A page of events, by start time.');
export const RegistrationConnection = connectionTypes(
  Registration,
  'Registration',
  'A page of registrations.',
);

const EVENT_REGISTRATIONS: ChildList<Registration> = {
  entity: Registration,
  from: 'registrations c',
  parent: 'c.event_id',
  sort: 'c.queue_number',
  direction: 'ASC',
  cursor: 'number',
};

const payload = ({ value, userErrors }: MutationOutcome<Event>): EventPayload => ({
  event: value,
  userErrors,
});

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: 'Events by start time. Drafts only for their organisers and admins.',
  })
  events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: EventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Event>> {
    return listEvents(ctx, { filter, ...page });
  }

  @Query(() => Event, { nullable: true, description: 'One event; null if there is none you may see.' })
  event(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Event | null> {
    return findEvent(ctx, id);
  }

  @Query(() => [EventSeries], { description: 'Event series, e.g. the KOV IT network virtual seminars.' })
  eventSeries(@Ctx() ctx: Context): Promise<EventSeries[]> {
    return listEventSeries(ctx);
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => EventPayload, {
    description: 'Creates a draft event; you organise it. Organisers and admins.',
  })
  async createEvent(
    @Arg('input', () => CreateEventInput, { description: 'The mutation input.' }) input: CreateEventInput,
    @Ctx() ctx: Context,
  ): Promise<EventPayload> {
    return payload(await createEvent(ctx, input));
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => EventPayload, {
    description: 'Changes an event you organise (registrants are told of a new time or place).',
  })
  async updateEvent(
    @Arg('input', () => UpdateEventInput, { description: 'The mutation input.' }) input: UpdateEventInput,
    @Ctx() ctx: Context,
  ): Promise<EventPayload> {
    return payload(await updateEvent(ctx, input));
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => EventPayload, { description: 'Publishes a draft event you organise.' })
  async publishEvent(
    @Arg('input', () => PublishEventInput, { description: 'The mutation input.' }) input: PublishEventInput,
    @Ctx() ctx: Context,
  ): Promise<EventPayload> {
    return payload(await publishEvent(ctx, input.id));
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => EventPayload, {
    description: 'Cancels an event you organise and tells everyone registered.',
  })
  async cancelEvent(
    @Arg('input', () => PublishEventInput, { description: 'The mutation input.' }) input: PublishEventInput,
    @Ctx() ctx: Context,
  ): Promise<EventPayload> {
    return payload(await cancelEvent(ctx, input.id));
  }

  @Authorized(Role.ORGANISER)
  @Mutation(() => EventPayload, {
    description: 'Marks a finished event completed; confirmed people never checked in become NO_SHOW.',
  })
  async completeEvent(
    @Arg('input', () => PublishEventInput, { description: 'The mutation input.' }) input: PublishEventInput,
    @Ctx() ctx: Context,
  ): Promise<EventPayload> {
    return payload(await completeEvent(ctx, input.id));
  }

  @FieldResolver(() => String, { description: 'The description rendered to sanitised HTML.' })
  descriptionHtml(@Root() event: Event): string {
    return renderMarkdown(event.description);
  }

  @FieldResolver(() => EventSeries, { nullable: true, description: 'The series it belongs to.' })
  series(@Root() event: Event, @Ctx() ctx: Context) {
    return event.seriesId ? ctx.loaders.eventSeriesById.load(event.seriesId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Online meeting link: only for confirmed participants, organisers and admins.',
  })
  async onlineUrl(@Root() event: Event, @Ctx() ctx: Context): Promise<string | null> {
    if (!event.onlineUrl || !ctx.user) return null;
    if (isAdmin(ctx.user) || (await organisesInRequest(ctx, event.id))) return event.onlineUrl;
    const mine = await ctx.loaders.registrationOfUser.load(`${event.id}:${ctx.user.id}`);
    return mine && SEATED.includes(mine.status) ? event.onlineUrl : null;
  }

  @FieldResolver(() => Int, { description: 'Seats taken (confirmed, attended or no-show).' })
  async confirmedCount(@Root() event: Event, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.registrationCounts.load(event.id)).confirmed;
  }

  @FieldResolver(() => Int, { description: 'People on the waiting list.' })
  async waitlistCount(@Root() event: Event, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.registrationCounts.load(event.id)).waitlisted;
  }

  @FieldResolver(() => String, {
    description: 'iCalendar file of this event (add to a calendar app; it updates itself).',
  })
  icsUrl(@Root() event: Event, @Ctx() ctx: Context): string {
    return `${ctx.settings.apiPublicUrl}/calendar/events/${toGlobalId('Event', event.id)}.ics`;
  }

  @FieldResolver(() => [User], { description: 'Organisers.' })
  async organisers(@Root() event: Event, @Ctx() ctx: Context): Promise<User[]> {
    const links = await ctx.loaders.eventOrganisers.load(event.id);
    // Loaded with the links (and their organisations); primed, so other paths to them in this request reuse them.
    const users = links.map((link) => link.user).filter((user): user is User => user instanceof User);
    for (const user of users) {
      ctx.loaders.userById.prime(user.id, user);
      if (user.organisation) ctx.loaders.organisationById.prime(user.organisation.id, user.organisation);
    }
    return users;
  }

  @FieldResolver(() => [EventSession], { description: 'The agenda, by time.' })
  sessions(@Root() event: Event, @Ctx() ctx: Context): Promise<EventSession[]> {
    return ctx.loaders.eventSessions.load(event.id);
  }

  @FieldResolver(() => [EventQuestion], { description: 'Questions asked when registering.' })
  questions(@Root() event: Event, @Ctx() ctx: Context): Promise<EventQuestion[]> {
    return ctx.loaders.eventQuestions.load(event.id);
  }

  @FieldResolver(() => [Guide], { description: 'Knowledge-base guides as materials (those you may read).' })
  async materials(@Root() event: Event, @Ctx() ctx: Context): Promise<Guide[]> {
    const links = await ctx.loaders.eventMaterials.load(event.id);
    const guides = await ctx.loaders.guideById.loadMany(links.map((l) => l.guideId));
    return guides.filter((g): g is Guide => g instanceof Guide && mayReadGuide(ctx.user, g));
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The action-plan activity it serves.' })
  activity(@Root() event: Event, @Ctx() ctx: Context) {
    return event.activityId ? ctx.loaders.activityById.load(event.activityId) : null;
  }

  @FieldResolver(() => Registration, { nullable: true, description: 'Your registration, if any.' })
  myRegistration(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.user ? ctx.loaders.registrationOfUser.load(`${event.id}:${ctx.user.id}`) : null;
  }

  @FieldResolver(() => RegistrationConnection, {
    description: 'Everyone registered, in queue order. Organisers of the event and admins.',
  })
  async registrations(
    @Root() event: Event,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Registration>> {
    if (!(await organisesInRequest(ctx, event.id))) throw forbidden();
    return childPage(ctx, EVENT_REGISTRATIONS, event.id, page);
  }

  @FieldResolver(() => FeedbackSummary, {
    description: 'Satisfaction feedback. Organisers of the event and admins.',
  })
  async feedback(@Root() event: Event, @Ctx() ctx: Context) {
    if (!(await organisesInRequest(ctx, event.id))) throw forbidden();
    return feedbackSummary(ctx, { eventId: toGlobalId('Event', event.id) });
  }

  @FieldResolver(() => [Theme], { description: 'Directions it covers.' })
  themes(@Root() event: Event): Theme[] {
    return event.themes;
  }
}

@Resolver(() => EventSession)
export class EventSessionResolver {
  @FieldResolver(() => [Speaker], { description: 'Speakers.' })
  speakers(@Root() session: EventSession): Speaker[] {
    return session.speakers.map((s) => ({
      name: s.name,
      organisation: s.organisation ?? null,
      userId: s.userId ? toGlobalId('User', s.userId) : null,
    }));
  }
}
