import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  failWith,
  InputProblems,
  runMutation,
  type MutationOutcome,
  findForChange,
} from '../../common/mutation';
import { localUuid, toGlobalId } from '../../common/node-id';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { childPage, type ChildList } from '../../common/child-pages';
import type { Connection, PageArgs } from '../../common/pagination';
import { forbidden } from '../../errors';
import { hashToken, newSecretToken } from '../../common/secret-token';
import { organises, organisesInRequest } from './access';
import { hasFreeSeat, promoteWaiting, requeue, type SeatPool } from '../../common/seats';
import { isAdmin } from '../../common/auth';
import { Event, EventQuestion } from './event.entity';
import { EventStatus, QuestionType, RegistrationStatus } from './event.enums';
import type { CheckInInput, RegistrationAnswerInput, SubmitFeedbackInput } from './event.inputs';
import { dropPendingReminders, notices, type Recipient } from './notices';
import { CalendarFeedToken, CheckIn, EventFeedback, Registration } from './registration.entity';
import { localDateTime } from '../../common/ical';
import { SeminarErrorCode } from './seminar.errors';

/** Statuses that hold a seat. */
export const SEATED = [RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW];

/** An event's seats and waiting list (see common/seats.ts), under the event's row lock. */
const EVENT_SEATS: SeatPool = {
  table: 'registrations',
  poolColumn: 'event_id',
  seated: SEATED,
  waiting: RegistrationStatus.WAITLISTED,
  promotedTo: { status: RegistrationStatus.CONFIRMED, at: 'confirmed_at' },
};
const ACTIVE = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.ATTENDED];

export interface RecipientWithStatus extends Recipient {
  status: RegistrationStatus;
}

/** A registration is the registrant's own business, and their event's organisers' (and admins'). */
export async function mayViewRegistration(ctx: Context, registration: Registration): Promise<boolean> {
  if (ctx.user?.id === registration.userId || isAdmin(ctx.user)) return true;
  return organisesInRequest(ctx, registration.eventId);
}

/** A registration by local id for `node(id:)`, if the caller may see it. */
export async function findRegistration(ctx: Context, id: string): Promise<Registration | null> {
  const registration = await ctx.loaders.registrationById.load(id);
  return registration && (await mayViewRegistration(ctx, registration)) ? registration : null;
}

const MY_REGISTRATIONS: ChildList<Registration> = {
  entity: Registration,
  from: 'registrations c JOIN events e ON e.id = c.event_id',
  parent: 'c.user_id',
  sort: 'e.starts_at',
  direction: 'DESC',
  cursor: 'moment',
};

/** The caller's registrations, newest event first. */
export function myRegistrations(ctx: Context, page: PageArgs): Promise<Connection<Registration>> {
  return childPage(ctx, MY_REGISTRATIONS, ctx.user!.id, page);
}

/**
 * Registrants with their email addresses, in queue order, in one query:
 * either given registrations, or everyone of an event in the given statuses.
 */
export async function recipients(
  em: EntityManager,
  where: { registrationIds: string[] } | { eventId: string; statuses: RegistrationStatus[] },
): Promise<RecipientWithStatus[]> {
  const [clause, params] =
    'registrationIds' in where
      ? ['r.id = ANY($1)', [where.registrationIds]]
      : ['r.event_id = $1 AND r.status = ANY($2::registration_status[])', [where.eventId, where.statuses]];
  return em.query(
    `SELECT r.id AS "partyId", u.email, u.name, r.status
       FROM registrations r JOIN users u ON u.id = r.user_id
      WHERE ${clause}
      ORDER BY r.queue_number`,
    params,
  );
}

/**
 * Checks answers against the event's questions, each by its type; returns
 * them keyed by question key, as stored (booleans as booleans). Problems name
 * the field `answers.<question key>` (or `answers.<index>` for an unknown question).
 */
