import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { runSeeds } from '../../src/assembly';
import { migrate, openDataSource } from '../../src/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { localUuid } from '../../src/common/node-id';
import { developmentAccessToken } from '../../src/modules/auth';
import { testAuthRuntime } from '../support/graphql';
import { freePort } from '../support/ports';
import { startTestServer, type TestServer } from '../support/server';

/**
 * PostgreSQL restarting under concurrent registrations: requests in the gap
 * fail fast with 503 SERVICE_UNAVAILABLE, the pool reconnects by itself (the
 * API is not restarted), and nothing is overbooked or half-written.
 */
describe('PostgreSQL restart', () => {
  let dataDir: string;
  let port: number;
  let pg: EmbeddedPostgres;
  let dataSource: DataSource;
  let server: TestServer;
  /** What the server logged as unexpected: a 500 names its error here. */
  const unexpected: string[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-pg-restart-'));
    await fs.chmod(dataDir, 0o755);
    port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, durable: false });
    const admin = new Client({ connectionString: pg.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE restart_test');
    await admin.end();
    dataSource = await openDataSource(pg.url('restart_test'));
    await migrate(dataSource);
    await runSeeds(dataSource, { demoUsers: true });
    server = await startTestServer(dataSource, {
      env: { MUTATIONS_PER_MINUTE_PER_IP: '100000' },
      log: pino({ level: 'error' }, { write: (line: string) => void unexpected.push(line) }),
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await pg?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** A published event of 10 seats and `count` signed-in KOV members, made while PostgreSQL is up. */
  async function eventAndPeople(title: string, emailPrefix: string, count: number) {
    const auth = testAuthRuntime();
    const organiser = (await developmentAccessToken(dataSource, auth, 'korraldaja@elvl.ee')).accessToken;
    const created = await server.graphql(
      `mutation ($i: CreateEventInput!) { createEvent(input: $i) { event { id } userErrors { code } } }`,
      {
        i: {
          title,
          kind: 'WORKSHOP',
          startsAt: '2027-05-04T09:00:00Z',
          endsAt: '2027-05-04T12:00:00Z',
          capacity: 10,
        },
      },
      { token: organiser },
    );
    const eventId: string = created.body.data.createEvent.event.id;
    await server.graphql(
      `mutation ($id: ID!) { publishEvent(input: { id: $id }) { userErrors { code } } }`,
      { id: eventId },
      { token: organiser },
    );
    const [{ id: kov }] = await dataSource.query(`SELECT id FROM organisations WHERE ehak_code = '0784'`);
    const people: { email: string }[] = await dataSource.query(
      `INSERT INTO users (email, name, organisation_id, roles)
       SELECT $2 || k || '@tallinn.ee', 'Taaskäivitaja ' || k, $1, '{MEMBER}' FROM generate_series(1, $3::int) k
       RETURNING email`,
      [kov, emailPrefix, count],
    );
    const tokens = await Promise.all(
      people.map(async (p) => (await developmentAccessToken(dataSource, auth, p.email)).accessToken),
    );
    return { eventId, tokens };
  }

  it('answers 503 during the gap, recovers without a restart, and never overbooks', async () => {
    const { eventId, tokens } = await eventAndPeople('Taaskäivituse seminar', 'restart-', 40);
    const register = (token: string) =>
      server.graphql(
        `mutation ($i: RegisterForEventInput!) { registerForEvent(input: $i) { registration { status } userErrors { code } } }`,
        { i: { eventId } },
        { token },
      );

    // A first wave, then PostgreSQL stops in the middle of a second one.
    const first = await Promise.all(tokens.slice(0, 10).map(register));
    expect(first.every((r) => r.status === 200)).toBe(true);
    const wave = Promise.all(tokens.slice(10, 25).map(register));
    await pg.stop();
    const during = await wave;
    const gap = await Promise.all(
      tokens.slice(25, 30).map(async (token) => {
        const started = Date.now();
        const response = await register(token);
        return { ...response, ms: Date.now() - started };
      }),
    );
    for (const response of gap) {
      expect(response.status).toBe(503);
      expect(response.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.ms).toBeLessThan(2000);
    }
    for (const response of during)
      expect({ status: response.status, unexpected }).toEqual({
        status: response.status === 200 ? 200 : 503,
        unexpected: [],
      });

    // Back again on the same data: the same API process serves without being restarted.
    pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, durable: false });
    const after = await Promise.all(tokens.slice(30, 40).map(register));
    expect(after.map((r) => r.status)).toEqual(Array(10).fill(200));

    const [counts] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int AS seated,
              count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waiting,
              count(DISTINCT r.queue_number)::int AS queue_numbers, count(*)::int AS total
         FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.title = 'Taaskäivituse seminar'`,
    );
    expect(counts.seated).toBe(10);
    expect(counts.queue_numbers).toBe(counts.total);
    // Every registration that was answered 200 exists; none exists twice.
    const succeeded = [...first, ...during, ...after].filter((r) => r.status === 200).length;
    expect(counts.total).toBe(succeeded);
  }, 120_000);

  it('keeps answering 200 or 503 while PostgreSQL restarts again and again under load', async () => {
    // Stops land at every phase of a request: connecting (a FATAL in the same read as ReadyForQuery once took
    // the process down with an unhandled 'error' event), the rate limiter, mid-transaction, committing.
    const { eventId, tokens } = await eventAndPeople('Korduva taaskäivituse seminar', 'again-', 20);
    const statuses = new Set<number>();
    for (let round = 0; round < 15; round++) {
      await dataSource.query(`DELETE FROM registrations WHERE event_id = $1`, [localUuid(eventId, 'Event')]);
      const wave = Promise.all(
        tokens.map((token) =>
          server.graphql(
            `mutation ($i: RegisterForEventInput!) { registerForEvent(input: $i) { registration { status } } }`,
            { i: { eventId } },
            { token },
          ),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, (round * 53) % 400));
      await pg.stop();
      for (const response of await wave) statuses.add(response.status);
      pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, durable: false });
    }
    expect({ statuses: [...statuses].filter((s) => s !== 200 && s !== 503), unexpected }).toEqual({
      statuses: [],
      unexpected: [],
    });
    expect(statuses.has(503)).toBe(true);
  }, 180_000);
});
