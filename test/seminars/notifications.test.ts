import { createMailer, type Mailer } from '../../src/mail/mailer';
import type { AuthUser } from '../../src/common/auth';
import { identityOf, silentLog } from '../support/graphql';
import { testWorker } from '../support/worker';
import { factories } from '../support/factories';
import { useSeededDatabase } from '../support/harness';
import { startSmtpSink } from '../support/smtp-sink';

const t = useSeededDatabase();
const make = factories(t);
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let mailer: Mailer;
let worker: ReturnType<typeof testWorker>;
let organiser: AuthUser;
let member: AuthUser;

beforeAll(async () => {
  sink = await startSmtpSink();
  mailer = createMailer({
    smtpUrl: sink.url,
    from: 'ELVL IT-võrgustik <it-vorgustik@elvl.ee>',
    log: silentLog,
  });
  worker = testWorker(t.db.dataSource, t.gql.search, { mailer });
  organiser = await identityOf(t.db.dataSource, 'korraldaja@elvl.ee');
  member = await identityOf(t.db.dataSource, 'it@tartu.ee');
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
});

const DAY = 24 * 3600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mailsTo = (subject: RegExp) =>
  sink.messages.filter((m) => m.to?.[0]?.address === 'it@tartu.ee' && subject.test(m.subject ?? ''));

describe('notifications over SMTP', () => {
  it('confirms with an .ics attached; a rescheduled event drops the old reminder and sends the new one', async () => {
    const { id } = await make.anEvent({
      title: 'E-ITS veebiseminar: meeldetuletuse test',
      kind: 'WEBINAR',
      capacity: 10,
      onlineUrl: 'https://meet.example.ee/e-its',
      startsAt: new Date(Date.now() + DAY + 3000).toISOString(),
      endsAt: new Date(Date.now() + DAY + 3600_000).toISOString(),
    });
    expect((await make.aRegistration(id, member)).status).toBe('CONFIRMED');

    await worker.runJob('deliverNotices');
    const [confirmation] = mailsTo(/^Registreerimine kinnitatud/);
    expect(confirmation.subject).toBe('Registreerimine kinnitatud: E-ITS veebiseminar: meeldetuletuse test');
    expect(confirmation.text).toContain('Tere, Ülle Õunapuu!');
    const ics = confirmation.attachments.find((a) => a.mimeType.startsWith('text/calendar'));
    expect(Buffer.from(ics!.content as ArrayBuffer).toString('utf8')).toContain(
      'DTSTART;TZID=Europe/Tallinn:',
    );

    // Moved a day later before the reminder was due: participants are told, and the old reminder must never go out.
    const sequence = (await t.gql.run(`query ($id: ID!) { event(id: $id) { sequence } }`, { id }, organiser))
      .data!.event.sequence;
    const later = new Date(Date.now() + 2 * DAY);
    await t.gql.run(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
      {
        input: {
          id,
          sequence,
          startsAt: later.toISOString(),
          endsAt: new Date(later.getTime() + 3600_000).toISOString(),
        },
      },
      organiser,
    );
    await sleep(3500); // past the old reminder's time
    await worker.runJob('deliverNotices');
    expect(mailsTo(/^Muudatus/)).toHaveLength(1);
    expect(mailsTo(/^Meeldetuletus/)).toHaveLength(0);

    // Moved back to tomorrow: the reminder planned for the new time goes out.
    const sequence2 = (await t.gql.run(`query ($id: ID!) { event(id: $id) { sequence } }`, { id }, organiser))
      .data!.event.sequence;
    const soon = new Date(Date.now() + DAY + 1500);
    await t.gql.run(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
      {
        input: {
          id,
          sequence: sequence2,
          startsAt: soon.toISOString(),
          endsAt: new Date(soon.getTime() + 3600_000).toISOString(),
        },
      },
      organiser,
    );
    await sleep(2000);
    await worker.runJob('deliverNotices');
    const reminders = mailsTo(/^Meeldetuletus/);
    expect(reminders).toHaveLength(1);
    const local = new Intl.DateTimeFormat('et-EE', {
      timeZone: 'Europe/Tallinn',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(soon);
    expect(reminders[0].text).toContain(`kell ${local}`);
  });

  it('drops a reminder whose event moved even if it was still queued (worker-side check)', async () => {
    const [{ id: eventId }] = await t.db.dataSource.query(
      `SELECT id FROM events WHERE title = 'E-ITS veebiseminar: meeldetuletuse test'`,
    );
    const [{ id: registrationId }] = await t.db.dataSource.query(
      `SELECT id FROM registrations WHERE event_id = $1`,
      [eventId],
    );
    await t.db.dataSource.query(
      `INSERT INTO notification_outbox (kind, subject_type, subject_id, party_id, recipient, subject, text, due_at, for_starts_at)
       VALUES ('REMINDER', 'Event', $1, $2, 'it@tartu.ee', 'Meeldetuletus: vana aeg', 'vana', now(), now() - interval '5 days')`,
      [eventId, registrationId],
    );
    const before = sink.messages.length;
    await worker.runJob('deliverNotices');
    expect(sink.messages.length).toBe(before);
    const [{ dropped }] = await t.db.dataSource.query(
      `SELECT dropped_at IS NOT NULL AS dropped FROM notification_outbox WHERE subject = 'Meeldetuletus: vana aeg'`,
    );
    expect(dropped).toBe(true);
  });
});