function checkAnswers(
  problems: InputProblems,
  questions: EventQuestion[],
  answers: RegistrationAnswerInput[],
) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<EventQuestion, RegistrationAnswerInput>();
  answers.forEach((answer, index) => {
    const question = byId.get(localUuid(answer.questionId, 'RegistrationQuestion') ?? '');
    if (!question) {
      problems.add(
        SeminarErrorCode.INVALID_ANSWER,
        `answers.${index}`,
        'There is no such question for this event.',
      );
    } else if (given.has(question)) {
      problems.add(
        SeminarErrorCode.INVALID_ANSWER,
        `answers.${question.key}`,
        `Answered twice: ${question.label}`,
      );
    } else {
      given.set(question, answer);
    }
  });
  const clean: Record<string, unknown> = {};
  for (const q of questions) {
    const field = `answers.${q.key}`;
    const answer = given.get(q);
    // Unanswered: neither field given (a value in the wrong field for the type is an invalid answer).
    if ((answer?.value ?? '').trim() === '' && !answer?.values?.length) {
      if (q.required) problems.add(UserErrorCode.REQUIRED, field, `Please answer: ${q.label}`);
      continue;
    }
    const stored = answerValue(q, answer!);
    if (stored === undefined)
      problems.add(SeminarErrorCode.INVALID_ANSWER, field, `Not a valid answer to: ${q.label}`);
    else clean[q.key] = stored;
  }
  return clean;
}

/** The stored form of an answer valid for its question's type, or undefined. */
function answerValue(q: EventQuestion, answer: RegistrationAnswerInput): unknown {
  const { value, values } = answer;
  const single = values === undefined || values === null;
  switch (q.type) {
    case QuestionType.TEXT:
      return single && typeof value === 'string' && value.length <= 2000 ? value : undefined;
    case QuestionType.BOOLEAN:
      return single && (value === 'true' || value === 'false') ? value === 'true' : undefined;
    case QuestionType.CHOICE:
      return single && typeof value === 'string' && q.options.includes(value) ? value : undefined;
    case QuestionType.MULTI_CHOICE:
      return (value === undefined || value === null) && values!.every((v) => q.options.includes(v))
        ? [...new Set(values)]
        : undefined;
  }
}

/**
 * Registers the caller. The event row is locked for the whole decision, so
 * seats are counted and taken one registration at a time: never overbooked,
 * and queue numbers follow the order registrations were accepted.
 */
export async function registerForEvent(
  ctx: Context,
  input: { eventId: string; answers?: RegistrationAnswerInput[] | null },
): Promise<MutationOutcome<Registration>> {
  const user = ctx.user!;
  return runMutation(ctx, 'registerForEvent', async (em, audit) => {
    const event = await findForChange(em, Event, input.eventId, {
      type: 'Event',
      noun: 'event',
      field: 'eventId',
    });
    // A draft is invisible to people who may register: it answers as if it did not exist.
    if (event.status === EventStatus.DRAFT)
      return failWith(UserErrorCode.NOT_FOUND, 'eventId', 'No such event.');
    if (event.status === EventStatus.CANCELLED)
      return failWith(SeminarErrorCode.EVENT_CANCELLED, 'eventId', 'The event has been cancelled.');
    const now = Date.now();
    const closes = (event.registrationClosesAt ?? event.startsAt).getTime();
    if (event.status !== EventStatus.PUBLISHED || now >= closes) {
      return failWith(
        SeminarErrorCode.REGISTRATION_CLOSED,
        'eventId',
        'Registration for this event is closed.',
      );
    }
    if (event.registrationOpensAt && now < event.registrationOpensAt.getTime()) {
      return failWith(SeminarErrorCode.EVENT_NOT_OPEN, 'eventId', 'Registration has not opened yet.');
    }
    const existing = await em.findOneBy(Registration, { eventId: event.id, userId: user.id });
    if (existing && ACTIVE.includes(existing.status)) {
      return failWith(
        SeminarErrorCode.ALREADY_REGISTERED,
        'eventId',
        'You are already registered for this event.',
      );
    }
    const problems = new InputProblems();
    const questions = await em.find(EventQuestion, {
      where: { eventId: event.id },
      order: { position: 'ASC' },
    });
    const answers = checkAnswers(problems, questions, input.answers ?? []);
    problems.throwIfAny();

    const hasSeat = await hasFreeSeat(em, EVENT_SEATS, event.id, event.capacity);
    if (!hasSeat && !event.waitlistEnabled)
      return failWith(SeminarErrorCode.EVENT_FULL, 'eventId', 'The event is full.');
    const status = hasSeat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    const fields = {
      status,
      answers,
      organisationId: user.organisationId,
      confirmedAt: hasSeat ? new Date() : null,
      cancelledAt: null,
    };
    let registration: Registration;
    if (existing) {
      // Registering again after cancelling: same row, back of the queue.
      await em.save(Object.assign(existing, fields));
      await requeue(em, EVENT_SEATS, existing.id);
      registration = await em.findOneByOrFail(Registration, { id: existing.id });
    } else {
      registration = await em.save(
        em.create(Registration, { eventId: event.id, userId: user.id, ...fields }),
      );
    }
    const to = await recipients(em, { registrationIds: [registration.id] });
    if (hasSeat) await notices.confirmed(em, ctx.settings, event, to);
    else await notices.waitlisted(em, ctx.settings, event, to);
    audit.record('Registration', registration.id, null, registration);
    return registration;
  });
}

