import { In, type EntityManager } from 'typeorm';
import {
  failWith,
  findForChange,
  InputProblems,
  runMutation,
  type MutationOutcome,
} from '../../common/mutation';
import { localUuid } from '../../common/node-id';
import { childPage, type ChildCondition, type ChildList } from '../../common/child-pages';
import type { Connection, PageArgs } from '../../common/pagination';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { County, Organisation } from '../organisations';
import { User } from '../users';
import { mayViewCohort, organisesTraining, teachesIn } from './access';
import { syncCertificates } from './certificate.service';
import { feedbackAuthorKey } from './feedback.service';
import {
  Cohort,
  CohortOrganisation,
  CohortTrainer,
  TrainingSession,
  TrainingSessionModule,
} from './cohort.entity';
import { Enrolment } from './enrolment.entity';
import { TrainingModule, TrainingProgramme } from './programme.entity';
import { CohortStatus, EnrolmentStatus, HOLDS_PLACE, ProgrammeStatus } from './training.enums';
import { TrainingErrorCode } from './training.errors';
import type { CreateCohortInput, UpdateCohortInput } from './training.inputs';
import { promotePlaces } from './enrolment.service';
import { noticeCohortCancelled, noticeCohortCompleted, noticePlaces } from './training.notices';

/** A cohort by local id, if the caller may see it (`cohort(id:)` and `node`). */
export async function findCohortById(ctx: Context, id: string): Promise<Cohort | null> {
  const cohort = await ctx.loaders.cohortById.load(id);
  return cohort && (await mayViewCohort(ctx, cohort)) ? cohort : null;
}

export async function findCohort(ctx: Context, globalId: string): Promise<Cohort | null> {
  const id = localUuid(globalId, 'Cohort');
  return id ? findCohortById(ctx, id) : null;
}

/** A programme's cohorts in the order they run: by first session, those without sessions last. */
const PROGRAMME_COHORTS: ChildList<Cohort> = {
  entity: Cohort,
  from: 'training_cohorts c',
  parent: 'c.programme_id',
  sort: `COALESCE((SELECT min(s.starts_at) FROM training_sessions s WHERE s.cohort_id = c.id), '9999-12-31T00:00:00Z')`,
  direction: 'ASC',
  cursor: 'moment',
};

/**
 * A programme's cohorts the caller may see (the rule of mayViewCohort, in
 * SQL): drafts only for organisers and the draft's own trainers.
 */
export function cohortsOf(ctx: Context, programmeId: string, page: PageArgs): Promise<Connection<Cohort>> {
  // Non-drafts of a published programme; a draft only for its own trainers (organisers see everything).
  const published = `c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM training_programmes p WHERE p.id = c.programme_id AND p.status = 'PUBLISHED')`;
  const visible: ChildCondition = organisesTraining(ctx.user)
    ? { sql: 'true' }
    : ctx.user
      ? {
          sql: `(${published}) OR (c.status = 'DRAFT' AND EXISTS (SELECT 1 FROM training_cohort_trainers t WHERE t.cohort_id = c.id AND t.user_id = $1))`,
          values: [ctx.user.id],
        }
      : { sql: published };
  return childPage(ctx, PROGRAMME_COHORTS, programmeId, page, visible);
}

const COHORT_ENROLMENTS: ChildList<Enrolment> = {
  entity: Enrolment,
  from: 'training_enrolments c',
  parent: 'c.cohort_id',
  sort: 'c.queue_number',
  direction: 'ASC',
  cursor: 'number',
};

/** A cohort's enrolments in queue order (the caller's right to see them is checked by the resolver). */
export function cohortEnrolments(
  ctx: Context,
  cohortId: string,
  page: PageArgs,
): Promise<Connection<Enrolment>> {
  return childPage(ctx, COHORT_ENROLMENTS, cohortId, page);
}

/** Local ids of the given global ids of `type`, or null when one is malformed or names nothing. */
async function existing<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  globalIds: string[],
  type: string,
): Promise<string[] | null> {
  const ids = [...new Set(globalIds.map((g) => localUuid(g, type)))];
  if (ids.includes(null)) return null;
  const found = ids.length ? await em.countBy(entity, { id: In(ids) } as never) : 0;
  return found === ids.length ? (ids as string[]) : null;
}

