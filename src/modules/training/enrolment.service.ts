import { In, type EntityManager } from 'typeorm';
import {
  failWith,
  findForChange,
  InputProblems,
  runMutation,
  type MutationOutcome,
} from '../../common/mutation';
import { localUuid } from '../../common/node-id';
import { noticePlaceCancelled, noticePlaces, noticeWaitlisted } from './training.notices';
import { hasFreeSeat, promoteWaiting, requeue, type SeatPool } from '../../common/seats';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { User } from '../users';
import { teaches, teachesIn } from './access';
import { Cohort, CohortOrganisation, TrainingSession } from './cohort.entity';
import { Enrolment, TrainingAttendance } from './enrolment.entity';
import { CohortStatus, EnrolmentStatus, HOLDS_PLACE, ProgrammeStatus } from './training.enums';
import { TrainingProgramme } from './programme.entity';
import { TrainingErrorCode } from './training.errors';
import type { EnrolInCohortInput, RecordTrainingAttendanceInput } from './training.inputs';

/** A cohort's places and waiting list (see common/seats.ts), under the cohort's row lock. */
const COHORT_PLACES: SeatPool = {
  table: 'training_enrolments',
  poolColumn: 'cohort_id',
  seated: HOLDS_PLACE,
  waiting: EnrolmentStatus.WAITLISTED,
  promotedTo: { status: EnrolmentStatus.ENROLLED, at: 'enrolled_at' },
};

const ACTIVE = [...HOLDS_PLACE, EnrolmentStatus.WAITLISTED];

/** Fills free places from the waiting list (under the cohort's lock, which the caller holds); returns who moved up. */
export const promotePlaces = (em: EntityManager, cohort: Cohort) =>
  promoteWaiting(em, COHORT_PLACES, cohort.id, cohort.capacity);

/** An enrolment is the person's own business, and their cohort's trainers' and organisers'. */
export async function mayViewEnrolment(ctx: Context, enrolment: Enrolment): Promise<boolean> {
  return ctx.user?.id === enrolment.userId || teaches(ctx, enrolment.cohortId);
}

/** An enrolment by local id for `node(id:)`, if the caller may see it. */
export async function findEnrolmentById(ctx: Context, id: string): Promise<Enrolment | null> {
  const enrolment = await ctx.loaders.enrolmentById.load(id);
  return enrolment && (await mayViewEnrolment(ctx, enrolment)) ? enrolment : null;
}

/** The caller's enrolment in a cohort, if any. */
export function myEnrolment(ctx: Context, cohortId: string): Promise<Enrolment | null> | null {
  return ctx.user ? ctx.loaders.enrolmentOfUser.load(`${cohortId}:${ctx.user.id}`) : null;
}

/** Whether the enrolment window is open now: from `enrolmentOpensAt` to `enrolmentClosesAt` or the first session. */
async function windowOpen(em: EntityManager, cohort: Cohort): Promise<boolean> {
  const now = Date.now();
  if (cohort.enrolmentOpensAt && now < cohort.enrolmentOpensAt.getTime()) return false;
  const firstSession = await em.findOne(TrainingSession, {
    where: { cohortId: cohort.id },
    order: { startsAt: 'ASC' },
  });
  const closes = cohort.enrolmentClosesAt ?? firstSession?.startsAt ?? null;
  return !closes || now < closes.getTime();
}

/**
 * Enrols the caller, or someone else when the caller organises or teaches
 * the cohort (then outside the window too). The cohort row is locked for the
 * whole decision, so places are taken one at a time: never over capacity, and
 * queue numbers follow the order enrolments were accepted.
 */
