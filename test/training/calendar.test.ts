import ICAL from 'ical.js';
import { useSeededServer } from '../support/harness';

const t = useSeededServer();
const { make } = t;

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('training calendars', () => {
  it('serve a cohort’s sessions in Tallinn time, and put them in the person’s own feed beside their seminars', async () => {
    const member = await make.seeded('it@tartu.ee');
    const cohort = await make.aCohort({
      name: 'Kalendrigrupp',
      sessions: [
        // 24 Oct 2026 is the last Saturday before the clocks go back; 31 Oct is after.
        { startsAt: '2026-10-24T07:00:00Z', endsAt: '2026-10-24T13:30:00Z', modules: [1] },
        {
          startsAt: '2026-10-31T08:00:00Z',
          endsAt: '2026-10-31T14:30:00Z',
          modules: [2],
          venueAddress: 'Tartu, Raekoja plats 1',
        },
      ],
      enrolmentClosesAt: new Date(Date.now() + 3600_000).toISOString(),
      enrollees: [member],
    });
    const response = await fetch(`${t.server.base}/calendar/cohorts/${cohort.id}.ics`);
    expect(response.status).toBe(200);
    const ics = await response.text();
    expect(ics).toContain('DTSTART;TZID=Europe/Tallinn:20261024T100000');
    expect(ics).toContain('DTSTART;TZID=Europe/Tallinn:20261031T100000');
    const [first, second] = events(ics);
    expect(first.summary).toBe(`${first.summary.split(':')[0]}: Teenusepõhine juhtimine`);
    expect(second.location).toBe('Tartu, Raekoja plats 1');

    const event = await make.anEvent({ registrants: [member] });
    const token = await make.anAccessToken('it@tartu.ee');
    const feed = await t.server.graphql(`mutation { createCalendarFeedUrl { url } }`, {}, { token });
    const personal = await fetch(
      `${t.server.base}${new URL(feed.body.data.createCalendarFeedUrl.url).pathname}`,
    );
    const uids = events(await personal.text()).map((e) => e.uid);
    expect(uids).toEqual(
      expect.arrayContaining([
        `event-${Buffer.from(event.id, 'base64url').toString().split(':')[1]}@elvl.ee`,
        first.uid,
        second.uid,
      ]),
    );

    const draft = await make.aCohort({ status: 'DRAFT' });
    expect((await fetch(`${t.server.base}/calendar/cohorts/${draft.id}.ics`)).status).toBe(404);
  });
});