/** Creates a draft cohort with its sessions (organisers and admins; the resolver checks the role). */
export async function createCohort(ctx: Context, input: CreateCohortInput): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, 'createCohort', async (em, audit) => {
    const problems = new InputProblems();
    const programmeId = localUuid(input.programmeId, 'TrainingProgramme');
    const programme = programmeId ? await em.findOneBy(TrainingProgramme, { id: programmeId }) : null;
    if (!programme) return failWith(UserErrorCode.NOT_FOUND, 'programmeId', 'No such programme.');
    const countyId = input.countyId ? localUuid(input.countyId, 'County') : null;
    if (input.countyId && (!countyId || !(await em.existsBy(County, { id: countyId }))))
      problems.add(UserErrorCode.NOT_FOUND, 'countyId', 'No such county.');
    const organisationIds = await existing(em, Organisation, input.organisationIds ?? [], 'Organisation');
    if (!organisationIds)
      problems.add(UserErrorCode.NOT_FOUND, 'organisationIds', 'Unknown organisation ID.');
    // Named trainers, or the organiser creating it (when they have an account: test identities may not).
    const trainerIds = input.trainerIds
      ? await existing(em, User, input.trainerIds, 'User')
      : (await em.existsBy(User, { id: ctx.user!.id }))
        ? [ctx.user!.id]
        : [];
    if (!trainerIds) problems.add(UserErrorCode.NOT_FOUND, 'trainerIds', 'Trainers must be existing users.');
    if (
      input.enrolmentOpensAt &&
      input.enrolmentClosesAt &&
      input.enrolmentClosesAt <= input.enrolmentOpensAt
    )
      problems.add(UserErrorCode.INVALID, 'enrolmentClosesAt', 'Enrolment must close after it opens.');
    const modules = await em.find(TrainingModule, { where: { programmeId: programme.id } });
    const moduleAt = new Map(modules.map((m) => [m.position, m.id]));
    input.sessions.forEach((s, i) => {
      if (s.endsAt <= s.startsAt)
        problems.add(UserErrorCode.INVALID, `sessions.${i}.endsAt`, 'A session must end after it starts.');
      if (s.modules.some((p) => !moduleAt.has(p)))
        problems.add(
          UserErrorCode.INVALID,
          `sessions.${i}.modules`,
          `The programme has modules 1 to ${modules.length}.`,
        );
    });
    problems.throwIfAny();

    const cohort = await em.save(
      em.create(Cohort, {
        programmeId: programme.id,
        name: input.name,
        kind: input.kind,
        countyId,
        capacity: input.capacity,
        waitlistEnabled: input.waitlistEnabled ?? true,
        enrolmentOpensAt: input.enrolmentOpensAt ?? null,
        enrolmentClosesAt: input.enrolmentClosesAt ?? null,
        status: CohortStatus.DRAFT,
      }),
    );
    if (trainerIds?.length)
      await em.insert(
        CohortTrainer,
        trainerIds.map((userId) => ({ cohortId: cohort.id, userId })),
      );
    if (organisationIds?.length)
      await em.insert(
        CohortOrganisation,
        organisationIds.map((organisationId) => ({ cohortId: cohort.id, organisationId })),
      );
    for (const s of input.sessions) {
      const session = await em.save(
        em.create(TrainingSession, {
          cohortId: cohort.id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          venueAddress: s.venueAddress ?? null,
          onlineUrl: s.onlineUrl ?? null,
        }),
      );
      await em.insert(
        TrainingSessionModule,
        [...new Set(s.modules)].map((p) => ({ sessionId: session.id, moduleId: moduleAt.get(p)! })),
      );
    }
    audit.record('Cohort', cohort.id, null, { ...cohort, sessions: input.sessions.length });
    return cohort;
  });
}

