import { In, type EntityManager } from 'typeorm';
import { countWhere, entityRows, queryRows, SqlConditions } from '../../common/sql-rows';
import { Role } from '../../common/auth';
import {
  InputProblems,
  failWith,
  runMutation,
  type MutationOutcome,
  findForChange,
} from '../../common/mutation';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../common/pagination';
import { UserErrorCode, userError } from '../../common/user-error';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { Activity } from '../action-plan';
import { Guide } from '../knowledge-base';
import { User } from '../users';
import { organises, organisesInRequest } from './access';
import {
  Event,
  EventMaterial,
  EventOrganiser,
  EventQuestion,
  EventSeries,
  EventSession,
} from './event.entity';
import { EventStatus, QuestionType, RegistrationStatus } from './event.enums';
import type {
  CreateEventInput,
  EventFilter,
  EventSessionInput,
  RegistrationQuestionInput,
  UpdateEventInput,
} from './event.inputs';
import { dropPendingReminders, notices } from './notices';
import { promoteWaitlist, recipients } from './registration.service';

/** People told about changes to an event: those with a seat or on the waiting list. */
const ACTIVE_REGISTRATIONS = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED];

/** Whether the caller may see the event: anything not a draft; drafts only its organisers. */
export async function mayViewEvent(ctx: Context, event: Event): Promise<boolean> {
  return event.status !== EventStatus.DRAFT || (await organisesInRequest(ctx, event.id));
}

export async function findEvent(ctx: Context, globalId: string): Promise<Event | null> {
  const id = localUuid(globalId, 'Event');
  return id ? findEventById(ctx, id) : null;
}

/** An event by local id, if the caller may see it (`node(id:)` and `event(id:)`). */
export async function findEventById(ctx: Context, id: string): Promise<Event | null> {
  const event = await ctx.loaders.eventById.load(id);
  return event && (await mayViewEvent(ctx, event)) ? event : null;
}

/** A registration question, if the caller may see its event (`node(id:)`). */
export async function findEventQuestion(ctx: Context, id: string): Promise<EventQuestion | null> {
  const question = await ctx.dataSource.getRepository(EventQuestion).findOneBy({ id });
  return question && (await findEventById(ctx, question.eventId)) ? question : null;
}

/** Every event series, by title (public). */
export function listEventSeries(ctx: Context): Promise<EventSeries[]> {
  return ctx.dataSource.getRepository(EventSeries).find({ order: { title: 'ASC' } });
}

