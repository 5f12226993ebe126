/**
 * iCalendar (RFC 5545) for events and training sessions: local times with TZID=Europe/Tallinn and a
 * VTIMEZONE that states the EU daylight-saving rules, stable UIDs, SEQUENCE
 * from the event, STATUS:CANCELLED for cancelled events, and the event's link
 * both in URL and in DESCRIPTION (many clients show only the description).
 */

export interface CalendarEvent {
  /** Stable and unique across everything the product puts in calendars, e.g. "event-<uuid>@elvl.ee". */
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  url: string;
  sequence: number;
  cancelled: boolean;
  updatedAt: Date;
}

/** Europe/Tallinn: EET (UTC+2), EEST (UTC+3) from the last Sunday of March to the last Sunday of October. */
const TALLINN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Tallinn',
  'X-LIC-LOCATION:Europe/Tallinn',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and newlines escaped. */
export const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The wall-clock time of an instant in a time zone, as YYYYMMDDTHHMMSS. */
export function localDateTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

function vevent(event: CalendarEvent, stamp: Date): string[] {
  const tz = event.timeZone;
  const description = [event.description.trim(), `Link: ${event.url}`].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(stamp)}`,
    `LAST-MODIFIED:${utc(event.updatedAt)}`,
    `DTSTART;TZID=${tz}:${localDateTime(event.startsAt, tz)}`,
    `DTEND;TZID=${tz}:${localDateTime(event.endsAt, tz)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${event.url}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    'END:VEVENT',
  ];
}

/** A complete calendar with the given events; CRLF line ends as RFC 5545 requires. */
export function calendar(name: string, events: CalendarEvent[], stamp = new Date()): string {
  const timeZones = new Set(events.map((e) => e.timeZone));
  for (const tz of timeZones) {
    if (tz !== 'Europe/Tallinn') throw new Error(`No VTIMEZONE for ${tz}`);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ELVL//KOV IT-vorgustik//ET',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/Tallinn',
    ...(timeZones.size || events.length === 0 ? TALLINN_VTIMEZONE : []),
    ...events.flatMap((event) => vevent(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The instant at which Tallinn clocks show `local` ("YYYY-MM-DDTHH:MM"); EET or EEST as the date requires. */
export function tallinnInstant(local: string): Date {
  for (const offset of ['+03:00', '+02:00']) {
    const candidate = new Date(`${local}:00${offset}`);
    if (localDateTime(candidate, 'Europe/Tallinn') === `${local.replace(/[-:]/g, '')}00`) return candidate;
  }
  throw new Error(`${local} does not exist in Europe/Tallinn (skipped by the clock change)`);
}
