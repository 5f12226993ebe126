import type { EntityManager } from 'typeorm';
import { calendar } from '../../common/ical';
import { localWhen } from '../../common/local-time';
import type { AppSettings } from '../../context';
import type { PendingNotice } from '../../module';
import {
  dropPendingNotices,
  letters,
  queueLetters,
  queueNotices,
  type Addressee,
  type NotificationKind,
} from '../notifications';
import { Cohort, TrainingSession } from './cohort.entity';
import { TrainingProgramme } from './programme.entity';
import { cohortUrl, sessionEntries } from './training.calendar';
import { CohortStatus, HOLDS_PLACE } from './training.enums';

type NoticeSettings = Pick<AppSettings, 'publicWebUrl' | 'reminderLeadMinutes'>;

const signature = '\n\nLugupidamisega\nEesti Linnade ja Valdade Liit';

/** When a session starts, as the emails say it; sessions are held in Tallinn time. */
const when = (date: Date) => localWhen(date, 'Europe/Tallinn');

/** Someone enrolled in a cohort; `partyId` is their enrolment. */
type Person = Addressee;

async function people(em: EntityManager, enrolmentIds: string[]): Promise<Person[]> {
  if (!enrolmentIds.length) return [];
  return em.query(
    `SELECT e.id AS "partyId", u.email, u.name FROM training_enrolments e JOIN users u ON u.id = e.user_id
      WHERE e.id = ANY($1) ORDER BY e.queue_number`,
    [enrolmentIds],
  );
}

/** One email per person about the cohort, personalised, in the caller's transaction. */
const tell = (
  em: EntityManager,
  kind: NotificationKind,
  cohort: Cohort,
  to: Person[],
  subject: string,
  text: (person: Person) => string,
  ics: string | null = null,
) => queueLetters(em, to, { kind, subjectType: 'Cohort', subjectId: cohort.id, subject, ics }, text);

/** Reminders before each of the cohort's sessions still to come, for the given people. */
export async function planSessionReminders(
  em: EntityManager,
  settings: NoticeSettings,
  cohort: Cohort,
  enrolmentIds: string[],
  sessions?: TrainingSession[],
): Promise<void> {
  const to = await people(em, enrolmentIds);
  const upcoming = (sessions ?? (await em.findBy(TrainingSession, { cohortId: cohort.id }))).filter(
    (s) => s.startsAt.getTime() > Date.now(),
  );
  await queueNotices(
    em,
    upcoming.flatMap((session) =>
      letters(
        to,
        {
          kind: 'REMINDER',
          subjectType: 'TrainingSession',
          subjectId: session.id,
          subject: `Meeldetuletus: ${cohort.name}`,
          dueAt: new Date(
            Math.max(Date.now(), session.startsAt.getTime() - settings.reminderLeadMinutes * 60_000),
          ),
          forStartsAt: session.startsAt,
        },
        (p) =>
          `Tere, ${p.name}!\n\nTuletame meelde: grupi „${cohort.name}“ koolituspäev algab ${when(session.startsAt)} (Tallinna aeg).${session.venueAddress ? `\nKoht: ${session.venueAddress}` : ''}\n\nGrupi leht: ${cohortUrl(settings, cohort.id)}${signature}`,
      ),
    ),
  );
}

/** Drops reminders not yet sent for the given sessions (all of them, or one person's). */
export async function dropSessionReminders(em: EntityManager, sessionIds: string[], enrolmentId?: string) {
  if (sessionIds.length)
    await dropPendingNotices(em, {
      subjectType: 'TrainingSession',
      subjectIds: sessionIds,
      partyId: enrolmentId,
      kinds: ['REMINDER'],
    });
}

const sessionIdsOf = async (em: EntityManager, cohort: Cohort) =>
  (await em.findBy(TrainingSession, { cohortId: cohort.id })).map((s) => s.id);

/**
 * A place confirmed (on enrolling, or promoted from the waiting list): a
 * confirmation with the cohort's sessions as an .ics file, and reminders
 * before each session to come.
 */
export async function noticePlaces(
  em: EntityManager,
  settings: NoticeSettings,
  cohort: Cohort,
  enrolmentIds: string[],
  promoted = false,
): Promise<void> {
  if (!enrolmentIds.length) return;
  const programme = await em.findOneByOrFail(TrainingProgramme, { id: cohort.programmeId });
  const ics = calendar(cohort.name, await sessionEntries(em, [cohort], settings));
  const opening = promoted
    ? `Ootejärjekorrast vabanes koht ja Teie koht grupis „${cohort.name}“ on nüüd kinnitatud.`
    : `Teie koht grupis „${cohort.name}“ on kinnitatud.`;
  await tell(
    em,
    promoted ? 'PROMOTION' : 'CONFIRMATION',
    cohort,
    await people(em, enrolmentIds),
    promoted ? `Koht vabanes: ${cohort.name}` : `Koht kinnitatud: ${cohort.name}`,
    (p) =>
      `Tere, ${p.name}!\n\n${opening}\nKoolitusprogramm: ${programme.title}\n\nGrupi leht: ${cohortUrl(settings, cohort.id)}\nKoolituspäevad on lisatud kalendrifailina.${signature}`,
    ics,
  );
  await planSessionReminders(em, settings, cohort, enrolmentIds);
}

