import type { EntityManager } from 'typeorm';
import { NotificationOutboxEntry, type NotificationKind } from './notification.entity';

/** One email to queue. */
export interface QueuedNotice {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  partyId: string | null;
  recipient: string;
  subject: string;
  text: string;
  ics?: string | null;
  /** Default: now. */
  dueAt?: Date;
  /** For reminders: the start they were planned for. */
  forStartsAt?: Date | null;
}

/** Queues emails in the caller's transaction, in one insert; they go out with the change, or not at all. */
export async function queueNotices(em: EntityManager, notices: QueuedNotice[]): Promise<void> {
  if (notices.length) await em.insert(NotificationOutboxEntry, notices);
}

/** A person an email is addressed to, as part of a subject (their registration, enrolment …). */
export interface Addressee {
  partyId: string;
  email: string | null;
  name: string;
}

/** The same letter to each addressee, its text personalised per person; people without an email address are skipped. */
export function letters<T extends Addressee>(
  to: T[],
  letter: Omit<QueuedNotice, 'partyId' | 'recipient' | 'text'>,
  text: (to: T) => string,
): QueuedNotice[] {
  return to
    .filter((person) => person.email)
    .map((person) => ({ ...letter, partyId: person.partyId, recipient: person.email!, text: text(person) }));
}

/** Queues `letters(…)` in the caller's transaction, in one insert. */
export const queueLetters = <T extends Addressee>(
  em: EntityManager,
  ...args: Parameters<typeof letters<T>>
): Promise<void> => queueNotices(em, letters(...args));

/** Drops emails not yet sent about a subject (or one party in it), of the given kinds or all. */
export async function dropPendingNotices(
  em: EntityManager,
  where: { subjectType: string; subjectIds: string[]; partyId?: string; kinds?: NotificationKind[] },
): Promise<void> {
  await em.query(
    `UPDATE notification_outbox SET dropped_at = now()
      WHERE sent_at IS NULL AND dropped_at IS NULL AND subject_type = $1 AND subject_id = ANY($2)
        AND ($3::uuid IS NULL OR party_id = $3) AND ($4::text[] IS NULL OR kind = ANY($4))`,
    [where.subjectType, where.subjectIds, where.partyId ?? null, where.kinds ?? null],
  );
}
