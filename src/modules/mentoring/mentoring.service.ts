import { In, type EntityManager } from 'typeorm';
import { Role, type AuthUser } from '../../common/auth';
import {
  failWith,
  findForChange,
  InputProblems,
  runMutation,
  type MutationOutcome,
} from '../../common/mutation';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../common/pagination';
import { childPage, type ChildList } from '../../common/child-pages';
import { UserErrorCode } from '../../common/user-error';
import { isCalendarDate } from '../../common/local-time';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { Topic } from '../knowledge-base';
import { User } from '../users';
import {
  MentorProfile,
  Mentorship,
  MentorshipGoal,
  MentorshipMeeting,
  MentorshipMentee,
} from './mentoring.entity';
import { MentorshipStatus } from './mentoring.enums';
import { MentoringErrorCode } from './mentoring.errors';
import type {
  LogMentorshipMeetingInput,
  MentorProfileFilter,
  MentorProfileInput,
  RequestMentorshipInput,
  UpdateMentorshipGoalInput,
} from './mentoring.inputs';

/** Mentoring coordinators (and admins) see and steer every mentorship. */
export const coordinatesMentoring = (user: AuthUser | null) =>
  Boolean(user && (user.roles.includes(Role.COORDINATOR) || user.roles.includes(Role.ADMIN)));

/** Whether the user is the mentor or one of the KOV's people in a mentorship. */
async function inPair(
  em: EntityManager,
  mentorship: Mentorship,
  userId: string,
): Promise<'mentor' | 'mentee' | null> {
  const profile = await em.findOneByOrFail(MentorProfile, { id: mentorship.mentorProfileId });
  if (profile.userId === userId) return 'mentor';
  return (await em.existsBy(MentorshipMentee, { mentorshipId: mentorship.id, userId })) ? 'mentee' : null;
}

/** A mentorship for `node(id:)` and `mentorship(id:)`: the pair and coordinators only. */
export async function findMentorshipById(ctx: Context, id: string): Promise<Mentorship | null> {
  const mentorship = await ctx.loaders.mentorshipById.load(id);
  if (!mentorship || !ctx.user) return null;
  if (coordinatesMentoring(ctx.user)) return mentorship;
  const [profile, mentees] = await Promise.all([
    ctx.loaders.mentorProfileById.load(mentorship.mentorProfileId),
    ctx.loaders.mentorshipMentees.load(mentorship.id),
  ]);
  const mine = profile?.userId === ctx.user.id || mentees.some((m) => m.userId === ctx.user!.id);
  return mine ? mentorship : null;
}

/** A mentor profile for `node(id:)`: visible to signed-in people. */
export async function findMentorProfileById(ctx: Context, id: string): Promise<MentorProfile | null> {
  return ctx.user ? ctx.loaders.mentorProfileById.load(id) : null;
}

/** Mentors by how long they have been in the network, filtered by E-ITS topic, county and availability. */
export async function listMentorProfiles(
  ctx: Context,
  args: { filter?: MentorProfileFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<MentorProfile>> {
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  const qb = ctx.dataSource.getRepository(MentorProfile).createQueryBuilder('p');
  if (filter.availableOnly) qb.andWhere('p.available');
  if (filter.topics?.length) {
    // A group and its modules match each other: a mentor of e-its/ORP helps with e-its/ORP.4, and the other way round.
    qb.andWhere(
      `EXISTS (SELECT 1 FROM unnest(p.expertise_codes) c, unnest(:topics::text[]) t
                WHERE c = t OR starts_with(t, c || '.') OR starts_with(c, t || '.'))`,
      { topics: filter.topics },
    );
  }
  if (filter.countyId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM organisations o WHERE o.id = p.organisation_id AND o.county_id = :county)',
      {
        county: requireLocalUuid(filter.countyId, 'County', 'filter.countyId'),
      },
    );
  }
  const counted = qb.clone(); // counted only if totalCount is asked for
  // Cursors carry milliseconds (ISO-8601); the column has microseconds, so both sides compare at milliseconds.
  const sortKey = "date_trunc('milliseconds', p.created_at)";
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, ['moment', 'uuid']);
    qb.andWhere(`(${sortKey}, p.id) > (:createdAt, :id)`, { createdAt, id });
  }
  const rows = await qb
    .orderBy(sortKey, 'ASC')
    .addOrderBy('p.id', 'ASC')
    .take(limit + 1)
    .getMany();
  return toConnection(
    rows,
    limit,
    (p) => [p.createdAt.toISOString(), p.id],
    () => counted.getCount(),
    Boolean(args.after),
  );
}