/** On the waiting list. */
export async function noticeWaitlisted(
  em: EntityManager,
  settings: NoticeSettings,
  cohort: Cohort,
  enrolmentIds: string[],
) {
  await tell(
    em,
    'WAITLISTED',
    cohort,
    await people(em, enrolmentIds),
    `Ootejärjekorras: ${cohort.name}`,
    (p) =>
      `Tere, ${p.name}!\n\nGrupp „${cohort.name}“ on täis ja Te olete ootejärjekorras. Kui koht vabaneb, saate teate.\n\nGrupi leht: ${cohortUrl(settings, cohort.id)}${signature}`,
  );
}

/** Confirmations and waiting-list notices not yet sent (a retry may still be pending) must not arrive after a cancellation. */
const dropCohortNotices = (em: EntityManager, cohort: Cohort, enrolmentId?: string) =>
  dropPendingNotices(em, {
    subjectType: 'Cohort',
    subjectIds: [cohort.id],
    partyId: enrolmentId,
    kinds: ['CONFIRMATION', 'PROMOTION', 'WAITLISTED', 'CHANGE'],
  });

/** A person's place ended (they or a trainer cancelled): no more reminders or queued news for them. */
export async function noticePlaceCancelled(em: EntityManager, cohort: Cohort, enrolmentId: string) {
  await dropCohortNotices(em, cohort, enrolmentId);
  await dropSessionReminders(em, await sessionIdsOf(em, cohort), enrolmentId);
}

/**
 * The cohort has finished: reminders for any sessions still ahead stop, and
 * those still on the waiting list learn that no place came free.
 */
export async function noticeCohortCompleted(
  em: EntityManager,
  settings: NoticeSettings,
  cohort: Cohort,
  waitingIds: string[],
) {
  await dropSessionReminders(em, await sessionIdsOf(em, cohort));
  await tell(
    em,
    'CANCELLATION',
    cohort,
    await people(em, waitingIds),
    `Koht ei vabanenud: ${cohort.name}`,
    (p) =>
      `Tere, ${p.name}!\n\nKoolitusgrupp „${cohort.name}“ on lõppenud ja ootejärjekorrast Teile kohta ei vabanenud.\n\nGrupi leht: ${cohortUrl(settings, cohort.id)}${signature}`,
  );
}

/**
 * The cohort's sessions changed (one added, moved or removed): place holders
 * get the new schedule as an .ics file, and reminders are planned anew for
 * the sessions given.
 */
export async function noticeScheduleChanged(
  em: EntityManager,
  settings: NoticeSettings,
  cohort: Cohort,
  replan: TrainingSession[],
) {
  const holders = await placeHolders(em, cohort.id);
  await dropSessionReminders(
    em,
    replan.map((s) => s.id),
  );
  await planSessionReminders(em, settings, cohort, holders, replan);
  await tell(
    em,
    'CHANGE',
    cohort,
    await people(em, holders),
    `Muudatus ajakavas: ${cohort.name}`,
    (p) =>
      `Tere, ${p.name}!\n\nGrupi „${cohort.name}“ koolituspäevade ajakava muutus. Uus ajakava on lisatud kalendrifailina.\n\nGrupi leht: ${cohortUrl(settings, cohort.id)}${signature}`,
    calendar(cohort.name, await sessionEntries(em, [cohort], settings)),
  );
}

/** The cohort is called off: everyone who had or waited for a place is told, and reminders stop. */
export async function noticeCohortCancelled(
  em: EntityManager,
  settings: NoticeSettings,
  cohort: Cohort,
  enrolmentIds: string[],
) {
  await tell(
    em,
    'CANCELLATION',
    cohort,
    await people(em, enrolmentIds),
    `Ära jäetud: ${cohort.name}`,
    (p) =>
      `Tere, ${p.name}!\n\nKahjuks jääb koolitusgrupp „${cohort.name}“ ära.\n\nGrupi leht: ${cohortUrl(settings, cohort.id)}${signature}`,
  );
  await dropCohortNotices(em, cohort);
  await dropSessionReminders(em, await sessionIdsOf(em, cohort));
}

/**
 * Session reminders no longer wanted: the session moved since they were
 * planned, the cohort was cancelled or completed, or the person no longer has a place.
 */
export async function staleSessionReminders(em: EntityManager, notices: PendingNotice[]): Promise<string[]> {
  const reminders = notices.filter((n) => n.subjectType === 'TrainingSession' && n.kind === 'REMINDER');
  if (!reminders.length) return [];
  const rows: { id: string }[] = await em.query(
    `SELECT n.id FROM notification_outbox n
       LEFT JOIN training_sessions s ON s.id = n.subject_id
       LEFT JOIN training_cohorts c ON c.id = s.cohort_id
       LEFT JOIN training_enrolments e ON e.id = n.party_id
      WHERE n.id = ANY($1)
        AND (s.starts_at IS DISTINCT FROM n.for_starts_at OR NOT (c.status = ANY($3)) OR NOT (e.status = ANY($2)) OR e.id IS NULL)`,
    [reminders.map((n) => n.id), HOLDS_PLACE, [CohortStatus.OPEN, CohortStatus.RUNNING]],
  );
  return rows.map((r) => r.id);
}

/** The people holding a place in a cohort now. */
export async function placeHolders(em: EntityManager, cohortId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT id FROM training_enrolments WHERE cohort_id = $1 AND status = ANY($2)`,
    [cohortId, HOLDS_PLACE],
  );
  return rows.map((r) => r.id);
}
