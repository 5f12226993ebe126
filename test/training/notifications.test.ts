import { createMailer, type Mailer } from '../../src/mail/mailer';
import type { AuthUser } from '../../src/common/auth';
import { silentLog } from '../support/graphql';
import { testWorker } from '../support/worker';
import { factories } from '../support/factories';
import { useSeededDatabase } from '../support/harness';
import { startSmtpSink } from '../support/smtp-sink';

const t = useSeededDatabase();
const make = factories(t);
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let mailer: Mailer;
let worker: ReturnType<typeof testWorker>;
let first: AuthUser;
let second: AuthUser;

beforeAll(async () => {
  sink = await startSmtpSink();
  mailer = createMailer({ smtpUrl: sink.url, from: 'ELVL koolitused <koolitus@elvl.ee>', log: silentLog });
  worker = testWorker(t.db.dataSource, t.gql.search, { mailer });
  first = await make.seeded('it@tartu.ee');
  second = await make.seeded('it@voru.ee');
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
});

const DAY = 24 * 3600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mailsTo = (address: string, subject: RegExp) =>
  sink.messages.filter((m) => m.to?.[0]?.address === address && subject.test(m.subject ?? ''));

describe('training emails over SMTP', () => {
  it('confirm a place with the sessions attached, tell the waiting list, remind only those who still hold a place, and announce a cancelled cohort', async () => {
    const soon = Date.now() + DAY + 3000; // its reminder falls due three seconds from now
    const cohort = await make.aCohort({
      name: 'Võru õppegrupp',
      capacity: 1,
      sessions: [
        {
          startsAt: new Date(soon).toISOString(),
          endsAt: new Date(soon + 3 * 3600_000).toISOString(),
          modules: [1],
        },
        {
          startsAt: new Date(soon + 7 * DAY).toISOString(),
          endsAt: new Date(soon + 7 * DAY + 3 * 3600_000).toISOString(),
          modules: [2],
        },
      ],
      enrolmentClosesAt: new Date(Date.now() + 3600_000).toISOString(),
      enrollees: [first, second],
    });
    await worker.runJob('deliverNotices');

    const [confirmation] = mailsTo('it@tartu.ee', /^Koht kinnitatud/);
    expect(confirmation.subject).toBe('Koht kinnitatud: Võru õppegrupp');
    expect(confirmation.text).toContain('Tere, Ülle Õunapuu!');
    const ics = confirmation.attachments.find((a) => a.mimeType.startsWith('text/calendar'));
    const calendar = Buffer.from(ics!.content as ArrayBuffer).toString('utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar).toContain('DTSTART;TZID=Europe/Tallinn:');
    expect(mailsTo('it@voru.ee', /^Ootejärjekorras: Võru õppegrupp$/)).toHaveLength(1);

    // The first person gives up the place: the second is promoted and told, and only they are reminded.
    const cancelled = await t.gql.run(
      `mutation ($id: ID!) { cancelEnrolment(input: { enrolmentId: $id }) { userErrors { code } } }`,
      { id: cohort.enrolmentIds[0] },
      first,
    );
    expect(cancelled.data!.cancelEnrolment.userErrors).toEqual([]);
    await worker.runJob('deliverNotices');
    expect(mailsTo('it@voru.ee', /^Koht vabanes: Võru õppegrupp$/)).toHaveLength(1);

    await sleep(Math.max(0, soon - DAY - Date.now()) + 500);
    await worker.runJob('deliverNotices');
    const reminders = mailsTo('it@voru.ee', /^Meeldetuletus/);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toMatch(/algab \d{1,2}\.\d{1,2}\.\d{4} kell \d\d:\d\d \(Tallinna aeg\)/);
    expect(mailsTo('it@tartu.ee', /^Meeldetuletus/)).toHaveLength(0);

    // The later session moves to a venue: the place holder gets the new schedule, the person who left does not.
    const moved = await t.gql.run(
      `mutation ($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { userErrors { code } } }`,
      { input: { sessionId: cohort.sessionIds[1], venueAddress: 'Võru, Jüri 11' } },
      cohort.organiser,
    );
    expect(moved.data!.updateTrainingSession.userErrors).toEqual([]);
    await worker.runJob('deliverNotices');
    const [change] = mailsTo('it@voru.ee', /^Muudatus ajakavas: Võru õppegrupp$/);
    const changed = Buffer.from(
      change.attachments.find((a) => a.mimeType.startsWith('text/calendar'))!.content as ArrayBuffer,
    ).toString('utf8');
    expect(changed).toContain('LOCATION:Võru\\, Jüri 11');
    expect(mailsTo('it@tartu.ee', /^Muudatus/)).toHaveLength(0);

    const called = await t.gql.run(
      `mutation ($id: ID!) { cancelCohort(input: { cohortId: $id }) { userErrors { code } } }`,
      { id: cohort.id },
      cohort.organiser,
    );
    expect(called.data!.cancelCohort.userErrors).toEqual([]);
    await worker.runJob('deliverNotices');
    expect(mailsTo('it@voru.ee', /^Ära jäetud: Võru õppegrupp$/)).toHaveLength(1);
    expect(mailsTo('it@tartu.ee', /^Ära jäetud/)).toHaveLength(0);
    // The reminder for the later session will never go out.
    const [{ pending }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS pending FROM notification_outbox
        WHERE sent_at IS NULL AND dropped_at IS NULL AND subject_type = 'TrainingSession' AND subject_id = ANY($1)`,
      [cohort.sessionIds.map((id) => Buffer.from(id, 'base64url').toString().split(':')[1])],
    );
    expect(pending).toBe(0);
  });

  it('stop reminders when a cohort is completed early, and tell the waiting list no place came free', async () => {
    const soon = Date.now() + DAY + 2000;
    const cohort = await make.aCohort({
      name: 'Lõpetatud grupp',
      capacity: 1,
      sessions: [
        {
          startsAt: new Date(soon).toISOString(),
          endsAt: new Date(soon + 3 * 3600_000).toISOString(),
          modules: [1],
        },
      ],
      enrolmentClosesAt: new Date(Date.now() + 3600_000).toISOString(),
      enrollees: [first, second],
    });
    const completed = await t.gql.run(
      `mutation ($id: ID!) { completeCohort(input: { cohortId: $id }) { userErrors { code } } }`,
      { id: cohort.id },
      cohort.organiser,
    );
    expect(completed.data!.completeCohort.userErrors).toEqual([]);
    await sleep(Math.max(0, soon - DAY - Date.now()) + 500);
    await worker.runJob('deliverNotices');
    expect(mailsTo('it@voru.ee', /^Koht ei vabanenud: Lõpetatud grupp$/)).toHaveLength(1);
    expect(sink.messages.filter((m) => /^Meeldetuletus: Lõpetatud grupp/.test(m.subject ?? ''))).toHaveLength(
      0,
    );
  });
});
