import ICAL from 'ical.js';
import { graphqlClient, identityOf } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { factories } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let db: TestDatabase;
let server: TestServer;
let gql: Awaited<ReturnType<typeof graphqlClient>>;
let organiserToken: string;
let memberToken: string;

const make = factories({
  get gql() {
    return gql;
  },
  get db() {
    return db;
  },
});

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource, {
    env: { API_PUBLIC_URL: 'http://api.example.ee', PUBLIC_WEB_URL: 'https://elvl.example.ee' },
  });
  gql = await graphqlClient(db.dataSource);
  organiserToken = await make.anAccessToken('korraldaja@elvl.ee');
  memberToken = await make.anAccessToken('it@tartu.ee');
});
afterAll(async () => {
  await gql.stop();
  await server.stop();
  await db.drop();
});

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), 'Europe/Tallinn');
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const ical = async (path: string) => {
  const response = await fetch(`${server.base}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

describe('calendars and exports', () => {
  it('serves an event across the daylight-saving change with the right Tallinn times, and SEQUENCE rises with every change', async () => {
    const organiser = await identityOf(db.dataSource, 'korraldaja@elvl.ee');
    const { id } = await make.anEvent({
      status: 'DRAFT',
      title: 'Sügisseminar üle kellakeeramise',
      kind: 'MULTI_DAY_SEMINAR',
      capacity: 100,
      venueAddress: 'Kuressaare, Tallinna 25',
      // 24 Oct 2026 10:00 EEST to 25 Oct 2026 15:00 EET: the clocks go back at 04:00 on the 25th.
      startsAt: '2026-10-24T10:00:00+03:00',
      endsAt: '2026-10-25T15:00:00+02:00',
      questions: [{ key: 'toit', label: 'Toitumiseripärad', type: 'TEXT' }],
    });
    const { icsUrl } = (await gql.run(`query ($id: ID!) { event(id: $id) { icsUrl } }`, { id }, organiser))
      .data!.event;
    expect(icsUrl.endsWith(`/calendar/events/${id}.ics`)).toBe(true);
    expect((await ical(`/calendar/events/${id}.ics`)).status).toBe(404); // drafts are not published
    await gql.run(
      `mutation ($id: ID!) { publishEvent(input: { id: $id }) { userErrors { code } } }`,
      { id },
      organiser,
    );

    const first = await ical(`/calendar/events/${id}.ics`);
    expect(first.type).toBe('text/calendar; charset=utf-8');
    const [event] = parse(first.body);
    expect(event.startDate.toString()).toBe('2026-10-24T10:00:00');
    expect(event.endDate.toString()).toBe('2026-10-25T15:00:00');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T13:00:00.000Z');
    expect(event.summary).toBe('Sügisseminar üle kellakeeramise');
    expect(event.location).toBe('Kuressaare, Tallinna 25');
    expect(event.description).toContain(`Link: https://elvl.example.ee/seminarid/${id}`);
    expect(event.component.getFirstPropertyValue('url')).toBe(`https://elvl.example.ee/seminarid/${id}`);
    const sequence = event.sequence;

    const seq = (await gql.run(`query ($id: ID!) { event(id: $id) { sequence } }`, { id }, organiser)).data!
      .event.sequence;
    // Moved a year on (and across that year's change, on 31 Oct 2027): same UID, higher SEQUENCE.
    await gql.run(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
      {
        input: {
          id,
          sequence: seq,
          title: 'Sügisseminar Kuressaares',
          startsAt: '2027-10-30T10:00:00+03:00',
          endsAt: '2027-10-31T15:00:00+02:00',
        },
      },
      organiser,
    );
    const [updated] = parse((await ical(`/calendar/events/${id}.ics`)).body);
    expect(updated.uid).toBe(event.uid);
    expect(updated.sequence).toBeGreaterThan(sequence);
    expect(updated.startDate.toString()).toBe('2027-10-30T10:00:00');
    expect(updated.endDate.toString()).toBe('2027-10-31T15:00:00');

    // A participant's personal feed, then the organiser cancels: the feed says CANCELLED.
    const register = await server.graphql(
      `mutation ($id: ID!, $answers: [RegistrationAnswerInput!]) { registerForEvent(input: { eventId: $id, answers: $answers }) { registration { id } } }`,
      { id, answers: await make.answersFor(id, { toit: 'taimetoit' }) },
      { token: memberToken },
    );
    expect(register.body.data.registerForEvent.registration).toBeTruthy();
    const feed = await server.graphql(
      `mutation { createCalendarFeedUrl { url } }`,
      {},
      { token: memberToken },
    );
    const path = new URL(feed.body.data.createCalendarFeedUrl.url).pathname;
    expect(parse((await ical(path)).body).map((e) => e.summary)).toContain('Sügisseminar Kuressaares');

    // The organiser's participant list: UTF-8 with BOM, answers and per-day attendance columns.
    const csv = await fetch(`${server.base}/events/${id}/participants.csv`, {
      headers: { authorization: `Bearer ${organiserToken}` },
    });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(header).toBe(
      'Nimi;E-post;Organisatsioon;Maakond;Staatus;Järjekorranumber;Registreeritud;Toitumiseripärad;Kohal 2027-10-30;Kohal 2027-10-31',
    );
    expect(row).toMatch(
      /^Ülle Õunapuu;it@tartu\.ee;Tartu linn;Tartu maakond;CONFIRMED;\d+;[^;]+;taimetoit;;$/,
    );
    expect(
      (
        await fetch(`${server.base}/events/${id}/participants.csv`, {
          headers: { authorization: `Bearer ${memberToken}` },
        })
      ).status,
    ).toBe(404);

    await gql.run(
      `mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`,
      { id },
      organiser,
    );
    const cancelled = await ical(`/calendar/events/${id}.ics`);
    expect(cancelled.body).toContain('STATUS:CANCELLED');
    expect((await ical(path)).body).toContain('STATUS:CANCELLED');
    expect((await ical('/calendar/personal/not-a-token.ics')).status).toBe(404);
  });

  it('serves the virtual seminar series as one calendar', async () => {
    const series = await gql.run(`{ eventSeries { id title } }`);
    const { id, title } = series.data!.eventSeries[0];
    expect(title).toBe('KOV IT-võrgustiku virtuaalseminarid');
    const events = parse((await ical(`/calendar/series/${id}.ics`)).body);
    expect(events).toHaveLength(10);
    expect(events.every((e) => e.summary.startsWith('KOV IT-võrgustiku virtuaalseminar'))).toBe(true);
    // Winter and summer seminars both start at 10:00 Tallinn time.
    expect(new Set(events.map((e) => e.startDate.toString().slice(11)))).toEqual(new Set(['10:00:00']));
  });
});
