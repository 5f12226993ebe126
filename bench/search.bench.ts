import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import pino from 'pino';
import { createContext, createWorker, runSeeds } from '../src/assembly';
import { Role } from '../src/common/auth';
import { toGlobalId } from '../src/common/node-id';
import { loadConfig } from '../src/config';
import { migrate, openDataSource } from '../src/data-source';
import { stopChild } from '../src/common/child-processes';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createMailer } from '../src/mail/mailer';
import { createAuthRuntime } from '../src/modules/auth';
import {
  Audience,
  createGuide,
  guideIndexUid,
  GuideKind,
  GuideLanguage,
  measureSearchQuality,
  publishGuide,
  searchGuides,
  SearchInput,
  reindexGuides,
  Visibility,
} from '../src/modules/knowledge-base';
import { Organisation } from '../src/modules/organisations';
import { reindexSearchSources, SEARCH_SOURCES } from '../src/modules/site-search';
import { sourceIndexUid } from '../src/search/search-source';
import { createSearchClient } from '../src/search/client';
import { meilisearchHttpClient } from '../src/search/http-client';
import { startEmbeddedMeilisearch } from '../src/search/embedded-meilisearch';
import { createSearchRuntime } from '../src/search/search-runtime';
import { freePort, startProductionApi } from './support/servers';
import { searchQualityCases } from '../seeds/guides/search-queries';

/**
 * `npm run bench`: search latency through the GraphQL API and directly against
 * Meilisearch on the same corpus of generated guides, and the time from
 * publishing a guide to finding it. Starts its own PostgreSQL and Meilisearch
 * in a temporary directory and removes them at the end; the API runs as
 * production runs it, built, in a process of its own (tethered: it cannot
 * outlive the bench).
 *
 * BENCH_GUIDES (default 10000) and BENCH_SEARCHES (default 1000) size the run, after BENCH_WARMUP (default
 * 100) rounds that are not recorded;
 * BENCH_PROFILE (a directory) writes the API's V8 CPU profile there when it stops.
 */
const GUIDES = Number(process.env.BENCH_GUIDES ?? 10_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const PUBLISH_SAMPLES = Number(process.env.BENCH_PUBLISH_SAMPLES ?? 20);
const PROFILE_DIR = process.env.BENCH_PROFILE;

const WORDS = (
  'küberturvalisus infoturve varundamine taastamine intsident teavitamine omavalitsus vald linn teenus rahulolu ' +
  'andmehaldus avaandmed andmekirjeldus riha x-tee turvaserver tulemüür logimine pilveteenus parool mitmikautentimine ' +
  'hange leping juhend kord poliitika audit mentor koolitus seminar töötuba volikogu hääletus kaasav eelarve ' +
  'bürokratt tehisintellekt teenusedisain kasutajakogemus sündmusteenus platvorm liidestus rakendus andmebaas ' +
  'õigused identiteet isikuandmed andmekaitse riskianalüüs turbehaldus käidutöö võrk segmenteerimine krüpteerimine'
).split(' ');
const QUERIES = [
  'küberturvalisus',
  'kuberturvalisus',
  'varundamine',
  'varundamne',
  'avaandmed',
  'open data',
  'intsidendi teavitamine',
  'parool',
  'riha',
  'volikogu hääletus',
  'tehisintellekt',
  'andmekaitse',
  'turvaserver',
  'pilveteenus',
  'audit',
];
const KINDS = Object.values(GuideKind);
const VISIBILITIES = [Visibility.PUBLIC, Visibility.PUBLIC, Visibility.MEMBERS, Visibility.INTERNAL];

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { n: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: sorted.at(-1)! };
}

const fmt = (stats: ReturnType<typeof percentiles>) =>
  `n=${stats.n}  p50=${stats.p50.toFixed(1)} ms  p90=${stats.p90.toFixed(1)} ms  p99=${stats.p99.toFixed(1)} ms  max=${stats.max.toFixed(1)} ms`;

