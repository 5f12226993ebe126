import ICAL from 'ical.js';
import { calendar, escapeText, foldLine, localDateTime } from './ical';

const base = {
  uid: 'event-11111111-1111-4111-8111-111111111111@elvl.ee',
  title: 'Sügisseminar: küberturvalisus, andmed; teenused',
  description: 'Kaks päeva Pärnus.\nÕhtul ühine õhtusöök.',
  timeZone: 'Europe/Tallinn',
  location: 'Pärnu, Rüütli 1',
  url: 'https://elvl.example/seminarid/1',
  sequence: 3,
  cancelled: false,
  updatedAt: new Date('2026-09-01T10:00:00Z'),
};

describe('iCalendar', () => {
  it('writes local Tallinn times that a real parser reads back, across the daylight-saving change', () => {
    // 24 Oct 2026 10:00 EEST (UTC+3) → 25 Oct 2026 16:00 EET (UTC+2): the clocks go back in between.
    const ics = calendar('Test', [
      { ...base, startsAt: new Date('2026-10-24T07:00:00Z'), endsAt: new Date('2026-10-25T14:00:00Z') },
    ]);
    const component = new ICAL.Component(ICAL.parse(ics));
    const timezone = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(timezone, 'Europe/Tallinn');
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('2026-10-24T10:00:00');
    expect(event.endDate.toString()).toBe('2026-10-25T16:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T14:00:00.000Z');
    expect(event.summary).toBe(base.title);
    expect(event.description).toContain('Link: https://elvl.example/seminarid/1');
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(3);
    expect(ics).toContain('\r\nURL:https://elvl.example/seminarid/1\r\n');
  });

  it('marks cancelled events', () => {
    const ics = calendar('Test', [
      {
        ...base,
        cancelled: true,
        startsAt: new Date('2026-03-01T08:00:00Z'),
        endsAt: new Date('2026-03-01T10:00:00Z'),
      },
    ]);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('DTSTART;TZID=Europe/Tallinn:20260301T100000');
  });

  it('escapes text and folds long lines at 75 octets without splitting letters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'õ'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'õ'.repeat(60)}`);
  });

  it('converts instants to Tallinn wall-clock time in both seasons', () => {
    expect(localDateTime(new Date('2026-01-15T08:00:00Z'), 'Europe/Tallinn')).toBe('20260115T100000');
    expect(localDateTime(new Date('2026-07-15T08:00:00Z'), 'Europe/Tallinn')).toBe('20260715T110000');
  });
});