/**
 * Fills free seats from the waiting list, first in first out, and returns how many moved up; runs under the
 * event lock its callers hold, so each waiting person is promoted exactly once.
 */
export async function promoteWaitlist(ctx: Context, em: EntityManager, event: Event): Promise<number> {
  if (event.status !== EventStatus.PUBLISHED) return 0;
  const ids = await promoteWaiting(em, EVENT_SEATS, event.id, event.capacity);
  if (ids.length === 0) return 0;
  await notices.confirmed(em, ctx.settings, event, await recipients(em, { registrationIds: ids }), true);
  return ids.length;
}

/**
 * Cancels a registration: by the participant before the cancellation
 * deadline, by an organiser at any time. A freed seat goes to the first person
 * waiting.
 */
export async function cancelRegistration(
  ctx: Context,
  input: { registrationId: string },
): Promise<MutationOutcome<Registration>> {
  return runMutation(ctx, 'cancelRegistration', async (em, audit) => {
    const found = await findForChange(em, Registration, input.registrationId, {
      type: 'Registration',
      noun: 'registration',
      field: 'registrationId',
      lock: false,
    });
    // Same lock order as registering: the event first, then the registration.
    const event = await em.findOneOrFail(Event, {
      where: { id: found.eventId },
      lock: { mode: 'pessimistic_write' },
    });
    const registration = await em.findOneOrFail(Registration, {
      where: { id: found.id },
      lock: { mode: 'pessimistic_write' },
    });
    const isOrganiser = await organises(em, ctx.user, event.id);
    if (registration.userId !== ctx.user!.id && !isOrganiser) throw forbidden();
    if (![RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED].includes(registration.status)) {
      return failWith(
        UserErrorCode.INVALID,
        'registrationId',
        `A ${registration.status} registration cannot be cancelled.`,
      );
    }
    const deadline = (event.cancellationDeadline ?? event.startsAt).getTime();
    if (!isOrganiser && Date.now() > deadline) {
      return failWith(
        SeminarErrorCode.CANCELLATION_DEADLINE_PASSED,
        'registrationId',
        'The cancellation deadline has passed; contact the organiser.',
      );
    }
    const before = { status: registration.status };
    const freedSeat = registration.status === RegistrationStatus.CONFIRMED;
    registration.status = RegistrationStatus.CANCELLED;
    registration.cancelledAt = new Date();
    const saved = await em.save(registration);
    await dropPendingReminders(em, { eventId: event.id, registrationId: registration.id });
    if (freedSeat) await promoteWaitlist(ctx, em, event);
    audit.record('Registration', registration.id, before, {
      status: saved.status,
      cancelledAt: saved.cancelledAt,
    });
    return saved;
  });
}

/** The event's days (YYYY-MM-DD) in its own time zone. */
export function eventDays(event: Event): string[] {
  const day = (date: Date) => {
    const local = localDateTime(date, event.timeZone);
    return `${local.slice(0, 4)}-${local.slice(4, 6)}-${local.slice(6, 8)}`;
  };
  const days: string[] = [];
  for (let t = event.startsAt.getTime(); ; t += 24 * 3600 * 1000) {
    const d = day(new Date(Math.min(t, event.endsAt.getTime())));
    if (!days.includes(d)) days.push(d);
    if (t >= event.endsAt.getTime()) break;
  }
  const last = day(event.endsAt);
  if (!days.includes(last)) days.push(last);
  return days;
}

