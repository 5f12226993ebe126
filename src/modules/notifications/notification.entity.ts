import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind =
  'CONFIRMATION' | 'WAITLISTED' | 'PROMOTION' | 'CHANGE' | 'CANCELLATION' | 'REMINDER';

/**
 * An email to send, written in the same transaction as the change it is about
 * and delivered by the worker. It is about a subject (an Event, a
 * TrainingSession …) and usually a party in it (a registration, an
 * enrolment). A reminder remembers the start time it was planned for: the
 * module owning the subject tells the worker when it is stale (see
 * `staleNotices` in the module manifest), and it is dropped instead of sent.
 */
@Entity('notification_outbox')
@Index('IDX_notification_outbox_due', ['dueAt'], { where: '"sent_at" IS NULL AND "dropped_at" IS NULL' })
export class NotificationOutboxEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The GraphQL type of what it is about, e.g. "Event", "TrainingSession". */
  @Column({ type: 'text' })
  subjectType: string;

  @Index()
  @Column({ type: 'uuid' })
  subjectId: string;

  /** Whose place it is about: a registration, an enrolment. */
  @Column({ type: 'uuid', nullable: true })
  partyId: string | null;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  /** An iCalendar file to attach (confirmations). */
  @Column({ type: 'text', nullable: true })
  ics: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  dueAt: Date;

  /** For reminders: the event start this reminder was planned for. */
  @Column({ type: 'timestamptz', nullable: true })
  forStartsAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Set instead of sending: a reminder for an old time, or for a cancelled registration. */
  @Column({ type: 'timestamptz', nullable: true })
  droppedAt: Date | null;
}