/** Moves a cohort between statuses, by its trainers or an organiser. */
async function transition(
  ctx: Context,
  action: string,
  globalId: string,
  from: CohortStatus[],
  to: CohortStatus,
): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, action, async (em, audit) => {
    const cohort = await findForChange(em, Cohort, globalId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
    });
    if (!(await teachesIn(em, ctx.user, cohort.id))) throw forbidden();
    if (!from.includes(cohort.status))
      return failWith(UserErrorCode.INVALID, 'cohortId', `A ${cohort.status} cohort cannot become ${to}.`);
    if (to === CohortStatus.OPEN) {
      const programme = await em.findOneByOrFail(TrainingProgramme, { id: cohort.programmeId });
      if (programme.status !== ProgrammeStatus.PUBLISHED)
        return failWith(
          UserErrorCode.INVALID,
          'cohortId',
          'Publish the programme before opening its cohorts.',
        );
    }
    const before = { status: cohort.status };
    cohort.status = to;
    const saved = await em.save(cohort);
    if (to === CohortStatus.CANCELLED) {
      // The group is called off: nobody holds or waits for a place in it any more.
      const affected = await em.findBy(Enrolment, {
        cohortId: cohort.id,
        status: In([EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED]),
      });
      await em.update(
        Enrolment,
        { id: In(affected.map((e) => e.id)) },
        { status: EnrolmentStatus.CANCELLED, cancelledAt: new Date() },
      );
      // Nobody is told about a draft nobody could see.
      if (before.status !== CohortStatus.DRAFT)
        await noticeCohortCancelled(
          em,
          ctx.settings,
          saved,
          affected.map((e) => e.id),
        );
    }
    audit.record('Cohort', cohort.id, before, { status: saved.status });
    return saved;
  });
}

/** DRAFT → OPEN: people may enrol within the window. */
export const openCohort = (ctx: Context, id: string) =>
  transition(ctx, 'openCohort', id, [CohortStatus.DRAFT], CohortStatus.OPEN);

/** Cancels a cohort that has not been completed. */
export const cancelCohort = (ctx: Context, id: string) =>
  transition(
    ctx,
    'cancelCohort',
    id,
    [CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING],
    CohortStatus.CANCELLED,
  );

interface Evaluation {
  id: string;
  status: EnrolmentStatus;
  complete: boolean;
}

/** An enrolment whose outcome differs from its status. */
export interface ChangedOutcome {
  id: string;
  status: EnrolmentStatus;
  outcome: EnrolmentStatus.COMPLETED | EnrolmentStatus.NOT_COMPLETED;
}

/**
 * The programme's completion rule applied to every enrolment of the cohort
 * that holds a place: at least `minAttendancePercent` of the cohort's sessions
 * attended, and a session of each required module the cohort teaches. Returns
 * only the enrolments whose outcome differs from their status now.
 */