/** Checks E-ITS topic codes against the taxonomy. */
async function checkTopics(em: EntityManager, problems: InputProblems, codes: string[], field: string) {
  const unique = [...new Set(codes)];
  const known = unique.length ? await em.countBy(Topic, { code: In(unique) }) : 0;
  if (known !== unique.length || unique.some((c) => !c.startsWith('e-its')))
    problems.add(UserErrorCode.INVALID, field, 'Use E-ITS topic codes from the `topics` query.');
}

/** Creates or changes the caller's mentor profile (anyone signed in from an organisation). */
export async function saveMentorProfile(
  ctx: Context,
  input: MentorProfileInput,
): Promise<MutationOutcome<MentorProfile>> {
  return runMutation(ctx, 'saveMentorProfile', async (em, audit) => {
    const user = ctx.user!;
    const problems = new InputProblems();
    if (!user.organisationId)
      problems.add(UserErrorCode.REQUIRED, null, 'Mentors belong to an organisation.');
    await checkTopics(em, problems, input.expertise, 'expertise');
    problems.throwIfAny();
    const existing = await em.findOne(MentorProfile, {
      where: { userId: user.id },
      lock: { mode: 'pessimistic_write' },
    });
    // Under the profile's lock, as acceptances are: capacity never drops below what the mentor holds.
    const held = existing
      ? await em.countBy(Mentorship, { mentorProfileId: existing.id, status: MentorshipStatus.ACCEPTED })
      : 0;
    if (input.capacity < held)
      return failWith(
        UserErrorCode.INVALID,
        'capacity',
        `You mentor ${held} KOV(s) now; capacity cannot be lower.`,
      );
    const before = existing ? { ...existing } : null;
    const profile = await em.save(
      Object.assign(existing ?? em.create(MentorProfile, { userId: user.id }), {
        organisationId: user.organisationId,
        expertiseCodes: [...new Set(input.expertise)],
        languages: [...new Set(input.languages ?? ['et'])],
        capacity: input.capacity,
        available: input.available ?? true,
        bio: input.bio ?? existing?.bio ?? '',
      }),
    );
    audit.record('MentorProfile', profile.id, before, profile);
    return profile;
  });
}

/** A KOV person asks a mentor for help on named goals; the mentor decides. */
export async function requestMentorship(
  ctx: Context,
  input: RequestMentorshipInput,
): Promise<MutationOutcome<Mentorship>> {
  return runMutation(ctx, 'requestMentorship', async (em, audit) => {
    const user = ctx.user!;
    const profile = await findForChange(em, MentorProfile, input.mentorProfileId, {
      type: 'MentorProfile',
      noun: 'mentor',
      field: 'mentorProfileId',
      lock: false,
    });
    if (!profile.available)
      return failWith(
        MentoringErrorCode.MENTOR_UNAVAILABLE,
        'mentorProfileId',
        'The mentor takes no requests now.',
      );
    const problems = new InputProblems();
    if (profile.userId === user.id)
      problems.add(UserErrorCode.INVALID, 'mentorProfileId', 'You cannot mentor yourself.');
    if (
      user.organisationId &&
      (await em.existsBy(Mentorship, {
        mentorProfileId: profile.id,
        menteeOrganisationId: user.organisationId,
        status: In([MentorshipStatus.PENDING, MentorshipStatus.ACCEPTED]),
      }))
    )
      problems.add(
        UserErrorCode.DUPLICATE,
        'mentorProfileId',
        'Your organisation already has an open request with this mentor.',
      );
    if (!user.organisationId)
      problems.add(UserErrorCode.REQUIRED, null, 'Mentorships are for people of an organisation.');
    await checkTopics(
      em,
      problems,
      input.goals.flatMap((g) => (g.topic ? [g.topic] : [])),
      'goals',
    );
    const colleagueIds = [...new Set((input.colleagueIds ?? []).map((g) => localUuid(g, 'User')))];
    const colleagues = colleagueIds.includes(null)
      ? []
      : await em.findBy(User, { id: In(colleagueIds as string[]) });
    if (
      colleagues.length !== colleagueIds.length ||
      colleagues.some((c) => c.organisationId !== user.organisationId)
    )
      problems.add(UserErrorCode.INVALID, 'colleagueIds', 'Colleagues must be people of your organisation.');
    problems.throwIfAny();
    const mentorship = await em.save(
      em.create(Mentorship, {
        mentorProfileId: profile.id,
        menteeOrganisationId: user.organisationId!,
        message: input.message ?? '',
        status: MentorshipStatus.PENDING,
      }),
    );
    const mentees = [...new Set([user.id, ...colleagues.map((c) => c.id)])];
    await em.insert(
      MentorshipMentee,
      mentees.map((userId) => ({ mentorshipId: mentorship.id, userId })),
    );
    await em.insert(
      MentorshipGoal,
      input.goals.map((g, i) => ({
        mentorshipId: mentorship.id,
        topicCode: g.topic ?? null,
        description: g.description,
        position: i + 1,
      })),
    );
    audit.record('Mentorship', mentorship.id, null, { ...mentorship, goals: input.goals.length });
    return mentorship;
  });
}