/** Events by start time (then id), filtered; drafts only for their organisers and admins. */
export async function listEvents(
  ctx: Context,
  args: { filter?: EventFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<Event>> {
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  // Plain SQL: the event calendar is the seminars' most read page.
  const where = new SqlConditions();
  where.and(
    `e.status = ANY(${where.param(filter.statuses?.length ? filter.statuses : Object.values(EventStatus))})`,
  );
  if (!ctx.user?.roles.includes(Role.ADMIN)) {
    where.and(
      `(e.status <> 'DRAFT' OR EXISTS (SELECT 1 FROM event_organisers eo WHERE eo.event_id = e.id AND eo.user_id = ${where.param(ctx.user?.id ?? null)}))`,
    );
  }
  if (filter.kinds?.length) where.and(`e.kind = ANY(${where.param(filter.kinds)})`);
  if (filter.themes?.length) where.and(`e.themes && ${where.param(filter.themes)}::event_theme[]`);
  if (filter.seriesId) {
    const seriesId = requireLocalUuid(filter.seriesId, 'EventSeries', 'filter.seriesId');
    where.and(`e.series_id = ${where.param(seriesId)}`);
  }
  if (filter.from) where.and(`e.starts_at >= ${where.param(filter.from)}`);
  if (filter.to) where.and(`e.starts_at < ${where.param(filter.to)}`);
  const counted = where.copy(); // counted only if totalCount is asked for
  if (args.after) {
    const [startsAt, id] = decodeCursor(args.after, ['moment', 'uuid']);
    where.and(`(e.starts_at, e.id) > (${where.param(startsAt)}::timestamptz, ${where.param(id)}::uuid)`);
  }
  const events = entityRows(ctx.dataSource, Event);
  const rows = events.hydrateAll(
    await queryRows(
      ctx.dataSource,
      `SELECT ${events.select('e')} FROM ${events.table} e${where.where()}
        ORDER BY e.starts_at, e.id LIMIT ${where.param(limit + 1)}`,
      where.values,
    ),
    'e',
  );
  return toConnection(
    rows,
    limit,
    (e) => [e.startsAt.toISOString(), e.id],
    () => countWhere(ctx.dataSource, events.table, 'e', counted),
    Boolean(args.after),
  );
}

function checkSessions(
  problems: InputProblems,
  sessions: EventSessionInput[] | undefined,
  startsAt: Date,
  endsAt: Date,
) {
  sessions?.forEach((s, i) => {
    if (s.endsAt <= s.startsAt)
      problems.add(UserErrorCode.INVALID, `sessions.${i}.endsAt`, 'A session must end after it starts.');
    else if (s.startsAt < startsAt || s.endsAt > endsAt) {
      problems.add(UserErrorCode.INVALID, `sessions.${i}.startsAt`, 'Sessions must fall within the event.');
    }
  });
}

function checkQuestions(problems: InputProblems, questions: RegistrationQuestionInput[] | undefined) {
  const keys = new Set<string>();
  questions?.forEach((q, i) => {
    if (keys.has(q.key))
      problems.add(UserErrorCode.DUPLICATE, `questions.${i}.key`, `Two questions use the key "${q.key}".`);
    keys.add(q.key);
    const choice = q.type === QuestionType.CHOICE || q.type === QuestionType.MULTI_CHOICE;
    if (choice && !q.options?.length)
      problems.add(UserErrorCode.REQUIRED, `questions.${i}.options`, 'A choice question needs options.');
  });
}

async function replaceSessions(em: EntityManager, eventId: string, sessions: EventSessionInput[]) {
  await em.delete(EventSession, { eventId });
  if (!sessions.length) return;
  await em.insert(
    EventSession,
    sessions.map((s) => ({
      eventId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      title: s.title,
      track: s.track ?? null,
      description: s.description ?? null,
      speakers: (s.speakers ?? []).map((sp) => ({
        userId: sp.userId ? localUuid(sp.userId, 'User') : null,
        name: sp.name,
        organisation: sp.organisation ?? null,
      })),
    })),
  );
}

/** Creates a draft event; the creator organises it unless others are named. */
export async function createEvent(ctx: Context, input: CreateEventInput): Promise<MutationOutcome<Event>> {
  return runMutation(ctx, 'createEvent', async (em, audit) => {
    const problems = new InputProblems();
    if (input.endsAt <= input.startsAt)
      problems.add(UserErrorCode.INVALID, 'endsAt', 'The event must end after it starts.');
    if (
      input.registrationClosesAt &&
      input.registrationOpensAt &&
      input.registrationClosesAt <= input.registrationOpensAt
    ) {
      problems.add(UserErrorCode.INVALID, 'registrationClosesAt', 'Registration must close after it opens.');
    }
    checkSessions(problems, input.sessions, input.startsAt, input.endsAt);
    checkQuestions(problems, input.questions);
    const seriesId = input.seriesId ? localUuid(input.seriesId, 'EventSeries') : null;
    if (input.seriesId && (!seriesId || !(await em.existsBy(EventSeries, { id: seriesId })))) {
      problems.add(UserErrorCode.NOT_FOUND, 'seriesId', 'No such series.');
    }
    const activityId = input.activityId ? localUuid(input.activityId, 'Activity') : null;
    if (input.activityId && (!activityId || !(await em.existsBy(Activity, { id: activityId })))) {
      problems.add(UserErrorCode.NOT_FOUND, 'activityId', 'No such activity.');
    }
    const organiserIds = input.organiserIds?.map((id) => localUuid(id, 'User')) ?? [ctx.user!.id];
    const found = await em.countBy(User, { id: In(organiserIds.filter((id): id is string => id !== null)) });
    if (organiserIds.includes(null) || found !== new Set(organiserIds).size) {
      problems.add(UserErrorCode.NOT_FOUND, 'organiserIds', 'Organisers must be existing users.');
    }
    const guideIds = (input.materialGuideIds ?? []).map((id) => localUuid(id, 'Guide'));
    if (
      guideIds.includes(null) ||
      (guideIds.length &&
        (await em.countBy(Guide, { id: In(guideIds as string[]) })) !== new Set(guideIds).size)
    ) {
      problems.add(UserErrorCode.NOT_FOUND, 'materialGuideIds', 'Materials must be existing guides.');
    }
    problems.throwIfAny();

    const event = await em.save(
      em.create(Event, {
        title: input.title,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity ?? null,
        seriesId,
        description: input.description ?? '',
        themes: [...new Set(input.themes ?? [])],
        venueAddress: input.venueAddress ?? null,
        onlineUrl: input.onlineUrl ?? null,
        waitlistEnabled: input.waitlistEnabled ?? true,
        registrationOpensAt: input.registrationOpensAt ?? null,
        registrationClosesAt: input.registrationClosesAt ?? null,
        cancellationDeadline: input.cancellationDeadline ?? null,
        activityId,
        status: EventStatus.DRAFT,
      }),
    );
    await em.insert(
      EventOrganiser,
      [...new Set(organiserIds as string[])].map((userId) => ({ eventId: event.id, userId })),
    );
    await replaceSessions(em, event.id, input.sessions ?? []);
    if (input.questions?.length) {
      await em.insert(
        EventQuestion,
        input.questions.map((q, position) => ({
          eventId: event.id,
          key: q.key,
          label: q.label,
          type: q.type,
          options: q.options ?? [],
          required: q.required,
          position,
        })),
      );
    }
    if (guideIds.length)
      await em.insert(
        EventMaterial,
        [...new Set(guideIds as string[])].map((guideId) => ({ eventId: event.id, guideId })),
      );
    audit.record('Event', event.id, null, event);
    return event;
  });
}

/** Locks an event for a change by one of its organisers (or an admin). */
export async function lockEventForOrganiser(
  ctx: Context,
  em: EntityManager,
  globalId: string,
  field = 'id',
): Promise<Event> {
  const event = await findForChange(em, Event, globalId, { type: 'Event', noun: 'event', field });
  if (!(await organises(em, ctx.user, event.id))) throw forbidden();
  return event;
}

/**
 * Changes an event. Moving it in time or space tells everyone registered and
 * re-plans reminders; more seats promote the waiting list; fewer never remove
 * anyone already confirmed.
 */
export async function updateEvent(ctx: Context, input: UpdateEventInput): Promise<MutationOutcome<Event>> {
  return runMutation(ctx, 'updateEvent', async (em, audit) => {
    const event = await lockEventForOrganiser(ctx, em, input.id);
    if (event.sequence !== input.sequence) {
      return failWith(
        UserErrorCode.CONFLICT,
        'sequence',
        `The event changed meanwhile (sequence ${event.sequence}); reload and try again.`,
      );
    }
    const before = { ...event };
    const startsAt = input.startsAt ?? event.startsAt;
    const endsAt = input.endsAt ?? event.endsAt;
    const problems = new InputProblems();
    if (endsAt <= startsAt)
      problems.add(UserErrorCode.INVALID, 'endsAt', 'The event must end after it starts.');
    checkSessions(problems, input.sessions, startsAt, endsAt);
    problems.throwIfAny();

    const moved =
      startsAt.getTime() !== event.startsAt.getTime() || endsAt.getTime() !== event.endsAt.getTime();
    const relocated =
      (input.venueAddress !== undefined && input.venueAddress !== event.venueAddress) ||
      (input.onlineUrl !== undefined && input.onlineUrl !== event.onlineUrl);
    Object.assign(event, {
      startsAt,
      endsAt,
      ...(input.title != null && { title: input.title }),
      ...(input.description != null && { description: input.description }),
      ...(input.venueAddress !== undefined && { venueAddress: input.venueAddress }),
      ...(input.onlineUrl !== undefined && { onlineUrl: input.onlineUrl }),
      ...(input.themes != null && { themes: [...new Set(input.themes)] }),
      ...(input.registrationClosesAt !== undefined && { registrationClosesAt: input.registrationClosesAt }),
      ...(input.cancellationDeadline !== undefined && { cancellationDeadline: input.cancellationDeadline }),
      ...(input.capacity != null && { capacity: input.capacity }),
      ...(input.unlimitedCapacity && { capacity: null }),
    });
    event.sequence += 1;
    const saved = await em.save(event);
    if (input.sessions) await replaceSessions(em, event.id, input.sessions);

    if (saved.status === EventStatus.PUBLISHED && (moved || relocated)) {
      const registered = await recipients(em, { eventId: saved.id, statuses: ACTIVE_REGISTRATIONS });
      await notices.changed(em, ctx.settings, saved, registered);
      if (moved) {
        // Reminders planned for the old time are dropped; confirmed people get new ones.
        await dropPendingReminders(em, { eventId: saved.id });
        const confirmed = registered.filter((r) => r.status === RegistrationStatus.CONFIRMED);
        await notices.reminder(em, ctx.settings, saved, confirmed);
      }
    }
    if (saved.status === EventStatus.PUBLISHED) await promoteWaitlist(ctx, em, saved);
    audit.record('Event', saved.id, before, saved);
    return saved;
  });
}

async function transition(
  ctx: Context,
  name: string,
  globalId: string,
  from: EventStatus[],
  to: EventStatus,
) {
  return runMutation(ctx, name, async (em, audit) => {
    const event = await lockEventForOrganiser(ctx, em, globalId);
    if (!from.includes(event.status)) {
      return failWith(UserErrorCode.INVALID, 'id', `A ${event.status} event cannot become ${to}.`);
    }
    const before = { status: event.status };
    event.status = to;
    event.sequence += 1;
    const saved = await em.save(event);
    if (to === EventStatus.CANCELLED) {
      const registered = await recipients(em, { eventId: event.id, statuses: ACTIVE_REGISTRATIONS });
      await notices.eventCancelled(em, ctx.settings, saved, registered);
      await dropPendingReminders(em, { eventId: event.id });
    }
    if (to === EventStatus.COMPLETED) {
      // Confirmed people who were never checked in did not come.
      await em.query(
        `UPDATE registrations r SET status = 'NO_SHOW', updated_at = now()
          WHERE r.event_id = $1 AND r.status = 'CONFIRMED'
            AND NOT EXISTS (SELECT 1 FROM event_check_ins c WHERE c.registration_id = r.id)`,
        [event.id],
      );
    }
    audit.record('Event', event.id, before, { status: saved.status });
    return saved;
  });
}

/** DRAFT → PUBLISHED: visible, and open for registration within its window. */
export const publishEvent = (ctx: Context, id: string) =>
  transition(ctx, 'publishEvent', id, [EventStatus.DRAFT], EventStatus.PUBLISHED);
/** Cancels the event and tells everyone registered. */
export const cancelEvent = (ctx: Context, id: string) =>
  transition(ctx, 'cancelEvent', id, [EventStatus.DRAFT, EventStatus.PUBLISHED], EventStatus.CANCELLED);
/** Marks a held event completed; confirmed people never checked in become NO_SHOW. */
export async function completeEvent(ctx: Context, id: string) {
  const event = await findEvent(ctx, id);
  if (event && event.endsAt.getTime() > Date.now()) {
    const outcome: MutationOutcome<Event> = {
      value: null,
      userErrors: [userError(UserErrorCode.INVALID, 'id', 'The event has not ended yet.')],
    };
    return outcome;
  }
  return transition(ctx, 'completeEvent', id, [EventStatus.PUBLISHED], EventStatus.COMPLETED);
}
