import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildDist, root } from '../support/build';
import { alive, processesMentioning, waitFor } from '../support/processes';
import { cliToken, embeddedApiEnv, postGraphql, untilReady } from '../support/real-api';

/**
 * `npm start`'s API killed with SIGKILL: the embedded PostgreSQL and
 * Meilisearch must go with it, and a server left behind by an older run (its
 * watchdog killed too) is stopped by the next start.
 */
describe('no orphaned servers', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    await buildDist();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-orphans-'));
    env = await embeddedApiEnv(dataDir);
  }, 180_000);

  afterAll(async () => {
    for (const child of started) if (child.pid && alive(child.pid)) child.kill('SIGKILL');
    for (const p of processesMentioning(dataDir)) process.kill(p.pid, 'SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** Starts the compiled API on the test's data directory and waits until it is ready. */
  async function startApi() {
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await untilReady(`http://127.0.0.1:${env.PORT}`);
    return { child, output: () => output };
  }

  /**
   * The servers on the test's data directory. Not their own children: a process PostgreSQL has just forked (a
   * backend for a new connection, an autovacuum worker) shows the postmaster's command line until it sets its
   * own title, and on a loaded machine `ps` sometimes catches one then. A child whose server died is
   * re-parented, so it still counts.
   */
  const servers = () => {
    const found = processesMentioning(dataDir).filter((p) =>
      /postgres -D|meilisearch --db-path/.test(p.command),
    );
    const pids = new Set(found.map((p) => p.pid));
    return found.filter((p) => !pids.has(p.ppid));
  };

  const token = (email: string) => cliToken(env, email);
  const gql = (query: string, variables: Record<string, unknown>, bearer: string) =>
    postGraphql(`http://127.0.0.1:${env.PORT}`, query, variables, bearer);

  it('stops PostgreSQL and Meilisearch within 10 s of a SIGKILL of the API during registrations', async () => {
    const api = await startApi();
    expect(servers().length).toBe(2);
    const organiser = token('korraldaja@elvl.ee');
    const created = await gql(
      `mutation ($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }`,
      {
        i: {
          title: 'Katkestuse seminar',
          kind: 'WORKSHOP',
          startsAt: '2027-06-01T09:00:00Z',
          endsAt: '2027-06-01T12:00:00Z',
          capacity: 3,
        },
      },
      organiser,
    );
    const eventId = created.data.createEvent.event.id;
    await gql(
      `mutation ($id: ID!) { publishEvent(input: { id: $id }) { userErrors { code } } }`,
      { id: eventId },
      organiser,
    );
    const people = [
      'it@tallinn.ee',
      'it@tartu.ee',
      'it@voru.ee',
      'it@saue.ee',
      'toimetaja@elvl.ee',
      'koordinaator@elvl.ee',
    ];
    const tokens = people.map(token);
    // Registrations in flight when the API dies.
    const inFlight = tokens.map((t) =>
      gql(
        `mutation ($i: RegisterForEventInput!) { registerForEvent(input: $i) { userErrors { code } } }`,
        { i: { eventId } },
        t,
      ).catch(() => null),
    );
    await new Promise((r) => setTimeout(r, 30));
    api.child.kill('SIGKILL');
    await Promise.all(inFlight);
    await waitFor(async () => (servers().length === 0 ? true : null), 10_000);
    expect(processesMentioning(dataDir)).toEqual([]);

    // After a restart the data is consistent: never more seated than the capacity, queue numbers unique.
    const next = await startApi();
    const registrations = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Event { capacity confirmedCount waitlistCount registrations(first: 100) { edges { node { status queueNumber } } } } } }`,
      { id: eventId },
      organiser,
    );
    const event = registrations.data.node;
    expect(event.confirmedCount).toBeLessThanOrEqual(3);
    const numbers = event.registrations.edges.map((e: any) => e.node.queueNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const exit = new Promise((resolve) => next.child.on('exit', resolve));
    next.child.kill('SIGTERM');
    await exit;
    await waitFor(async () => (processesMentioning(dataDir).length === 0 ? true : null), 20_000);
  }, 180_000);

  it('stops servers an earlier run left behind, says so, and comes up clean', async () => {
    const api = await startApi();
    // An older run that died with its watchdogs: the servers lose their parents but keep running.
    for (const server of servers()) {
      const tether = Number(
        execFileSync('ps', ['-o', 'ppid=', '-p', String(server.pid)])
          .toString()
          .trim(),
      );
      expect(execFileSync('ps', ['-o', 'args=', '-p', String(tether)]).toString()).toMatch(/^elvl-tether/);
      process.kill(tether, 'SIGKILL');
    }
    api.child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    const orphans = servers();
    expect(orphans.length).toBe(2);

    const next = await startApi();
    const lines = next
      .output()
      .split('\n')
      .filter((l) => l.includes('left running'))
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.level)).toEqual([30, 30]); // info
    expect(orphans.every((o) => !alive(o.pid))).toBe(true);
    const query = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actionPlans { versionNumber } }' }),
    });
    expect(await query.json()).toEqual({ data: { actionPlans: [{ versionNumber: 1 }] } });

    const exit = new Promise((resolve) => next.child.on('exit', resolve));
    next.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    await waitFor(async () => (processesMentioning(dataDir).length === 0 ? true : null), 20_000);
  }, 180_000);
});