export async function evaluate(
  em: EntityManager,
  cohort: Cohort,
  feedbackSecret?: string,
): Promise<ChangedOutcome[]> {
  const programme = await em.findOneByOrFail(TrainingProgramme, { id: cohort.programmeId });
  const rows: Evaluation[] = await em.query(
    `WITH sessions AS (SELECT id FROM training_sessions WHERE cohort_id = $1),
            required AS (
              SELECT DISTINCT sm.module_id FROM training_session_modules sm
                JOIN sessions s ON s.id = sm.session_id
                JOIN training_modules m ON m.id = sm.module_id AND m.required),
            group_work AS (
              SELECT DISTINCT sm.module_id FROM training_session_modules sm
                JOIN sessions s ON s.id = sm.session_id
                JOIN training_modules m ON m.id = sm.module_id AND m.requires_group_work)
       SELECT e.id, e.status,
              (SELECT count(*) FROM training_attendance a JOIN sessions s ON s.id = a.session_id
                WHERE a.enrolment_id = e.id AND a.present) * 100 >= $2 * (SELECT count(*) FROM sessions)
              AND NOT EXISTS (
                SELECT 1 FROM required r WHERE NOT EXISTS (
                  SELECT 1 FROM training_session_modules sm
                    JOIN sessions s ON s.id = sm.session_id
                    JOIN training_attendance a ON a.session_id = sm.session_id AND a.enrolment_id = e.id AND a.present
                   WHERE sm.module_id = r.module_id))
              AND NOT EXISTS (
                SELECT 1 FROM group_work g WHERE NOT EXISTS (
                  SELECT 1 FROM training_submissions ts
                   WHERE ts.enrolment_id = e.id AND ts.module_id = g.module_id AND ts.accepted_at IS NOT NULL)) AS complete
         FROM training_enrolments e
        WHERE e.cohort_id = $1 AND e.status = ANY($3)
        ORDER BY e.queue_number`,
    [cohort.id, programme.minAttendancePercent, HOLDS_PLACE],
  );
  const gaveFeedback = programme.requiresFeedback
    ? await enrolmentsWithFeedback(
        em,
        cohort,
        rows.map((r) => r.id),
        feedbackSecret,
      )
    : null;
  return rows
    .map((r) => ({
      id: r.id,
      status: r.status,
      outcome:
        r.complete && (!gaveFeedback || gaveFeedback.has(r.id))
          ? EnrolmentStatus.COMPLETED
          : EnrolmentStatus.NOT_COMPLETED,
    }))
    .filter((r) => r.status !== r.outcome) as ChangedOutcome[];
}

/**
 * Which enrolments' people gave feedback on the cohort. Feedback does not name
 * its author; its key (see feedback.service.ts) is recomputed for each person.
 */
async function enrolmentsWithFeedback(
  em: EntityManager,
  cohort: Cohort,
  enrolmentIds: string[],
  feedbackSecret: string | undefined,
): Promise<Set<string>> {
  if (!feedbackSecret)
    throw new Error('The programme requires feedback: evaluating it needs the feedback secret');
  const people = enrolmentIds.length ? await em.findBy(Enrolment, { id: In(enrolmentIds) }) : [];
  const keys = new Map(people.map((e) => [feedbackAuthorKey(feedbackSecret, cohort.id, e.userId), e.id]));
  const given: { author_key: string }[] = keys.size
    ? await em.query(
        `SELECT author_key FROM training_feedback WHERE cohort_id = $1 AND author_key = ANY($2)`,
        [cohort.id, [...keys.keys()]],
      )
    : [];
  return new Set(given.map((g) => keys.get(g.author_key)!));
}

/** Writes evaluated outcomes (one statement per outcome). */
export async function applyCompletion(em: EntityManager, changed: ChangedOutcome[]): Promise<void> {
  for (const outcome of [EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED]) {
    const ids = changed.filter((r) => r.outcome === outcome).map((r) => r.id);
    if (ids.length) await em.update(Enrolment, { id: In(ids) }, { status: outcome, evaluatedAt: new Date() });
  }
}

/**
 * Evaluates every enrolment holding a place against the programme's rule:
 * at least `minAttendancePercent` of the cohort's sessions attended, and a
 * session of each required module the cohort teaches. Marks them COMPLETED
 * or NOT_COMPLETED and the cohort COMPLETED. Re-running after corrected
 * attendance changes only what changed; with nothing to change it refuses.
 */
export async function completeCohort(ctx: Context, globalId: string): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, 'completeCohort', async (em, audit) => {
    const cohort = await findForChange(em, Cohort, globalId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
    });
    if (!(await teachesIn(em, ctx.user, cohort.id))) throw forbidden();
    if (![CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.COMPLETED].includes(cohort.status))
      return failWith(UserErrorCode.INVALID, 'cohortId', `A ${cohort.status} cohort cannot be completed.`);
    const changed = await evaluate(em, cohort, ctx.auth.feedbackSecret);
    if (cohort.status === CohortStatus.COMPLETED && changed.length === 0)
      return failWith(
        TrainingErrorCode.NOTHING_CHANGED,
        'cohortId',
        'The cohort is completed and nothing has changed since.',
      );
    await applyCompletion(em, changed);
    await syncCertificates(em, cohort, changed);
    // The group has finished: nobody waits for a place in it any more.
    const waiting = await em.findBy(Enrolment, { cohortId: cohort.id, status: EnrolmentStatus.WAITLISTED });
    await em.update(
      Enrolment,
      { id: In(waiting.map((e) => e.id)) },
      { status: EnrolmentStatus.CANCELLED, cancelledAt: new Date() },
    );
    await noticeCohortCompleted(
      em,
      ctx.settings,
      cohort,
      waiting.map((e) => e.id),
    );
    for (const r of changed) audit.record('Enrolment', r.id, { status: r.status }, { status: r.outcome });
    if (cohort.status !== CohortStatus.COMPLETED) {
      audit.record('Cohort', cohort.id, { status: cohort.status }, { status: CohortStatus.COMPLETED });
      cohort.status = CohortStatus.COMPLETED;
      await em.save(cohort);
    }
    return cohort;
  });
}

