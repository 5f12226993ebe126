import { toGlobalId } from '../../common/node-id';
import { In, type EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { PendingNotice } from '../../module';
import {
  dropPendingNotices,
  queueLetters,
  type Addressee,
  type NotificationKind,
  type QueuedNotice,
} from '../notifications';
import { Event } from './event.entity';
import { Registration } from './registration.entity';
import { EventStatus, RegistrationStatus } from './event.enums';
import { calendar, type CalendarEvent } from '../../common/ical';
import { localWhen } from '../../common/local-time';

/** Links and timing the notices need from the configuration. */
export type NoticeSettings = Pick<Config, 'publicWebUrl' | 'reminderLeadMinutes'>;

export const eventUrl = (settings: Pick<Config, 'publicWebUrl'>, event: Event) =>
  `${settings.publicWebUrl}/seminarid/${toGlobalId('Event', event.id)}`;

/**
 * An event as one calendar entry: the one mapping every .ics the product
 * serves or mails uses. `cancelled` defaults to the event's own status; a
 * personal feed also marks events the person cancelled.
 */
export function calendarEntry(
  settings: Pick<Config, 'publicWebUrl'>,
  event: Event,
  cancelled = event.status === EventStatus.CANCELLED,
): CalendarEvent {
  return {
    uid: `event-${event.id}@elvl.ee`,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    location: event.venueAddress ?? (event.onlineUrl ? 'Veebis' : null),
    url: eventUrl(settings, event),
    sequence: event.sequence,
    cancelled,
    // A row fresh from an insert in this transaction may not have it yet.
    updatedAt: event.updatedAt ?? new Date(),
  };
}

/** The .ics file of one event. */
export const eventCalendar = (settings: NoticeSettings, event: Event): string =>
  calendar(event.title, [calendarEntry(settings, event)]);

function whereAndWhen(event: Event): string {
  const place = event.venueAddress
    ? `Koht: ${event.venueAddress}`
    : event.onlineUrl
      ? `Veebis: ${event.onlineUrl}`
      : '';
  return [
    `Aeg: ${localWhen(event.startsAt, event.timeZone)}–${localWhen(event.endsAt, event.timeZone).split(' kell ')[1]} (Tallinna aeg)`,
    place,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Someone registered for an event; `partyId` is their registration. */
export type Recipient = Addressee;

/** Queues one email per recipient about the event, in the caller's transaction. */
const queue = (
  em: EntityManager,
  kind: NotificationKind,
  event: Event,
  recipients: Recipient[],
  subject: string,
  text: (to: Recipient) => string,
  extra: Pick<QueuedNotice, 'ics' | 'dueAt' | 'forStartsAt'> = {},
) =>
  queueLetters(em, recipients, { kind, subjectType: 'Event', subjectId: event.id, subject, ...extra }, text);

const signature = '\n\nLugupidamisega\nEesti Linnade ja Valdade Liit, KOV IT-võrgustik';

export const notices = {
  /** Confirmation (or promotion from the waiting list) with the event's .ics, and the reminder before it. */
  async confirmed(
    em: EntityManager,
    settings: NoticeSettings,
    event: Event,
    to: Recipient[],
    promoted = false,
  ) {
    const opening = promoted
      ? `Ootejärjekorrast vabanes koht ja Teie osalemine üritusel „${event.title}“ on nüüd kinnitatud.`
      : `Teie registreerimine üritusele „${event.title}“ on kinnitatud.`;
    await queue(
      em,
      promoted ? 'PROMOTION' : 'CONFIRMATION',
      event,
      to,
      promoted ? `Koht vabanes: ${event.title}` : `Registreerimine kinnitatud: ${event.title}`,
      (r) =>
        `Tere, ${r.name}!\n\n${opening}\n\n${whereAndWhen(event)}\nÜrituse leht: ${eventUrl(settings, event)}\n\nKalendrifail on lisatud.${signature}`,
      { ics: eventCalendar(settings, event) },
    );
    await notices.reminder(em, settings, event, to);
  },

  async waitlisted(em: EntityManager, settings: NoticeSettings, event: Event, to: Recipient[]) {
    await queue(
      em,
      'WAITLISTED',
      event,
      to,
      `Ootejärjekorras: ${event.title}`,
      (r) =>
        `Tere, ${r.name}!\n\nÜritus „${event.title}“ on täis ja Te olete ootejärjekorras. Kui koht vabaneb, saate teate.\n\nÜrituse leht: ${eventUrl(settings, event)}${signature}`,
    );
  },

  /** A reminder before the start; it remembers the start it was planned for. */
  async reminder(em: EntityManager, settings: NoticeSettings, event: Event, to: Recipient[]) {
    const dueAt = new Date(event.startsAt.getTime() - settings.reminderLeadMinutes * 60_000);
    if (event.startsAt.getTime() <= Date.now()) return;
    await queue(
      em,
      'REMINDER',
      event,
      to,
      `Meeldetuletus: ${event.title}`,
      (r) =>
        `Tere, ${r.name}!\n\nTuletame meelde: „${event.title}“ algab peagi.\n\n${whereAndWhen(event)}\nÜrituse leht: ${eventUrl(settings, event)}${signature}`,
      { dueAt: dueAt.getTime() < Date.now() ? new Date() : dueAt, forStartsAt: event.startsAt },
    );
  },

  async changed(em: EntityManager, settings: NoticeSettings, event: Event, to: Recipient[]) {
    await queue(
      em,
      'CHANGE',
      event,
      to,
      `Muudatus: ${event.title}`,
      (r) =>
        `Tere, ${r.name}!\n\nÜrituse „${event.title}“ aeg või koht muutus.\n\n${whereAndWhen(event)}\nÜrituse leht: ${eventUrl(settings, event)}${signature}`,
      { ics: eventCalendar(settings, event) },
    );
  },

  async eventCancelled(em: EntityManager, settings: NoticeSettings, event: Event, to: Recipient[]) {
    await queue(
      em,
      'CANCELLATION',
      event,
      to,
      `Ära jäetud: ${event.title}`,
      (r) =>
        `Tere, ${r.name}!\n\nKahjuks jääb üritus „${event.title}“ (${localWhen(event.startsAt, event.timeZone)}) ära.${signature}`,
      { ics: eventCalendar(settings, event) },
    );
  },
};

/** Drops reminders not yet sent, for a registration or for a whole event. */
export async function dropPendingReminders(
  em: EntityManager,
  where: { eventId: string; registrationId?: string },
) {
  await dropPendingNotices(em, {
    subjectType: 'Event',
    subjectIds: [where.eventId],
    partyId: where.registrationId,
    kinds: ['REMINDER'],
  });
}

/**
 * Event reminders no longer wanted: the event moved since they were planned,
 * is no longer published, or the person no longer has a seat. The changes
 * that cause this drop them in their own transaction; this catches the rest.
 */
export async function staleEventReminders(em: EntityManager, notices: PendingNotice[]): Promise<string[]> {
  const reminders = notices.filter((n) => n.subjectType === 'Event' && n.kind === 'REMINDER');
  if (!reminders.length) return [];
  const rows: { id: string }[] = await em.query(
    `SELECT n.id FROM notification_outbox n
       LEFT JOIN events e ON e.id = n.subject_id
       LEFT JOIN registrations r ON r.id = n.party_id
      WHERE n.id = ANY($1)
        AND (e.starts_at IS DISTINCT FROM n.for_starts_at OR e.status <> 'PUBLISHED' OR r.status IS DISTINCT FROM 'CONFIRMED')`,
    [reminders.map((n) => n.id)],
  );
  return rows.map((r) => r.id);
}

/**
 * The person's registrations as calendar entries: their events (not drafts);
 * a cancelled registration stays as CANCELLED, so calendar apps remove it.
 */
export async function personalEventEntries(
  em: EntityManager,
  userId: string,
  settings: Pick<Config, 'publicWebUrl'>,
): Promise<CalendarEvent[]> {
  const registrations = await em.findBy(Registration, { userId });
  const events = registrations.length
    ? await em.findBy(Event, { id: In(registrations.map((r) => r.eventId)) })
    : [];
  const status = new Map(registrations.map((r) => [r.eventId, r.status]));
  return events
    .filter((e) => e.status !== EventStatus.DRAFT)
    .map((e) =>
      calendarEntry(
        settings,
        e,
        e.status === EventStatus.CANCELLED || status.get(e.id) === RegistrationStatus.CANCELLED,
      ),
    );
}
