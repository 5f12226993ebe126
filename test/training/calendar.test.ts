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

  it('follows sessions that are added, moved and removed, with a higher SEQUENCE', async () => {
    const cohort = await make.aCohort({ name: 'Muutuv grupp' });
    const organiser = cohort.organiser;
    const feed = async () => {
      const response = await fetch(`${t.server.base}/calendar/cohorts/${cohort.id}.ics`);
      return events(await response.text());
    };
    const before = await feed();
    expect(before).toHaveLength(4);

    const run = (mutation: string, input: Record<string, unknown>, who = organiser) =>
      t.gql.run(
        `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { cohort { sessions { id } } userErrors { field code } } }`,
        { input },
        who,
      );
    await new Promise((r) => setTimeout(r, 1100)); // SEQUENCE counts in seconds
    const moved = await run('updateTrainingSession', {
      sessionId: cohort.sessionIds[0],
      startsAt: '2027-01-15T08:00:00Z',
      endsAt: '2027-01-15T12:00:00Z',
    });
    expect(moved.data!.updateTrainingSession.userErrors).toEqual([]);
    const after = await feed();
    const movedEntry = after.find((e) => e.uid === before[0].uid)!;
    expect(movedEntry.startDate.toString()).toBe('2027-01-15T10:00:00');
    expect(movedEntry.sequence).toBeGreaterThan(before[0].sequence);

    const added = await run('addTrainingSession', {
      cohortId: cohort.id,
      startsAt: '2027-01-20T08:00:00Z',
      endsAt: '2027-01-20T12:00:00Z',
      modules: [2],
    });
    expect(added.data!.addTrainingSession.cohort.sessions).toHaveLength(5);
    expect(
      (
        await run('addTrainingSession', {
          cohortId: cohort.id,
          startsAt: '2027-01-21T08:00:00Z',
          endsAt: '2027-01-21T07:00:00Z',
          modules: [9],
        })
      ).data!.addTrainingSession.userErrors,
    ).toEqual([{ field: 'endsAt', code: 'INVALID' }]);

    const removed = await run('removeTrainingSession', { sessionId: cohort.sessionIds[1] });
    expect(removed.data!.removeTrainingSession.cohort.sessions).toHaveLength(4);
    expect(await feed()).toHaveLength(4);

    // A session with attendance stays; a member may not change sessions.
    const member = await make.seeded('it@tartu.ee');
    const withPeople = await make.aCohort({ enrollees: [member] });
    await t.gql.run(
      `mutation ($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { recorded } }`,
      {
        input: { sessionId: withPeople.sessionIds[0], enrolmentIds: withPeople.enrolmentIds, present: true },
      },
      organiser,
    );
    expect(
      (await run('removeTrainingSession', { sessionId: withPeople.sessionIds[0] })).data!
        .removeTrainingSession.userErrors,
    ).toEqual([{ field: 'sessionId', code: 'INVALID' }]);
    expect(
      (await run('removeTrainingSession', { sessionId: withPeople.sessionIds[1] }, member)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
