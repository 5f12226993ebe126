import type { AuthUser } from '../../src/common/auth';
import { identityOf } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { tableCounts } from '../support/action-plan';
import { factories } from '../support/factories';

const t = useSeededDatabase();
const make = factories(t);
let organiser: AuthUser;
let people: AuthUser[];

beforeAll(async () => {
  organiser = await identityOf(t.db.dataSource, 'korraldaja@elvl.ee');
  people = await Promise.all(
    ['it@tallinn.ee', 'it@tartu.ee', 'it@voru.ee', 'it@saue.ee'].map((e) => identityOf(t.db.dataSource, e)),
  );
});

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();
const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) {
  event { id sequence status capacity confirmedCount waitlistCount icsUrl } userErrors { field code message } } }`;
const REGISTER = `mutation ($input: RegisterForEventInput!) { registerForEvent(input: $input) {
  registration { id status queueNumber } userErrors { field code message } } }`;
const CANCEL = `mutation ($id: ID!) { cancelRegistration(input: { registrationId: $id }) { registration { status } userErrors { field code } } }`;
const EVENT = `query ($id: ID!) { event(id: $id) { confirmedCount waitlistCount onlineUrl capacity sequence } }`;

/** A published event two days ahead with two seats and an online link, unless the test says otherwise. */
const publishedEvent = async (input: Record<string, unknown> = {}) =>
  (
    await make.anEvent({
      title: 'Küberturvalisuse töötuba',
      capacity: 2,
      onlineUrl: 'https://meet.example.ee/x',
      ...input,
    })
  ).id;

const register = async (eventId: string, who: AuthUser, answers?: Record<string, unknown>) =>
  (
    await t.gql.run(
      REGISTER,
      { input: { eventId, answers: answers && (await make.answersFor(eventId, answers)) } },
      who,
    )
  ).data!.registerForEvent;

describe('events and registration', () => {
  it('refuses an event that ends before it starts, writing nothing', async () => {
    const before = await tableCounts(t.db.dataSource);
    const result = await t.gql.run(
      CREATE,
      { input: { title: 'X', kind: 'WEBINAR', startsAt: hours(5), endsAt: hours(4), capacity: 10 } },
      organiser,
    );
    expect(result.data!.createEvent.userErrors).toEqual([
      expect.objectContaining({ field: 'endsAt', code: 'INVALID' }),
    ]);
    expect(await tableCounts(t.db.dataSource)).toEqual(before);
  });

  it('confirms while seats last, then waitlists; the link is shown only to confirmed people', async () => {
    const id = await publishedEvent();
    const [a, b, c] = [
      await register(id, people[0]),
      await register(id, people[1]),
      await register(id, people[2]),
    ];
    expect([a.registration.status, b.registration.status, c.registration.status]).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'WAITLISTED',
    ]);
    const counts = await t.gql.run(EVENT, { id }, people[0]);
    expect(counts.data!.event).toMatchObject({
      confirmedCount: 2,
      waitlistCount: 1,
      onlineUrl: 'https://meet.example.ee/x',
    });
    expect((await t.gql.run(EVENT, { id }, people[2])).data!.event.onlineUrl).toBeNull();
    expect((await t.gql.run(EVENT, { id })).data!.event.onlineUrl).toBeNull();
  });

  it.each([
    ['a duplicate registration', 'ALREADY_REGISTERED'],
    ['a full event without a waiting list', 'EVENT_FULL'],
    ['a closed registration', 'REGISTRATION_CLOSED'],
    ['a cancelled event', 'EVENT_CANCELLED'],
  ])('refuses %s with a code and writes nothing', async (label, code) => {
    let id: string;
    if (label.startsWith('a duplicate')) {
      id = await publishedEvent();
      await register(id, people[0]);
    } else if (label.startsWith('a full')) {
      id = await publishedEvent({ capacity: 1, waitlistEnabled: false });
      await register(id, people[1]);
    } else if (label.startsWith('a closed')) {
      id = await publishedEvent({ registrationClosesAt: new Date(Date.now() - 1000).toISOString() });
    } else {
      id = await publishedEvent();
      await t.gql.run(
        `mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`,
        { id },
        organiser,
      );
    }
    const before = await tableCounts(t.db.dataSource);
    const result = await register(id, people[0]);
    expect(result.registration).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ field: 'eventId', code })]);
    expect(await tableCounts(t.db.dataSource)).toEqual(before);
  });

  it('checks answers against the registration questions', async () => {
    const id = await publishedEvent({
      questions: [
        {
          key: 'paevad',
          label: 'Millistel päevadel osalete?',
          type: 'MULTI_CHOICE',
          options: ['1. päev', '2. päev'],
          required: true,
        },
        { key: 'toit', label: 'Toitumiseripärad', type: 'TEXT' },
      ],
    });
    expect((await register(id, people[0], {})).userErrors).toEqual([
      expect.objectContaining({ field: 'answers.paevad', code: 'REQUIRED' }),
    ]);
    expect((await register(id, people[0], { paevad: ['3. päev'] })).userErrors[0].code).toBe(
      'INVALID_ANSWER',
    );
    expect((await register(id, people[0], { paevad: ['1. päev'], muu: 'x' })).userErrors[0]).toMatchObject({
      field: 'answers.1',
      code: 'INVALID_ANSWER',
    });
    // A single value where the question takes a list, and a list where it takes text.
    expect((await register(id, people[0], { paevad: '1. päev' })).userErrors[0]).toMatchObject({
      field: 'answers.paevad',
      code: 'INVALID_ANSWER',
    });
    expect(
      (await register(id, people[0], { paevad: ['1. päev'], toit: ['a', 'b'] })).userErrors[0],
    ).toMatchObject({
      field: 'answers.toit',
      code: 'INVALID_ANSWER',
    });
    const ok = await register(id, people[0], {
      paevad: ['1. päev', '2. päev'],
      toit: 'Taimetoit, gluteenivaba – õun ei sobi',
    });
    expect(ok.userErrors).toEqual([]);
    const read = await t.gql.run(
      `query ($id: ID!) { node(id: $id) { ... on Registration { answers { question { key type } value values } } } }`,
      { id: ok.registration.id },
      people[0],
    );
    expect(read.data!.node.answers).toEqual([
      { question: { key: 'paevad', type: 'MULTI_CHOICE' }, value: null, values: ['1. päev', '2. päev'] },
      {
        question: { key: 'toit', type: 'TEXT' },
        value: 'Taimetoit, gluteenivaba – õun ei sobi',
        values: null,
      },
    ]);
  });

  it('promotes the waiting list first in first out when a seat frees, and honours the cancellation deadline', async () => {
    const id = await publishedEvent({ capacity: 1, cancellationDeadline: hours(47) });
    const first = await register(id, people[0]);
    const second = await register(id, people[1]);
    const third = await register(id, people[2]);
    expect([second.registration.status, third.registration.status]).toEqual(['WAITLISTED', 'WAITLISTED']);
    // Someone else's registration is not yours to cancel.
    expect(
      (await t.gql.run(CANCEL, { id: first.registration.id }, people[3])).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql.run(CANCEL, { id: first.registration.id }, people[0])).data!.cancelRegistration
        .registration.status,
    ).toBe('CANCELLED');
    const status = async (who: AuthUser) =>
      (await t.gql.run(`query ($id: ID!) { event(id: $id) { myRegistration { status } } }`, { id }, who))
        .data!.event.myRegistration.status;
    expect([await status(people[1]), await status(people[2])]).toEqual(['CONFIRMED', 'WAITLISTED']);

    // Past the deadline only the organiser may cancel.
    await t.db.dataSource.query(
      `UPDATE events SET cancellation_deadline = now() - interval '1 minute' WHERE id = (SELECT event_id FROM registrations WHERE queue_number = $1)`,
      [second.registration.queueNumber],
    );
    expect(
      (await t.gql.run(CANCEL, { id: second.registration.id }, people[1])).data!.cancelRegistration
        .userErrors[0].code,
    ).toBe('CANCELLATION_DEADLINE_PASSED');
    expect(
      (await t.gql.run(CANCEL, { id: second.registration.id }, organiser)).data!.cancelRegistration
        .registration.status,
    ).toBe('CANCELLED');
    expect(await status(people[2])).toBe('CONFIRMED');
  });

  it('raising capacity promotes; lowering it never removes confirmed people', async () => {
    const id = await publishedEvent({ capacity: 2 });
    for (const p of people) await register(id, p);
    const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { capacity sequence confirmedCount waitlistCount } userErrors { code field } } }`;
    let sequence = (await t.gql.run(EVENT, { id }, organiser)).data!.event.sequence;
    const raised = await t.gql.run(UPDATE, { input: { id, sequence, capacity: 3 } }, organiser);
    expect(raised.data!.updateEvent.event).toMatchObject({ confirmedCount: 3, waitlistCount: 1 });
    sequence = raised.data!.updateEvent.event.sequence;
    const lowered = await t.gql.run(UPDATE, { input: { id, sequence, capacity: 1 } }, organiser);
    expect(lowered.data!.updateEvent.event).toMatchObject({
      capacity: 1,
      confirmedCount: 3,
      waitlistCount: 1,
    });
    const stale = await t.gql.run(UPDATE, { input: { id, sequence, capacity: 5 } }, organiser);
    expect(stale.data!.updateEvent.userErrors).toEqual([{ code: 'CONFLICT', field: 'sequence' }]);
    // Another organiser, who does not organise this event, may not change it; an admin may.
    const [{ id: otherId }] = await t.db.dataSource.query(
      `INSERT INTO users (email, name, roles, organisation_id)
       SELECT 'teine.korraldaja@elvl.ee', 'Teine Korraldaja', '{ORGANISER}', id FROM organisations WHERE code = 'ELVL' RETURNING id`,
    );
    const otherOrganiser = await identityOf(t.db.dataSource, 'teine.korraldaja@elvl.ee');
    expect(otherOrganiser.id).toBe(otherId);
    const current = (await t.gql.run(EVENT, { id }, organiser)).data!.event.sequence;
    const foreign = await t.gql.run(
      UPDATE,
      { input: { id, sequence: current, capacity: 9 } },
      otherOrganiser,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await identityOf(t.db.dataSource, 'admin@elvl.ee');
    const byAdmin = await t.gql.run(UPDATE, { input: { id, sequence: current, capacity: 9 } }, admin);
    expect(byAdmin.data!.updateEvent.event.capacity).toBe(9);
  });

  it('checks people in per day (bulk), then takes feedback from attendees only, once, optionally anonymously', async () => {
    const id = await publishedEvent({
      kind: 'MULTI_DAY_SEMINAR',
      capacity: 10,
      startsAt: hours(30),
      endsAt: hours(60),
    });
    const regs = [];
    for (const p of people.slice(0, 3)) regs.push((await register(id, p)).registration.id);
    // The event is held: move it into the past.
    await t.db.dataSource.query(
      `UPDATE events SET starts_at = now() - interval '30 hours', ends_at = now() - interval '1 hour' WHERE id = (SELECT event_id FROM registrations r WHERE r.id::text = $1)`,
      [Buffer.from(regs[0], 'base64url').toString().split(':')[1]],
    );
    const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { registrations { status checkIns { day } } userErrors { code field message } } }`;
    const days: string[] = (
      await t.db.dataSource.query(
        `SELECT DISTINCT to_char(d AT TIME ZONE 'Europe/Tallinn', 'YYYY-MM-DD') AS day FROM events e,
         generate_series(e.starts_at, e.ends_at, interval '1 hour') d WHERE e.title = 'Küberturvalisuse töötuba' AND e.kind = 'MULTI_DAY_SEMINAR' ORDER BY 1`,
      )
    ).map((r: { day: string }) => r.day);
    const bulk = await t.gql.run(
      CHECK_IN,
      { input: { registrationIds: regs.slice(0, 2), day: days[0] } },
      organiser,
    );
    expect(bulk.data!.checkIn.userErrors).toEqual([]);
    expect(bulk.data!.checkIn.registrations.map((r: any) => r.status)).toEqual(['ATTENDED', 'ATTENDED']);
    const second = await t.gql.run(
      CHECK_IN,
      { input: { registrationIds: [regs[0]], day: days[1] } },
      organiser,
    );
    expect(second.data!.checkIn.registrations[0].checkIns.map((c: any) => c.day)).toEqual(days.slice(0, 2));
    const wrongDay = await t.gql.run(
      CHECK_IN,
      { input: { registrationIds: [regs[0]], day: '2020-01-01' } },
      organiser,
    );
    expect(wrongDay.data!.checkIn.userErrors[0]).toMatchObject({ code: 'INVALID', field: 'day' });
    expect(
      (await t.gql.run(CHECK_IN, { input: { registrationIds: [regs[0]] } }, people[0])).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const FEEDBACK = `mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { saved userErrors { code } } }`;
    expect(
      (await t.gql.run(FEEDBACK, { input: { eventId: id, rating: 9, comment: 'Väga hea!' } }, people[0]))
        .data!.submitFeedback.saved,
    ).toBe(true);
    expect(
      (await t.gql.run(FEEDBACK, { input: { eventId: id, rating: 7, anonymous: true } }, people[1])).data!
        .submitFeedback.saved,
    ).toBe(true);
    expect(
      (await t.gql.run(FEEDBACK, { input: { eventId: id, rating: 7, anonymous: true } }, people[1])).data!
        .submitFeedback.userErrors[0].code,
    ).toBe('DUPLICATE');
    expect(
      (await t.gql.run(FEEDBACK, { input: { eventId: id, rating: 10 } }, people[2])).data!.submitFeedback
        .userErrors[0].code,
    ).toBe('NOT_ATTENDED');
    expect(
      (await t.gql.run(FEEDBACK, { input: { eventId: id, rating: 11 } }, people[0])).data!.submitFeedback,
    ).toEqual({
      saved: false,
      userErrors: [{ code: 'INVALID' }],
    });
    const [{ anonymous_user }] = await t.db.dataSource.query(
      `SELECT user_id AS anonymous_user FROM event_feedback WHERE rating = 7 AND event_id::text = $1`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    );
    expect(anonymous_user).toBeNull();
    const summary = await t.gql.run(
      `query ($id: ID!) { event(id: $id) { feedback { count average distribution { rating count } } } }`,
      { id },
      organiser,
    );
    expect(summary.data!.event.feedback).toMatchObject({ count: 2, average: '8.00' });
    expect(summary.data!.event.feedback.distribution.filter((d: any) => d.count > 0)).toEqual([
      { rating: 7, count: 1 },
      { rating: 9, count: 1 },
    ]);
    expect(
      (await t.gql.run(`query ($id: ID!) { event(id: $id) { feedback { count } } }`, { id }, people[0]))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('reports participation per KOV and county, and how many of the 79 KOVs took part in a year', async () => {
    const result = await t.gql.run(
      `{ participationReport(year: 2025) { year kovsTotal kovsParticipated byKov { organisation { name ehakCode } participants events } byCounty { county { name } kovs participants } } }`,
      {},
      organiser,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.participationReport;
    expect(report.kovsTotal).toBe(79);
    expect(report.kovsParticipated).toBe(report.byKov.length);
    expect(report.kovsParticipated).toBeGreaterThan(5);
    expect(report.byCounty.reduce((sum: number, c: any) => sum + c.kovs, 0)).toBe(report.kovsParticipated);
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(DISTINCT r.organisation_id)::int AS n FROM registrations r JOIN events e ON e.id = r.event_id
        JOIN organisations o ON o.id = r.organisation_id
       WHERE r.status = 'ATTENDED' AND o.kind = 'KOV' AND extract(year FROM e.starts_at AT TIME ZONE 'Europe/Tallinn') = 2025`,
    );
    expect(report.kovsParticipated).toBe(n);
    expect(
      (await t.gql.run(`{ participationReport(year: 2025) { year } }`, {}, people[0])).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('lists the seeded 2024–2026 programme by start time', async () => {
    const result = await t.gql.run(
      `{ events(first: 100, filter: { kinds: [MULTI_DAY_SEMINAR] }) { totalCount edges { node { title startsAt status } } } }`,
    );
    const autumn = result
      .data!.events.edges.map((e: any) => e.node)
      .filter((e: any) => /sügisseminar/.test(e.title));
    expect(autumn.map((e: any) => e.title)).toEqual([
      'KOV IT-võrgustiku sügisseminar 2024',
      'KOV IT-võrgustiku sügisseminar 2025',
      'KOV IT-võrgustiku sügisseminar 2026',
    ]);
    expect(autumn[0].startsAt).toBe('2024-10-17T07:00:00.000Z'); // 10:00 EEST
  });
});

describe('event listing cost', () => {
  it('runs a fixed number of SQL statements however many events are listed (no N+1)', async () => {
    const member = await identityOf(t.db.dataSource, 'it@tallinn.ee');
    const LIST = `query ($first: Int) { events(first: $first) { edges { node {
      id title onlineUrl confirmedCount waitlistCount icsUrl series { title } organisers { name }
      sessions { title speakers { name } } questions { key } materials { title } activity { number } myRegistration { status }
    } } } }`;
    const count = async (first: number) => {
      t.db.statements.reset();
      const result = await t.gql.run(LIST, { first }, member);
      expect(result.errors).toBeUndefined();
      expect(result.data!.events.edges).toHaveLength(first);
      return t.db.statements.count;
    };
    expect(await count(20)).toBe(await count(2));
  });
});