/** A session by local id for `node(id:)`, if the caller may see its cohort. */
export async function findSessionById(ctx: Context, id: string): Promise<TrainingSession | null> {
  const session = await ctx.loaders.trainingSessionById.load(id);
  return session && (await findCohortById(ctx, session.cohortId)) ? session : null;
}

/**
 * Changes a cohort (its trainers and organisers). More places promote the
 * waiting list at once; fewer never remove anyone who has a place.
 */
export async function updateCohort(ctx: Context, input: UpdateCohortInput): Promise<MutationOutcome<Cohort>> {
  return runMutation(ctx, 'updateCohort', async (em, audit) => {
    const cohort = await findForChange(em, Cohort, input.cohortId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
    });
    if (!(await teachesIn(em, ctx.user, cohort.id))) throw forbidden();
    if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.CANCELLED)
      return failWith(
        UserErrorCode.INVALID,
        'cohortId',
        `A ${cohort.status} cohort is not changed any more.`,
      );
    const problems = new InputProblems();
    const opens = input.enrolmentOpensAt ?? cohort.enrolmentOpensAt;
    const closes = input.enrolmentClosesAt ?? cohort.enrolmentClosesAt;
    if (opens && closes && closes <= opens)
      problems.add(UserErrorCode.INVALID, 'enrolmentClosesAt', 'Enrolment must close after it opens.');
    // Trainers see participants' emails and attendance: only organisers appoint them.
    if (input.trainerIds && !organisesTraining(ctx.user)) throw forbidden();
    const trainerIds = input.trainerIds ? await existing(em, User, input.trainerIds, 'User') : undefined;
    if (trainerIds === null)
      problems.add(UserErrorCode.NOT_FOUND, 'trainerIds', 'Trainers must be existing users.');
    problems.throwIfAny();
    const before = { ...cohort };
    Object.assign(cohort, {
      ...(input.name != null && { name: input.name }),
      ...(input.capacity != null && { capacity: input.capacity }),
      ...(input.waitlistEnabled != null && { waitlistEnabled: input.waitlistEnabled }),
      ...(input.enrolmentOpensAt !== undefined && { enrolmentOpensAt: input.enrolmentOpensAt }),
      ...(input.enrolmentClosesAt !== undefined && { enrolmentClosesAt: input.enrolmentClosesAt }),
    });
    const saved = await em.save(cohort);
    if (trainerIds) {
      await em.delete(CohortTrainer, { cohortId: cohort.id });
      if (trainerIds.length)
        await em.insert(
          CohortTrainer,
          trainerIds.map((userId) => ({ cohortId: cohort.id, userId })),
        );
    }
    if (cohort.status === CohortStatus.OPEN || cohort.status === CohortStatus.RUNNING) {
      const promoted = await promotePlaces(em, cohort);
      for (const id of promoted)
        audit.record(
          'Enrolment',
          id,
          { status: EnrolmentStatus.WAITLISTED },
          { status: EnrolmentStatus.ENROLLED },
        );
      await noticePlaces(em, ctx.settings, saved, promoted, true);
    }
    audit.record('Cohort', cohort.id, before, { ...saved, ...(trainerIds && { trainerIds }) });
    return saved;
  });
}
