import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildDist, root } from './support/build';
import { alive, descendants, waitFor } from './support/processes';
import { cliToken, embeddedApiEnv, untilReady } from './support/real-api';
import { freePort } from './support/ports';

/**
 * The real entry point, as `npm start` runs it: compiled JavaScript, the
 * embedded default (no DATABASE_URL, no MEILI_HOST), then SIGTERM. Nothing it
 * started may outlive it.
 */

describe('npm start on the embedded default', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    await buildDist();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-boot-'));
  }, 120_000);

  afterAll(async () => {
    if (child?.pid && alive(child.pid)) child.kill('SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('boots, migrates, seeds, serves GraphQL, and leaves no process behind after SIGTERM', async () => {
    const env = await embeddedApiEnv(dataDir);
    const port = Number(env.PORT);
    child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));

    const base = `http://127.0.0.1:${port}`;
    await untilReady(base);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actionPlans { title activities { number } } }' }),
    });
    const body = (await response.json()) as { data: { actionPlans: { activities: unknown[] }[] } };
    expect(body.data.actionPlans[0].activities).toHaveLength(8);

    // `npm run token -- <email>` signs a token the running server accepts.
    const token = cliToken(env, 'admin@elvl.ee');
    const me = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { email roles } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { email: 'admin@elvl.ee', roles: ['ADMIN'] } } });

    const started = descendants(child.pid!);
    expect(started.length).toBeGreaterThanOrEqual(2); // PostgreSQL and Meilisearch (and PostgreSQL's workers)

    // A second instance on the same port says so clearly and stops what it started.
    const second = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: root,
      env: {
        ...env,
        DATA_DIR: `${dataDir}-second`,
        EMBEDDED_PG_PORT: String(await freePort()),
        EMBEDDED_MEILI_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let secondOutput = '';
    second.stdout!.on('data', (d) => (secondOutput += d));
    const secondExit = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    await fs.rm(`${dataDir}-second`, { recursive: true, force: true });
    expect(secondExit).toBe(1);
    expect(secondOutput).toContain(`Port ${port} is already in use`);

    const exit = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    await waitFor(async () => (started.every((pid) => !alive(pid)) ? true : null), 20_000);
    expect(output).toContain('GraphQL API ready');
    expect(output).toContain('stopped');
  }, 180_000);
});
