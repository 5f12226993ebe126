import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildDist, root } from '../support/build';
import { freePort } from '../support/ports';
import { alive, processesMentioning, waitFor } from '../support/processes';

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
    const [port, pgPort, meiliPort] = await Promise.all([freePort(), freePort(), freePort()]);
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_MEILI_PORT: String(meiliPort),
      LOG_LEVEL: 'info',
    };
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
    await waitFor(
      async () => ((await fetch(`http://127.0.0.1:${env.PORT}/readyz`)).status === 200 ? true : null),
      90_000,
    );
    return { child, output: () => output };
  }

  const servers = () =>
    processesMentioning(dataDir).filter((p) => /postgres -D|meilisearch --db-path/.test(p.command));

  it('stops PostgreSQL and Meilisearch within 10 s of a SIGKILL of the API', async () => {
    const api = await startApi();
    expect(servers().length).toBe(2);
    api.child.kill('SIGKILL');
    await waitFor(async () => (servers().length === 0 ? true : null), 10_000);
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 120_000);

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