export async function enrolInCohort(
  ctx: Context,
  input: EnrolInCohortInput,
): Promise<MutationOutcome<Enrolment>> {
  return runMutation(ctx, 'enrolInCohort', async (em, audit) => {
    const cohort = await findForChange(em, Cohort, input.cohortId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
    });
    const onBehalf = input.userId !== undefined && input.userId !== null;
    const staff = await teachesIn(em, ctx.user, cohort.id);
    const programme = await em.findOneByOrFail(TrainingProgramme, { id: cohort.programmeId });
    // A cohort nobody else may see answers as if it did not exist.
    if ((cohort.status === CohortStatus.DRAFT || programme.status === ProgrammeStatus.DRAFT) && !staff)
      return failWith(UserErrorCode.NOT_FOUND, 'cohortId', 'No such cohort.');
    if (programme.status === ProgrammeStatus.ARCHIVED)
      return failWith(TrainingErrorCode.ENROLMENT_CLOSED, 'cohortId', 'The programme is archived.');
    if (onBehalf && !staff) throw forbidden();
    if (cohort.status !== CohortStatus.OPEN && cohort.status !== CohortStatus.RUNNING)
      return failWith(
        TrainingErrorCode.ENROLMENT_CLOSED,
        'cohortId',
        `The cohort is ${cohort.status}; it takes no enrolments.`,
      );
    if (!onBehalf && !(await windowOpen(em, cohort)))
      return failWith(TrainingErrorCode.ENROLMENT_CLOSED, 'cohortId', 'Enrolment is not open now.');

    let person: { id: string; organisationId: string | null };
    if (onBehalf) {
      const userId = localUuid(input.userId!, 'User');
      const found = userId ? await em.findOneBy(User, { id: userId }) : null;
      if (!found) return failWith(UserErrorCode.NOT_FOUND, 'userId', 'No such user.');
      person = found;
    } else {
      person = { id: ctx.user!.id, organisationId: ctx.user!.organisationId };
    }
    const allowed = await em.findBy(CohortOrganisation, { cohortId: cohort.id });
    const eligible = allowed.length
      ? allowed.some((a) => a.organisationId === person.organisationId)
      : person.organisationId !== null;
    if (!eligible)
      return failWith(
        TrainingErrorCode.NOT_ELIGIBLE,
        onBehalf ? 'userId' : 'cohortId',
        'This cohort is for other organisations.',
      );

    const existing = await em.findOneBy(Enrolment, { cohortId: cohort.id, userId: person.id });
    if (existing && ACTIVE.includes(existing.status))
      return failWith(TrainingErrorCode.ALREADY_ENROLLED, 'cohortId', 'Already enrolled in this cohort.');
    const hasPlace = await hasFreeSeat(em, COHORT_PLACES, cohort.id, cohort.capacity);
    if (!hasPlace && !cohort.waitlistEnabled)
      return failWith(TrainingErrorCode.COHORT_FULL, 'cohortId', 'The cohort is full.');
    const fields = {
      status: hasPlace ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED,
      organisationId: person.organisationId,
      enrolledAt: hasPlace ? new Date() : null,
      cancelledAt: null,
      evaluatedAt: null,
    };
    let enrolment: Enrolment;
    if (existing) {
      // Enrolling again after cancelling: the same row, at the back of the queue.
      await em.save(Object.assign(existing, fields));
      await requeue(em, COHORT_PLACES, existing.id);
      enrolment = await em.findOneByOrFail(Enrolment, { id: existing.id });
    } else {
      enrolment = await em.save(em.create(Enrolment, { cohortId: cohort.id, userId: person.id, ...fields }));
    }
    audit.record('Enrolment', enrolment.id, null, enrolment);
    if (hasPlace) await noticePlaces(em, ctx.settings, cohort, [enrolment.id]);
    else await noticeWaitlisted(em, ctx.settings, cohort, [enrolment.id]);
    return enrolment;
  });
}

/**
 * Cancels an enrolment: the person's own, or any as the cohort's trainer or
 * an organiser. A freed place goes to the first person waiting, exactly once.
 */
