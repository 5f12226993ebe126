import { graphqlClient } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { factories } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Against the running HTTP server: 200 people register at once for 50 seats,
 * then 10 of the confirmed cancel at once.
 */
let db: TestDatabase;
let server: TestServer;
const tokens: string[] = [];
let gql: Awaited<ReturnType<typeof graphqlClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource, { env: { MUTATIONS_PER_MINUTE_PER_IP: '100000' } });
  gql = await graphqlClient(db.dataSource);
  tokens.push(...(await factories({ gql, db }).manyMembersWithTokens(200)));
});

afterAll(async () => {
  await gql.stop();
  await server.stop();
  await db.drop();
});

const REGISTER = `mutation ($eventId: ID!) { registerForEvent(input: { eventId: $eventId }) { registration { id status queueNumber } userErrors { code } } }`;
const CANCEL = `mutation ($id: ID!) { cancelRegistration(input: { registrationId: $id }) { registration { status } userErrors { code } } }`;

describe('200 concurrent registrations for 50 seats', () => {
  it('confirms exactly 50 and waitlists 150 in arrival order; 10 cancellations promote the first 10 waiting, once each', async () => {
    const { id: eventId } = await factories({ gql, db }).anEvent({
      title: 'KOV IT-võrgustiku virtuaalseminar: koormustest',
      kind: 'VIRTUAL_SEMINAR',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 5_400_000).toISOString(),
      capacity: 50,
    });

    const local = Buffer.from(eventId, 'base64url').toString().split(':')[1];
    const results = await Promise.all(
      tokens.map((token) => server.graphql(REGISTER, { eventId }, { token })),
    );
    expect(
      results.every(
        (r) => r.status === 200 && !r.body.errors && r.body.data.registerForEvent.userErrors.length === 0,
      ),
    ).toBe(true);
    const registrations = results.map((r) => r.body.data.registerForEvent.registration);
    const inOrder = [...registrations].sort((a, b) => a.queueNumber - b.queueNumber);
    expect(inOrder.slice(0, 50).every((r) => r.status === 'CONFIRMED')).toBe(true);
    expect(inOrder.slice(50).every((r) => r.status === 'WAITLISTED')).toBe(true);
    const counts = await db.dataSource.query(
      `SELECT status, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [local],
    );
    expect(counts).toEqual([
      { status: 'CONFIRMED', n: 50 },
      { status: 'WAITLISTED', n: 150 },
    ]);

    // Ten confirmed people cancel at the same moment.
    const leaving = inOrder.slice(10, 20);
    const owners = leaving.map((r) => tokens[registrations.indexOf(r)]);
    const cancelled = await Promise.all(
      leaving.map((r, i) => server.graphql(CANCEL, { id: r.id }, { token: owners[i] })),
    );
    expect(cancelled.every((r) => r.body.data.cancelRegistration.registration.status === 'CANCELLED')).toBe(
      true,
    );

    const after: { id: string; status: string; queue_number: number }[] = await db.dataSource.query(
      `SELECT id, status, queue_number FROM registrations WHERE event_id = $1 ORDER BY queue_number`,
      [local],
    );
    const firstWaiting = inOrder
      .slice(50, 60)
      .map((r) => Buffer.from(r.id, 'base64url').toString().split(':')[1]);
    expect(after.filter((r) => firstWaiting.includes(r.id)).map((r) => r.status)).toEqual(
      Array(10).fill('CONFIRMED'),
    );
    expect(after.filter((r) => r.status === 'CONFIRMED')).toHaveLength(50);
    expect(after.filter((r) => r.status === 'WAITLISTED')).toHaveLength(140);
    const promotions = await db.dataSource.query(
      `SELECT party_id AS registration_id, count(*)::int AS n FROM notification_outbox
        WHERE kind = 'PROMOTION' AND subject_type = 'Event' AND subject_id = $1 GROUP BY party_id`,
      [local],
    );
    expect(promotions).toHaveLength(10);
    expect(promotions.every((p: { n: number }) => p.n === 1)).toBe(true);
    expect(promotions.map((p: { registration_id: string }) => p.registration_id).sort()).toEqual(
      [...firstWaiting].sort(),
    );
  });
});
