import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../src/search/embedded-meilisearch';
import { createSearchClient } from '../../src/search/client';
import { createSearchRuntime } from '../../src/search/search-runtime';
import { guideIndexUid } from '../../src/modules/knowledge-base';
import { graphqlClient, users } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/ports';
import { drainOutbox } from '../support/search';
import { testWorker } from '../support/worker';

/**
 * A Meilisearch of this test's own, which it stops and starts again: changes
 * made while search is down must all arrive once it is back.
 */
let db: TestDatabase;
let meili: EmbeddedMeilisearch;
let dataDir: string;
let port: number;
let gql: Awaited<ReturnType<typeof graphqlClient>>;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-meili-'));
  port = await freePort();
  meili = await startEmbeddedMeilisearch({ dataDir, port });
  db = await createTestDatabase();
  const search = createSearchRuntime(createSearchClient(meili.host, meili.masterKey), {
    prefix: 'resilience_',
    publicHost: meili.host,
  });
  gql = await graphqlClient(db.dataSource, search);
  await drainOutbox(db.dataSource, search);
});

afterAll(async () => {
  await gql.stop();
  await meili.stop();
  await db.drop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function indexedState(): Promise<Map<string, number>> {
  const index = gql.search.client.index(guideIndexUid(gql.search));
  const { results } = await index.getDocuments({ fields: ['id', 'version'], limit: 10_000 });
  return new Map(results.map((d) => [d.id as string, d.version as number]));
}

async function databaseState(): Promise<Map<string, number>> {
  const rows: { id: string; version: number }[] = await db.dataSource.query(
    `SELECT id, version FROM guides WHERE status = 'PUBLISHED'`,
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}

describe('search sync while Meilisearch is down', () => {
  it('accepts 100 edits with search stopped, then converges to exactly the published state', async () => {
    expect(await indexedState()).toEqual(await databaseState());
    const guides: { id: string; version: number; status: string; visibility: string }[] = (
      await gql.run(
        `{ guides(first: 100) { edges { node { id version status visibility } } } }`,
        {},
        users.editor,
      )
    ).data!.guides.edges.map((e: any) => e.node);

    await meili.stop();
    const worker = testWorker(db.dataSource, gql.search, { env: { WORKER_INTERVAL_MS: '20' } });
    worker.start();

    const mutate = async (name: string, input: Record<string, unknown>) => {
      const result = await gql.run(
        `mutation ($input: ${{ updateGuide: 'UpdateGuideInput', publishGuide: 'PublishGuideInput' }[name] ?? 'GuideTransitionInput'}!) {
           ${name}(input: $input) { guide { version status visibility } userErrors { code message } } }`,
        { input },
        users.editor,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data![name].userErrors).toEqual([]);
      return result.data![name].guide;
    };
    let edits = 0;
    for (let round = 0; edits < 100; round += 1) {
      const guide = guides[round % guides.length];
      let changed;
      switch (round % 4) {
        case 0:
          changed = await mutate('updateGuide', {
            id: guide.id,
            version: guide.version,
            summary: `Muudetud kokkuvõte ${round} – õäöü`,
          });
          break;
        case 1:
          changed = await mutate('updateGuide', {
            id: guide.id,
            version: guide.version,
            visibility: guide.visibility === 'PUBLIC' ? 'MEMBERS' : 'PUBLIC',
          });
          break;
        case 2:
          changed =
            guide.status === 'PUBLISHED'
              ? await mutate('returnGuideToDraft', { id: guide.id, version: guide.version })
              : await mutate('publishGuide', { id: guide.id, version: guide.version });
          break;
        default:
          changed = await mutate('updateGuide', {
            id: guide.id,
            version: guide.version,
            title: `Pealkiri ${round}`,
          });
      }
      Object.assign(guide, changed);
      edits += 1;
    }
    await new Promise((r) => setTimeout(r, 300));
    const [{ failing }] = await db.dataSource.query(
      'SELECT count(*)::int AS failing FROM search_outbox WHERE processed_at IS NULL AND attempts > 0',
    );
    expect(failing).toBeGreaterThan(0);

    meili = await startEmbeddedMeilisearch({ dataDir, port });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [{ pending }] = await db.dataSource.query(
        'SELECT count(*)::int AS pending FROM search_outbox WHERE processed_at IS NULL',
      );
      if (pending === 0) break;
      if (Date.now() > deadline) throw new Error(`${pending} outbox entries never synced`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await worker.stop();
    expect(await indexedState()).toEqual(await databaseState());
    const titles = await gql.search.client
      .index(guideIndexUid(gql.search))
      .getDocuments({ fields: ['id', 'title', 'visibility'], limit: 10_000 });
    const rows: { id: string; title: string; visibility: string }[] = await db.dataSource.query(
      `SELECT id, title, visibility::text FROM guides WHERE status = 'PUBLISHED'`,
    );
    expect(new Map(titles.results.map((d) => [d.id, [d.title, d.visibility]]))).toEqual(
      new Map(rows.map((r) => [r.id, [r.title, r.visibility]])),
    );
  });
});