/** Checks participants in for a day (organisers); all of one event, all or nothing. */
export async function checkIn(ctx: Context, input: CheckInInput): Promise<MutationOutcome<Registration[]>> {
  return runMutation(ctx, 'checkIn', async (em, audit) => {
    const ids = [...new Set(input.registrationIds.map((g) => localUuid(g, 'Registration')))];
    if (ids.length === 0 || ids.includes(null))
      return failWith(UserErrorCode.NOT_FOUND, 'registrationIds', 'Unknown registration ID.');
    const registrations = await em.findBy(
      Registration,
      ids.map((id) => ({ id: id! })),
    );
    if (registrations.length !== ids.length)
      return failWith(UserErrorCode.NOT_FOUND, 'registrationIds', 'Unknown registration ID.');
    const eventIds = new Set(registrations.map((r) => r.eventId));
    if (eventIds.size !== 1)
      return failWith(UserErrorCode.INVALID, 'registrationIds', 'Check in one event at a time.');
    const event = await em.findOneOrFail(Event, {
      where: { id: registrations[0].eventId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!(await organises(em, ctx.user, event.id))) throw forbidden();
    const days = eventDays(event);
    const today = eventDays({ ...event, startsAt: new Date(), endsAt: new Date() } as Event)[0];
    const day = input.day ?? (days.includes(today) ? today : days[0]);
    if (!days.includes(day))
      return failWith(UserErrorCode.INVALID, 'day', `The event runs on ${days.join(', ')}.`);
    const problems = new InputProblems();
    for (const r of registrations) {
      if (!SEATED.includes(r.status)) {
        problems.add(
          UserErrorCode.INVALID,
          'registrationIds',
          `${toGlobalId('Registration', r.id)} is ${r.status}; only confirmed participants check in.`,
        );
      }
    }
    problems.throwIfAny();
    await em
      .createQueryBuilder()
      .insert()
      .into(CheckIn)
      .values(registrations.map((r) => ({ registrationId: r.id, day, checkedInById: ctx.user!.id })))
      .orIgnore()
      .execute();
    for (const r of registrations) {
      if (r.status !== RegistrationStatus.ATTENDED) {
        audit.record(
          'Registration',
          r.id,
          { status: r.status },
          { status: RegistrationStatus.ATTENDED, day },
        );
        r.status = RegistrationStatus.ATTENDED;
        await em.save(r);
      }
    }
    return registrations;
  });
}

/** Feedback from someone who attended an event that has ended; once per person. */
export async function submitFeedback(
  ctx: Context,
  input: SubmitFeedbackInput,
  secret: string,
): Promise<MutationOutcome<boolean>> {
  return runMutation(ctx, 'submitFeedback', async (em, audit) => {
    const user = ctx.user!;
    const event = await findForChange(em, Event, input.eventId, {
      type: 'Event',
      noun: 'event',
      field: 'eventId',
      lock: false,
    });
    const attended = await em.existsBy(Registration, {
      eventId: event.id,
      userId: user.id,
      status: RegistrationStatus.ATTENDED,
    });
    if (!attended)
      return failWith(
        SeminarErrorCode.NOT_ATTENDED,
        'eventId',
        'Only people who attended can give feedback.',
      );
    if (event.startsAt.getTime() > Date.now())
      return failWith(UserErrorCode.INVALID, 'eventId', 'The event has not started yet.');
    // A keyed hash lets one person answer once without the answer naming them.
    const authorKey = createHmac('sha256', secret).update(`${event.id}:${user.id}`).digest('hex');
    if (await em.existsBy(EventFeedback, { eventId: event.id, authorKey })) {
      return failWith(UserErrorCode.DUPLICATE, 'eventId', 'You have already given feedback on this event.');
    }
    const feedback = await em.save(
      em.create(EventFeedback, {
        eventId: event.id,
        userId: input.anonymous ? null : user.id,
        authorKey,
        rating: input.rating,
        comment: input.comment ?? null,
        anonymous: input.anonymous,
      }),
    );
    audit.record('EventFeedback', feedback.id, null, {
      rating: feedback.rating,
      anonymous: feedback.anonymous,
    });
    return true;
  });
}

/** A new secret URL for the caller's personal calendar feed (the previous one stops working). */
export async function createCalendarFeed(ctx: Context): Promise<MutationOutcome<string>> {
  return runMutation(ctx, 'createCalendarFeedUrl', async (em, audit) => {
    const token = newSecretToken();
    await em.upsert(CalendarFeedToken, { userId: ctx.user!.id, tokenHash: hashToken(token) }, ['userId']);
    audit.record('CalendarFeedToken', ctx.user!.id, null, null);
    return `${ctx.settings.apiPublicUrl}/calendar/personal/${token}.ics`;
  });
}