async function main() {
  const log = pino({ level: 'silent' });
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-bench-'));
  await fs.chmod(root, 0o755);
  const [pgPort, meiliPort] = [await freePort(), await freePort()];
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), port: pgPort, durable: false }),
    startEmbeddedMeilisearch({ dataDir: path.join(root, 'meili'), port: meiliPort }),
  ]);
  let apiProcess: ChildProcess | undefined;
  try {
    const admin = new Client({ connectionString: pg.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const dataSource = await openDataSource(pg.url('bench'));
    await migrate(dataSource);
    await runSeeds(dataSource, { demoUsers: false });
    const elvl = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'ELVL' });

    const jwtSecret = randomBytes(32).toString('base64url');
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: pg.url('bench'),
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
      LOG_LEVEL: 'warn',
      JWT_SECRET: jwtSecret,
      WORKER_INTERVAL_MS: process.env.WORKER_INTERVAL_MS ?? '1000',
      // The worker sweeps unreferenced files there: never a developer's own .data/attachments.
      ATTACHMENTS_DIR: path.join(root, 'attachments'),
    });
    const auth = createAuthRuntime(config, config.jwtSecret!);
    const search = createSearchRuntime(createSearchClient(meili.host, meili.masterKey), {
      prefix: 'bench_',
      publicHost: meili.host,
    });
    // An editor reads every guide: the quality set names guides of every visibility.
    const editor = {
      id: '00000000-0000-4000-8000-00000000b001',
      roles: [Role.EDITOR],
      organisationId: elvl.id,
      organisationCode: 'ELVL',
      sessionId: null,
    };
    const ctx = createContext({ dataSource, auth, search, log, user: editor });
    const measureQuality = () =>
      measureSearchQuality(searchQualityCases, async (query) => {
        const { hits } = await searchGuides(ctx, Object.assign(new SearchInput(), { query, first: 10 }));
        return hits.map((hit) => hit.guide.slug);
      });
    // The reviewed query set over the seed guides alone (as the test measures it), then among the generated ones.
    const seedDocuments = (await reindexGuides(dataSource, search, log)).documents;
    const seedQuality = await measureQuality();

    console.log(`Generating ${GUIDES} guides…`);
    const started = performance.now();
    for (let i = 0; i < GUIDES; i += 1000) {
      const rows = Array.from({ length: Math.min(1000, GUIDES - i) }, (_, j) => {
        const n = i + j;
        return [
          `Juhend ${n}: ${sentence(4)}`,
          `bench-${n}`,
          sentence(20),
          `## ${sentence(3)}\n\n${sentence(120)}\n\n## ${sentence(3)}\n\n${sentence(120)}`,
          pick(KINDS),
          pick(VISIBILITIES),
        ];
      });
      await dataSource.query(
        `INSERT INTO guides (translation_key, language, kind, title, slug, summary, body, status, visibility, audience,
                             topic_codes, organisation_id, published_at)
         SELECT gen_random_uuid(), 'et', r.kind::guide_kind, r.title, r.slug, r.summary, r.body, 'PUBLISHED', r.visibility::visibility,
                '{IT_SPECIALIST}', '{cyber-security}', $2, now() - random() * interval '700 days'
           FROM jsonb_to_recordset($1::jsonb) AS r(title text, slug text, summary text, body text, kind text, visibility text)`,
        [
          JSON.stringify(
            rows.map(([title, slug, summary, body, kind, visibility]) => ({
              title,
              slug,
              summary,
              body,
              kind,
              visibility,
            })),
          ),
          elvl.id,
        ],
      );
    }
    console.log(`  inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const indexStart = performance.now();
    const { documents } = await reindexGuides(dataSource, search, log);
    console.log(
      `Indexed ${documents} documents in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`,
    );
    // Events, training and mentors (the seeded ones) in their own indexes, for the search over every kind.
    await reindexSearchSources(dataSource, search, log);
    await dataSource.query(`UPDATE search_sync_outbox SET processed_at = now() WHERE processed_at IS NULL`);
    // The rebuild above put every guide in the index: their outbox entries are done, as if long ago (entries
    // done within the last minute make search check those guides' hits in PostgreSQL; see search-freshness.ts).
    await dataSource.query(`UPDATE search_outbox SET processed_at = now() - interval '1 hour'`);
    // Settled as a database that has been running a while is: without this, autovacuum and a checkpoint after the
    // bulk insert would run in the middle of the measurement and slow whichever call they met.
    await dataSource.query('VACUUM ANALYZE');
    await dataSource.query('CHECKPOINT');

    // The API as production runs it: its own process, built, NODE_ENV=production (the worker below stands in
    // for the separate worker process).
    const production = await startProductionApi({
      databaseUrl: pg.url('bench'),
      meili,
      jwtSecret,
      profileDir: PROFILE_DIR,
    });
    apiProcess = production.process;
    const url = production.url;

    const api: number[] = [];
    const floor: number[] = [];
    const direct: number[] = [];
    const engine: number[] = [];
    const apiEverything: number[] = [];
    const directEverything: number[] = [];
    // The same federated multi-search the API sends for a signed-out search over every kind.
    const publicSources = SEARCH_SOURCES.filter((source) => source.filterFor(null) !== null);
    const everything = (query: string) => ({
      federation: {
        offset: 0,
        limit: 20,
        facetsByIndex: {
          [guideIndexUid(search)]: ['language'],
          ...Object.fromEntries(publicSources.map((source) => [sourceIndexUid(search, source), ['type']])),
        },
      },
      queries: [
        {
          indexUid: guideIndexUid(search),
          q: query,
          filter: ['visibility IN ["PUBLIC"]'],
          attributesToRetrieve: ['id', 'attachments.id'],
          attributesToHighlight: ['title', 'summary', 'body', 'attachments.filename', 'attachments.text'],
          attributesToCrop: ['summary', 'body', 'attachments.text'],
        },
        ...publicSources.map((source) => ({
          indexUid: sourceIndexUid(search, source),
          q: query,
          attributesToRetrieve: ['id'],
          attributesToHighlight: source.highlight,
          attributesToCrop: source.crop,
        })),
      ],
    });
    const index = search.client.index(guideIndexUid(search));
    // The first WARMUP rounds are not recorded: the API process has just started (code not yet optimised, pool
    // connections and Apollo's document cache still empty), and its first requests would be the p99 of a run.
    const recorded = (i: number, list: number[], value: number) => i >= 0 && list.push(value);
    for (let i = -WARMUP; i < SEARCHES; i += 1) {
      const query = QUERIES[(i + WARMUP) % QUERIES.length];
      let t0 = performance.now();
      // The same HTTP transport as the direct calls below, so the difference is the API's own work.
      const body = (await meilisearchHttpClient(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($q: String!) { search(input: { query: $q, first: 20, facets: [KIND], types: [GUIDE] }) { totalHits hits { ... on GuideHit { guide { id title } highlights { snippet } } } } }`,
          variables: { q: query },
        }),
      })) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      recorded(i, api, performance.now() - t0);
      t0 = performance.now();
      await meilisearchHttpClient(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      recorded(i, floor, performance.now() - t0);
      t0 = performance.now();
      // Through the same runtime as the API's own calls: the same client, without its per-call timer.
      const raw = await search.request((signal, client) =>
        client.index(guideIndexUid(search)).search(
          query,
          {
            filter: ['visibility IN ["PUBLIC"]'],
            facets: ['kind'],
            hitsPerPage: 20,
            page: 1,
            attributesToHighlight: ['title', 'summary', 'body'],
            attributesToCrop: ['summary', 'body'],
          },
          { signal },
        ),
      );
      recorded(i, direct, performance.now() - t0);
      recorded(i, engine, raw.processingTimeMs);

      t0 = performance.now();
      const all = (await meilisearchHttpClient(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($q: String!) { search(input: { query: $q, first: 20 }) { totalHits typeCounts { type count }
            hits { __typename ... on GuideHit { guide { id title } highlights { snippet } }
              ... on EventHit { event { id title startsAt } highlights { snippet } }
              ... on TrainingHit { programme { id title } highlights { snippet } } } } }`,
          variables: { q: query },
        }),
      })) as { errors?: unknown };
      if (all.errors) throw new Error(JSON.stringify(all.errors));
      recorded(i, apiEverything, performance.now() - t0);
      t0 = performance.now();
      await search.request((signal, client) => client.multiSearch(everything(query), { signal }));
      recorded(i, directEverything, performance.now() - t0);
    }

    const worker = createWorker({
      dataSource,
      search,
      config,
      auth,
      log,
      mailer: createMailer({ smtpUrl: null, from: config.mail.from, log }),
    });
    worker.start();
    const publishToSearchable: number[] = [];
    for (let i = 0; i < PUBLISH_SAMPLES; i += 1) {
      const word = `mõõdik${i}x${Math.floor(random() * 1e6)}`;
      const created = await createGuide(ctx, {
        language: GuideLanguage.ET,
        kind: GuideKind.HOW_TO,
        title: `Ajamõõtmine ${word}`,
        summary: word,
        body: sentence(50),
        visibility: Visibility.PUBLIC,
        audience: [Audience.EVERYONE],
        topics: ['data'],
      });
      const guide = created.value!;
      const t0 = performance.now();
      await publishGuide(ctx, { id: toGlobalId('Guide', guide.id), version: guide.version });
      for (;;) {
        const { hits } = await index.search(word, { limit: 1 });
        if (hits.length) break;
        if (performance.now() - t0 > 30_000) throw new Error('guide never became searchable');
        await new Promise((r) => setTimeout(r, 10));
      }
      publishToSearchable.push(performance.now() - t0);
    }
    await worker.stop();
    // Where a slow sample's time went: Meilisearch's own queue and indexing of the worker's document updates.
    const { results: tasks } = await search.client.tasks.getTasks({
      indexUids: [guideIndexUid(search)],
      types: ['documentAdditionOrUpdate'],
      limit: PUBLISH_SAMPLES * 4,
    });
    const taskMs = (from: string | null, to: string | null) =>
      from && to ? new Date(to).getTime() - new Date(from).getTime() : 0;
    const queued = tasks.map((task) => taskMs(task.enqueuedAt, task.startedAt));
    const indexing = tasks.map((task) => taskMs(task.startedAt, task.finishedAt));

    const quality = await measureQuality();
    await dataSource.destroy();

    console.log(
      `\nSearch latency over ${documents} guides (${QUERIES.length} queries, sequential, loopback):`,
    );
    const [viaApi, viaMeili] = [percentiles(api), percentiles(direct)];
    console.log(`  through the GraphQL API:      ${fmt(viaApi)}`);
    console.log(`  directly against Meilisearch: ${fmt(viaMeili)}`);
    console.log(
      `  API / direct:                 p50 ${(viaApi.p50 / viaMeili.p50).toFixed(2)}×  p99 ${(viaApi.p99 / viaMeili.p99).toFixed(2)}×`,
    );
    console.log(`  Meilisearch processingTimeMs: ${fmt(percentiles(engine))}`);
    console.log(`  the API answering { __typename }: ${fmt(percentiles(floor))}`);
    const [allViaApi, allDirect] = [percentiles(apiEverything), percentiles(directEverything)];
    console.log(`Search over every kind (guides, events, training; one federated multi-search), signed out:`);
    console.log(`  through the GraphQL API:      ${fmt(allViaApi)}`);
    console.log(`  directly against Meilisearch: ${fmt(allDirect)}`);
    console.log(
      `  API / direct:                 p50 ${(allViaApi.p50 / allDirect.p50).toFixed(2)}×  p99 ${(allViaApi.p99 / allDirect.p99).toFixed(2)}×`,
    );
    console.log(`Publish → searchable (worker interval ${process.env.WORKER_INTERVAL_MS ?? 1000} ms):`);
    console.log(`  ${fmt(percentiles(publishToSearchable))}`);
    console.log(`  of which Meilisearch queued the update:  ${fmt(percentiles(queued))}`);
    console.log(`  and indexed it:                          ${fmt(percentiles(indexing))}`);
    console.log(
      `Search quality, ${searchQualityCases.length} reviewed queries (seeds/guides/search-queries.ts), as an editor:`,
    );
    console.log(
      `  over the ${seedDocuments} seed guides:        recall@5 ${seedQuality.recallAt5.toFixed(3)}  MRR ${seedQuality.mrr.toFixed(3)}`,
    );
    console.log(
      `  among ${documents} guides with the generated: recall@5 ${quality.recallAt5.toFixed(3)}  MRR ${quality.mrr.toFixed(3)}`,
    );
    console.log('  short of every expected guide in the first five, over the seed guides:');
    for (const miss of seedQuality.queries.filter((q) => q.recallAt5 < 1)) {
      console.log(
        `    ${miss.query}: recall@5 ${miss.recallAt5.toFixed(2)}, first expected at ${miss.firstRank ?? '-'}`,
      );
    }
  } finally {
    if (apiProcess) await stopChild(apiProcess, 'SIGTERM');
    await Promise.allSettled([pg.stop(), meili.stop()]);
    await fs.rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
