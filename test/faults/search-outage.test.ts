import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { buildDist, root } from '../support/build';
import { alive, processesMentioning, waitFor } from '../support/processes';
import { cliToken, embeddedApiEnv, postGraphql, untilReady } from '../support/real-api';

/**
 * Meilisearch hung (SIGSTOP) and then killed (SIGKILL) under the running
 * API: searches fail fast with SEARCH_UNAVAILABLE, the API stays ready, the
 * embedded Meilisearch comes back by itself, and guides published meanwhile
 * are in the index afterwards.
 */
describe('search outage', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let api: ChildProcess;
  let output = '';
  let base: string;

  beforeAll(async () => {
    await buildDist();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-search-outage-'));
    env = await embeddedApiEnv(dataDir, { WORKER_INTERVAL_MS: '500' });
    base = `http://127.0.0.1:${env.PORT}`;
    api = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (d) => (output += d));
    api.stderr!.on('data', (d) => (output += d));
    await untilReady(base);
  }, 180_000);

  afterAll(async () => {
    if (api?.pid && alive(api.pid)) {
      const exit = new Promise((resolve) => api.on('exit', resolve));
      api.kill('SIGTERM');
      await exit;
    }
    for (const p of processesMentioning(dataDir)) process.kill(p.pid, 'SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  const token = (email: string) => cliToken(env, email);
  const gql = (query: string, variables: Record<string, unknown> = {}, bearer?: string) =>
    postGraphql(base, query, variables, bearer);

  const search = (query: string) =>
    gql(
      `query ($q: String!) { search(input: { query: $q }) { totalHits hits { ... on GuideHit { guide { title } } } } }`,
      {
        q: query,
      },
    );
  const meilisearchPid = () =>
    processesMentioning(dataDir).find((p) => p.command.includes('meilisearch --db-path'))?.pid;

  it('fails searches fast while Meilisearch hangs or is gone, stays ready, and catches up after the restart', async () => {
    const editor = token('toimetaja@elvl.ee');
    const first = meilisearchPid()!;
    process.kill(first, 'SIGSTOP');

    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const hung = await search('andmekaitse');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(hung.errors[0].extensions.code).toBe('SEARCH_UNAVAILABLE');
      expect(JSON.stringify(hung)).not.toMatch(/127\.0\.0\.1|localhost/);
    }
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      checks: { postgres: 'up', meilisearch: 'down' },
    });

    // Guides published during the outage.
    const title = `Varundusplaan katkestuse ajal ${Date.now()}`;
    const created = await gql(
      `mutation ($input: CreateGuideInput!) { createGuide(input: $input) { guide { id version } userErrors { code } } }`,
      {
        input: {
          language: 'ET',
          kind: 'HOW_TO',
          title,
          slug: `varundus-${Date.now()}`,
          summary: 'Kuidas varundada.',
          body: 'Varunda iga päev ja proovi taastamist.',
          visibility: 'PUBLIC',
          audience: ['IT_SPECIALIST'],
          topics: ['cyber-security'],
        },
      },
      editor,
    );
    expect(created.data.createGuide.userErrors).toEqual([]);
    const { id, version } = created.data.createGuide.guide;
    const published = await gql(
      `mutation ($input: PublishGuideInput!) { publishGuide(input: $input) { userErrors { code } } }`,
      { input: { id, version } },
      editor,
    );
    expect(published.data.publishGuide.userErrors).toEqual([]);
    // The rest of the API works.
    expect((await gql('{ actionPlans { versionNumber } }')).data.actionPlans).toHaveLength(1);

    // Gone for good: the API restarts it within 30 s, without restarting itself.
    process.kill(first, 'SIGKILL');
    await waitFor(async () => {
      const pid = meilisearchPid();
      return pid && pid !== first ? pid : null;
    }, 30_000);
    expect(alive(api.pid!)).toBe(true);
    expect(output).toMatch(/Meilisearch exited unexpectedly/);

    // After recovery the index has what PostgreSQL published meanwhile.
    const found = await waitFor(async () => {
      const result = await search(title);
      return result.data?.search.hits.some((h: any) => h.guide.title === title) ? result : null;
    }, 30_000);
    expect(found.data.search.totalHits).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // And the whole index equals PostgreSQL's published state: the same guides, at the same versions.
    const key = (await fs.readFile(path.join(dataDir, 'meilisearch', 'master-key'), 'utf8')).trim();
    const meili = `http://127.0.0.1:${env.EMBEDDED_MEILI_PORT}`;
    const db = new Client({
      connectionString: `postgresql://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/elvl`,
    });
    await db.connect();
    try {
      const published = await db.query(`SELECT id FROM guides WHERE status = 'PUBLISHED' ORDER BY id`);
      const indexed = await waitFor(async () => {
        const response = await fetch(`${meili}/indexes/guides/documents?fields=id&limit=10000`, {
          headers: { authorization: `Bearer ${key}` },
        });
        const ids = ((await response.json()) as { results: { id: string }[] }).results
          .map((d) => d.id)
          .sort();
        return ids.length === published.rowCount ? ids : null;
      }, 30_000);
      expect(indexed).toEqual(published.rows.map((r) => r.id));
    } finally {
      await db.end();
    }
  }, 120_000);
});
