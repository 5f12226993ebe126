import { In, type EntityManager } from 'typeorm';
import type { CalendarEvent } from '../../common/ical';
import { toGlobalId } from '../../common/node-id';
import type { AppSettings } from '../../context';
import { Cohort, TrainingSession, TrainingSessionModule } from './cohort.entity';
import { Enrolment } from './enrolment.entity';
import { TrainingModule, TrainingProgramme } from './programme.entity';
import { CohortStatus, EnrolmentStatus } from './training.enums';

/** The web page of a cohort. */
export const cohortUrl = (settings: Pick<AppSettings, 'publicWebUrl'>, cohortId: string) =>
  `${settings.publicWebUrl}/koolitused/${toGlobalId('Cohort', cohortId)}`;

/**
 * Sessions of the given cohorts as calendar entries, in four queries whatever
 * their number: "Programme: module titles", the cohort and its page in the
 * description. `cancelledFor` marks the cohorts whose sessions a person no
 * longer attends (a cancelled enrolment), as well as cancelled cohorts.
 */
export async function sessionEntries(
  em: EntityManager,
  cohorts: Cohort[],
  settings: Pick<AppSettings, 'publicWebUrl'>,
  cancelledFor: Set<string> = new Set(),
): Promise<CalendarEvent[]> {
  if (!cohorts.length) return [];
  const cohortIds = cohorts.map((c) => c.id);
  const sessions = await em.find(TrainingSession, {
    where: { cohortId: In(cohortIds) },
    order: { startsAt: 'ASC' },
  });
  const [links, programmes] = await Promise.all([
    sessions.length ? em.findBy(TrainingSessionModule, { sessionId: In(sessions.map((s) => s.id)) }) : [],
    em.findBy(TrainingProgramme, { id: In([...new Set(cohorts.map((c) => c.programmeId))]) }),
  ]);
  const modules = links.length
    ? await em.findBy(TrainingModule, { id: In([...new Set(links.map((l) => l.moduleId))]) })
    : [];
  const cohortOf = new Map(cohorts.map((c) => [c.id, c]));
  const programmeOf = new Map(programmes.map((p) => [p.id, p]));
  return sessions.map((session) => {
    const cohort = cohortOf.get(session.cohortId)!;
    const programme = programmeOf.get(cohort.programmeId)!;
    const titles = modules
      .filter((m) => links.some((l) => l.sessionId === session.id && l.moduleId === m.id))
      .sort((a, b) => a.position - b.position)
      .map((m) => m.title);
    return {
      uid: `training-session-${session.id}@elvl.ee`,
      title: `${programme.title}: ${titles.join(', ')}`,
      description: `${cohort.name}. Moodulid: ${titles.join(', ')}.`,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: session.timeZone,
      location: session.venueAddress ?? (session.onlineUrl ? 'Veebis' : null),
      url: cohortUrl(settings, cohort.id),
      // Sessions are not edited after the cohort is made yet: the cohort's own changes move the sequence.
      sequence: Math.floor(cohort.updatedAt.getTime() / 1000),
      cancelled: cohort.status === CohortStatus.CANCELLED || cancelledFor.has(cohort.id),
      updatedAt: cohort.updatedAt,
    };
  });
}

/** The sessions of every cohort the person is (or was, then cancelled) enrolled in. */
export async function personalSessionEntries(
  em: EntityManager,
  userId: string,
  settings: Pick<AppSettings, 'publicWebUrl'>,
): Promise<CalendarEvent[]> {
  // People waiting for a place have no sessions yet; a cancelled enrolment stays, as CANCELLED, so calendars remove it.
  const enrolments = await em.findBy(Enrolment, {
    userId,
    status: In([
      EnrolmentStatus.ENROLLED,
      EnrolmentStatus.COMPLETED,
      EnrolmentStatus.NOT_COMPLETED,
      EnrolmentStatus.CANCELLED,
    ]),
  });
  if (!enrolments.length) return [];
  const cohorts = await em.findBy(Cohort, { id: In(enrolments.map((e) => e.cohortId)) });
  const cancelled = new Set(
    enrolments.filter((e) => e.status === EnrolmentStatus.CANCELLED).map((e) => e.cohortId),
  );
  return sessionEntries(
    em,
    cohorts.filter((c) => c.status !== CohortStatus.DRAFT),
    settings,
    cancelled,
  );
}
