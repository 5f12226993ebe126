/** "24.10.2026 kell 10:00": how Estonian emails write a moment, in the given time zone. */
export function localWhen(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('et-EE', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} kell ${parts.hour}:${parts.minute}`;
}

/** True for a real calendar day written YYYY-MM-DD ("2027-02-30" is not one). */
export function isCalendarDate(text: string): boolean {
  // Year 0 exists for JavaScript dates but not for PostgreSQL.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** One formatter per time zone: building one costs more than using it, and searches date their counts with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date (YYYY-MM-DD) as it is in the given time zone, by default in Estonia. */
export function localToday(timeZone = 'Europe/Tallinn', now = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}