/**
 * The mentor accepts or declines a pending request. The mentor's profile row
 * is locked first, so two acceptances at once are counted one after the
 * other: the mentor never holds more accepted mentorships than capacity.
 */
export async function decideMentorship(
  ctx: Context,
  globalId: string,
  accept: boolean,
): Promise<MutationOutcome<Mentorship>> {
  return runMutation(ctx, accept ? 'acceptMentorship' : 'declineMentorship', async (em, audit) => {
    const found = await findForChange(em, Mentorship, globalId, {
      type: 'Mentorship',
      noun: 'mentorship',
      field: 'mentorshipId',
      lock: false,
    });
    const profile = await em.findOneOrFail(MentorProfile, {
      where: { id: found.mentorProfileId },
      lock: { mode: 'pessimistic_write' },
    });
    const mentorship = await em.findOneOrFail(Mentorship, {
      where: { id: found.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (profile.userId !== ctx.user!.id) throw forbidden();
    if (mentorship.status !== MentorshipStatus.PENDING)
      return failWith(
        MentoringErrorCode.ALREADY_DECIDED,
        'mentorshipId',
        `The mentorship is already ${mentorship.status}.`,
      );
    if (accept) {
      const held = await em.countBy(Mentorship, {
        mentorProfileId: profile.id,
        status: MentorshipStatus.ACCEPTED,
      });
      if (held >= profile.capacity)
        return failWith(
          MentoringErrorCode.MENTOR_AT_CAPACITY,
          'mentorshipId',
          `You already mentor ${held} KOV(s), your capacity; complete one or raise it first.`,
        );
    }
    const before = { status: mentorship.status };
    Object.assign(mentorship, {
      status: accept ? MentorshipStatus.ACCEPTED : MentorshipStatus.DECLINED,
      decidedAt: new Date(),
    });
    const saved = await em.save(mentorship);
    audit.record('Mentorship', mentorship.id, before, { status: saved.status });
    return saved;
  });
}

/** Ends a mentorship: COMPLETED (accepted ones) or CANCELLED (pending or accepted), by the pair or a coordinator. */
export async function closeMentorship(
  ctx: Context,
  globalId: string,
  to: MentorshipStatus.COMPLETED | MentorshipStatus.CANCELLED,
): Promise<MutationOutcome<Mentorship>> {
  return runMutation(
    ctx,
    to === MentorshipStatus.COMPLETED ? 'completeMentorship' : 'cancelMentorship',
    async (em, audit) => {
      const mentorship = await findForChange(em, Mentorship, globalId, {
        type: 'Mentorship',
        noun: 'mentorship',
        field: 'mentorshipId',
      });
      if (!coordinatesMentoring(ctx.user) && !(await inPair(em, mentorship, ctx.user!.id))) throw forbidden();
      const from =
        to === MentorshipStatus.COMPLETED
          ? [MentorshipStatus.ACCEPTED]
          : [MentorshipStatus.PENDING, MentorshipStatus.ACCEPTED];
      if (!from.includes(mentorship.status))
        return failWith(
          UserErrorCode.INVALID,
          'mentorshipId',
          `A ${mentorship.status} mentorship cannot become ${to}.`,
        );
      const before = { status: mentorship.status };
      Object.assign(mentorship, { status: to, closedAt: new Date() });
      const saved = await em.save(mentorship);
      audit.record('Mentorship', mentorship.id, before, { status: saved.status });
      return saved;
    },
  );
}

/** Locks an accepted mentorship for a change by one of the pair. */
async function lockAcceptedForPair(ctx: Context, em: EntityManager, globalId: string): Promise<Mentorship> {
  const mentorship = await findForChange(em, Mentorship, globalId, {
    type: 'Mentorship',
    noun: 'mentorship',
    field: 'mentorshipId',
  });
  if (!(await inPair(em, mentorship, ctx.user!.id))) throw forbidden();
  if (mentorship.status !== MentorshipStatus.ACCEPTED)
    return failWith(
      UserErrorCode.INVALID,
      'mentorshipId',
      `The mentorship is ${mentorship.status}, not ACCEPTED.`,
    );
  return mentorship;
}

/** The pair updates a goal's status and notes. */
export async function updateGoal(
  ctx: Context,
  input: UpdateMentorshipGoalInput,
): Promise<MutationOutcome<Mentorship>> {
  return runMutation(ctx, 'updateMentorshipGoal', async (em, audit) => {
    const mentorship = await lockAcceptedForPair(ctx, em, input.mentorshipId);
    const goal = await em.findOneBy(MentorshipGoal, {
      mentorshipId: mentorship.id,
      position: input.position,
    });
    if (!goal) return failWith(UserErrorCode.NOT_FOUND, 'position', 'The mentorship has no such goal.');
    const before = { status: goal.status, notes: goal.notes };
    Object.assign(goal, { status: input.status, notes: input.notes ?? goal.notes });
    await em.save(goal);
    audit.record('Mentorship', mentorship.id, before, {
      goal: goal.position,
      status: goal.status,
      notes: goal.notes,
    });
    return mentorship;
  });
}

/** The pair logs a meeting. */
export async function logMeeting(
  ctx: Context,
  input: LogMentorshipMeetingInput,
): Promise<MutationOutcome<Mentorship>> {
  return runMutation(ctx, 'logMentorshipMeeting', async (em, audit) => {
    const mentorship = await lockAcceptedForPair(ctx, em, input.mentorshipId);
    // A real calendar day: 2025-02-30 reads back as another day.
    if (!isCalendarDate(input.heldOn)) return failWith(UserErrorCode.INVALID, 'heldOn', 'Not a date.');
    const meeting = await em.save(
      em.create(MentorshipMeeting, {
        mentorshipId: mentorship.id,
        heldOn: input.heldOn,
        durationMinutes: input.durationMinutes,
        topics: input.topics,
        loggedById: ctx.user!.id,
      }),
    );
    audit.record('Mentorship', mentorship.id, null, { meeting: meeting.id, heldOn: meeting.heldOn });
    return mentorship;
  });
}

/** Mentorships with each person in them (the mentor and every mentee), newest first. */
const MEMBERS_MENTORSHIPS: ChildList<Mentorship> = {
  entity: Mentorship,
  from: `mentorships c CROSS JOIN LATERAL (
           SELECT p.user_id FROM mentor_profiles p WHERE p.id = c.mentor_profile_id
           UNION SELECT x.user_id FROM mentorship_mentees x WHERE x.mentorship_id = c.id) member`,
  parent: 'member.user_id',
  sort: 'c.created_at',
  direction: 'DESC',
  cursor: 'moment',
};

/** Mentorships the caller is in, as mentor or mentee, newest first. */
export function myMentorships(ctx: Context, page: PageArgs): Promise<Connection<Mentorship>> {
  return childPage(ctx, MEMBERS_MENTORSHIPS, ctx.user!.id, page);
}

const MEETINGS: ChildList<MentorshipMeeting> = {
  entity: MentorshipMeeting,
  from: 'mentorship_meetings c',
  parent: 'c.mentorship_id',
  sort: 'c.held_on',
  direction: 'ASC',
  cursor: 'day',
};

/** A mentorship's meetings, oldest first (who may see them is decided with the mentorship). */
export function mentorshipMeetings(
  ctx: Context,
  mentorshipId: string,
  page: PageArgs,
): Promise<Connection<MentorshipMeeting>> {
  return childPage(ctx, MEETINGS, mentorshipId, page);
}

/** Mentorships by status and the KOVs supported (accepted or completed). */
export async function mentoringReport(ctx: Context) {
  const [byStatus, [{ kovs, mentors }]] = await Promise.all([
    ctx.dataSource.query(
      `SELECT status, count(*)::int AS count FROM mentorships GROUP BY status ORDER BY status`,
    ),
    ctx.dataSource.query(
      `SELECT (SELECT count(DISTINCT mentee_organisation_id) FROM mentorships WHERE status IN ('ACCEPTED', 'COMPLETED'))::int AS kovs,
              (SELECT count(*) FROM mentor_profiles)::int AS mentors`,
    ),
  ]);
  return { mentors, byStatus, kovsSupported: kovs };
}
