import type { EntityManager } from 'typeorm';
import {
  failWith,
  findForChange,
  InputProblems,
  runMutation,
  type MutationOutcome,
} from '../../common/mutation';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { teachesIn } from './access';
import { Cohort, TrainingSession, TrainingSessionModule } from './cohort.entity';
import { TrainingAttendance } from './enrolment.entity';
import { TrainingModule } from './programme.entity';
import { CohortStatus } from './training.enums';
import type { AddTrainingSessionInput, UpdateTrainingSessionInput } from './training.inputs';
import { dropSessionReminders, noticeScheduleChanged } from './training.notices';

/**
 * Locks a cohort whose sessions change, for its trainers and organisers; a
 * completed or cancelled cohort keeps its sessions as they were held.
 */
async function lockCohortForSessions(ctx: Context, em: EntityManager, cohortId: string): Promise<Cohort> {
  const cohort = await em.findOneOrFail(Cohort, {
    where: { id: cohortId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!(await teachesIn(em, ctx.user, cohort.id))) throw forbidden();
  if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.CANCELLED)
    return failWith(UserErrorCode.INVALID, 'cohortId', `A ${cohort.status} cohort’s sessions do not change.`);
  return cohort;
}

/** Module ids of the given positions in the cohort's programme; a userError on `field` for an unknown one. */
async function modulesAt(
  em: EntityManager,
  cohort: Cohort,
  positions: number[],
  field: string,
): Promise<string[]> {
  const modules = await em.findBy(TrainingModule, { programmeId: cohort.programmeId });
  const at = new Map(modules.map((m) => [m.position, m.id]));
  if (positions.some((p) => !at.has(p)))
    return failWith(UserErrorCode.INVALID, field, `The programme has modules 1 to ${modules.length}.`);
  return [...new Set(positions)].map((p) => at.get(p)!);
}

/**
 * Saves the cohort after its sessions changed: its `updatedAt` is the
 * sessions' iCalendar SEQUENCE, so calendar apps take the new times.
 */
async function touch(em: EntityManager, cohort: Cohort): Promise<Cohort> {
  cohort.updatedAt = new Date();
  return em.save(cohort);
}

/** Adds a session to a cohort. */
export async function addSession(
  ctx: Context,
  input: AddTrainingSessionInput,
): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, 'addTrainingSession', async (em, audit) => {
    const found = await findForChange(em, Cohort, input.cohortId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
      lock: false,
    });
    const cohort = await lockCohortForSessions(ctx, em, found.id);
    if (input.endsAt <= input.startsAt)
      return failWith(UserErrorCode.INVALID, 'endsAt', 'A session must end after it starts.');
    const moduleIds = await modulesAt(em, cohort, input.modules, 'modules');
    const session = await em.save(
      em.create(TrainingSession, {
        cohortId: cohort.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        venueAddress: input.venueAddress ?? null,
        onlineUrl: input.onlineUrl ?? null,
      }),
    );
    await em.insert(
      TrainingSessionModule,
      moduleIds.map((moduleId) => ({ sessionId: session.id, moduleId })),
    );
    audit.record('TrainingSession', session.id, null, { ...session, modules: input.modules });
    // Touched first: the attached calendar carries the cohort's new SEQUENCE.
    const touched = await touch(em, cohort);
    await noticeScheduleChanged(em, ctx.settings, touched, [session]);
    return touched;
  });
}

/** Moves a session, or changes its place, link or modules. */
export async function updateSession(
  ctx: Context,
  input: UpdateTrainingSessionInput,
): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, 'updateTrainingSession', async (em, audit) => {
    const found = await findForChange(em, TrainingSession, input.sessionId, {
      type: 'TrainingSession',
      noun: 'session',
      field: 'sessionId',
      lock: false,
    });
    const cohort = await lockCohortForSessions(ctx, em, found.cohortId);
    const session = await em.findOneByOrFail(TrainingSession, { id: found.id });
    const problems = new InputProblems();
    const startsAt = input.startsAt ?? session.startsAt;
    const endsAt = input.endsAt ?? session.endsAt;
    if (endsAt <= startsAt)
      problems.add(UserErrorCode.INVALID, 'endsAt', 'A session must end after it starts.');
    problems.throwIfAny();
    const moduleIds = input.modules ? await modulesAt(em, cohort, input.modules, 'modules') : null;
    const before = { ...session };
    Object.assign(session, {
      startsAt,
      endsAt,
      ...(input.venueAddress !== undefined && { venueAddress: input.venueAddress }),
      ...(input.onlineUrl !== undefined && { onlineUrl: input.onlineUrl }),
    });
    await em.save(session);
    const rescheduled =
      session.startsAt.getTime() !== before.startsAt.getTime() ||
      session.endsAt.getTime() !== before.endsAt.getTime() ||
      session.venueAddress !== before.venueAddress;
    if (moduleIds) {
      await em.delete(TrainingSessionModule, { sessionId: session.id });
      await em.insert(
        TrainingSessionModule,
        moduleIds.map((moduleId) => ({ sessionId: session.id, moduleId })),
      );
    }
    audit.record('TrainingSession', session.id, before, {
      ...session,
      ...(input.modules && { modules: input.modules }),
    });
    const touched = await touch(em, cohort);
    // People are told, and reminders follow the session to its new time or place.
    if (rescheduled) await noticeScheduleChanged(em, ctx.settings, touched, [session]);
    return touched;
  });
}

/** Removes a session with no attendance recorded; a cohort keeps at least one. */
export async function removeSession(
  ctx: Context,
  input: { sessionId: string },
): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, 'removeTrainingSession', async (em, audit) => {
    const session = await findForChange(em, TrainingSession, input.sessionId, {
      type: 'TrainingSession',
      noun: 'session',
      field: 'sessionId',
      lock: false,
    });
    const cohort = await lockCohortForSessions(ctx, em, session.cohortId);
    if (await em.existsBy(TrainingAttendance, { sessionId: session.id }))
      return failWith(
        UserErrorCode.INVALID,
        'sessionId',
        'Attendance is recorded for this session; it stays.',
      );
    if ((await em.countBy(TrainingSession, { cohortId: cohort.id })) <= 1)
      return failWith(UserErrorCode.INVALID, 'sessionId', 'A cohort keeps at least one session.');
    await dropSessionReminders(em, [session.id]);
    await em.delete(TrainingSession, { id: session.id });
    audit.record('TrainingSession', session.id, session, null);
    const touched = await touch(em, cohort);
    await noticeScheduleChanged(em, ctx.settings, touched, []);
    return touched;
  });
}