export async function cancelEnrolment(
  ctx: Context,
  input: { enrolmentId: string },
): Promise<MutationOutcome<Enrolment>> {
  return runMutation(ctx, 'cancelEnrolment', async (em, audit) => {
    const found = await findForChange(em, Enrolment, input.enrolmentId, {
      type: 'Enrolment',
      noun: 'enrolment',
      field: 'enrolmentId',
      lock: false,
    });
    // Same lock order as enrolling: the cohort first, then the enrolment.
    const cohort = await em.findOneOrFail(Cohort, {
      where: { id: found.cohortId },
      lock: { mode: 'pessimistic_write' },
    });
    const enrolment = await em.findOneOrFail(Enrolment, {
      where: { id: found.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (enrolment.userId !== ctx.user!.id && !(await teachesIn(em, ctx.user, cohort.id))) throw forbidden();
    if (![EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED].includes(enrolment.status))
      return failWith(
        UserErrorCode.INVALID,
        'enrolmentId',
        `A ${enrolment.status} enrolment cannot be cancelled.`,
      );
    const before = { status: enrolment.status };
    const freedPlace = enrolment.status === EnrolmentStatus.ENROLLED;
    Object.assign(enrolment, { status: EnrolmentStatus.CANCELLED, cancelledAt: new Date() });
    const saved = await em.save(enrolment);
    await noticePlaceCancelled(em, cohort, enrolment.id);
    if (freedPlace && (cohort.status === CohortStatus.OPEN || cohort.status === CohortStatus.RUNNING)) {
      const promoted = await promotePlaces(em, cohort);
      for (const id of promoted)
        audit.record(
          'Enrolment',
          id,
          { status: EnrolmentStatus.WAITLISTED },
          { status: EnrolmentStatus.ENROLLED },
        );
      await noticePlaces(em, ctx.settings, cohort, promoted, true);
    }
    audit.record('Enrolment', enrolment.id, before, { status: saved.status, cancelledAt: saved.cancelledAt });
    return saved;
  });
}

/** Records people present or absent at a session (its cohort's trainers and organisers); all or nothing. */
export async function recordAttendance(
  ctx: Context,
  input: RecordTrainingAttendanceInput,
): Promise<MutationOutcome<number>> {
  return runMutation(ctx, 'recordTrainingAttendance', async (em, audit) => {
    const session = await findForChange(em, TrainingSession, input.sessionId, {
      type: 'TrainingSession',
      noun: 'session',
      field: 'sessionId',
      lock: false,
    });
    if (!(await teachesIn(em, ctx.user, session.cohortId))) throw forbidden();
    const cohort = await em.findOneByOrFail(Cohort, { id: session.cohortId });
    if (cohort.status === CohortStatus.DRAFT || cohort.status === CohortStatus.CANCELLED)
      return failWith(UserErrorCode.INVALID, 'sessionId', `A ${cohort.status} cohort has no attendance.`);
    const ids = [...new Set(input.enrolmentIds.map((g) => localUuid(g, 'Enrolment')))];
    const enrolments = ids.includes(null) ? [] : await em.findBy(Enrolment, { id: In(ids as string[]) });
    const problems = new InputProblems();
    if (enrolments.length !== ids.length)
      problems.add(UserErrorCode.NOT_FOUND, 'enrolmentIds', 'Unknown enrolment ID.');
    else if (enrolments.some((e) => e.cohortId !== session.cohortId || !HOLDS_PLACE.includes(e.status)))
      problems.add(
        TrainingErrorCode.NOT_ENROLLED,
        'enrolmentIds',
        'Only people with a place in this cohort attend its sessions.',
      );
    problems.throwIfAny();
    await em
      .createQueryBuilder()
      .insert()
      .into(TrainingAttendance)
      .values(
        enrolments.map((e) => ({
          sessionId: session.id,
          enrolmentId: e.id,
          present: input.present,
          recordedById: ctx.user!.id,
        })),
      )
      .orUpdate(['present', 'recorded_by_id', 'recorded_at'], ['session_id', 'enrolment_id'])
      .execute();
    for (const e of enrolments)
      audit.record('Enrolment', e.id, null, { attendanceAt: session.id, present: input.present });
    return enrolments.length;
  });
}
