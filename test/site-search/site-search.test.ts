import { guideIndexUid, reindexGuides } from '../../src/modules/knowledge-base';
import { reindexSearchSources, SEARCH_SOURCES } from '../../src/modules/site-search';
import { sourceIndexUid } from '../../src/search/search-source';
import { completed } from '../../src/search/tasks';
import { localUuid } from '../../src/common/node-id';
import { factories } from '../support/factories';
import { silentLog, users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { drainOutbox } from '../support/search';
import { testWorker } from '../support/worker';

const t = useSeededDatabase();
const make = factories(t);

const SEARCH = `query ($input: SearchInput!) { search(input: $input) {
  totalHits
  typeCounts { type count }
  hits { __typename
    ... on GuideHit { guide { id title } highlights { field snippet } }
    ... on EventHit { event { id title status } highlights { field snippet } }
    ... on TrainingHit { programme { id title } openCohorts { name status } highlights { field snippet } }
    ... on MentorHit { mentor { id bio } highlights { field snippet } } }
  facets { facet values { value label labelEn: label(language: EN) count } }
  pageInfo { hasNextPage endCursor } } }`;

type Hit = { __typename: string; [key: string]: any };
async function search(
  input: Record<string, unknown>,
  user: (typeof users)[keyof typeof users] | null = null,
) {
  const result = await t.gql.run(SEARCH, { input }, user);
  expect(result.errors).toBeUndefined();
  return result.data!.search as {
    totalHits: number;
    typeCounts: { type: string; count: number }[];
    hits: Hit[];
    facets: {
      facet: string;
      values: { value: string; label: string | null; labelEn: string | null; count: number }[];
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const countOf = (result: { typeCounts: { type: string; count: number }[] }) =>
  Object.fromEntries(result.typeCounts.map((c) => [c.type, c.count]));

beforeAll(async () => {
  await drainOutbox(t.db.dataSource, t.gql.search);
});

describe('one search over guides, events, training and mentors', () => {
  it('returns a guide, an event and a training programme in one ranked list, counted per kind', async () => {
    const result = await search({ query: 'küberturve', first: 100 });
    const counts = countOf(result);
    expect(Object.keys(counts)).toEqual(['GUIDE', 'EVENT', 'TRAINING']);
    for (const type of ['GUIDE', 'EVENT', 'TRAINING']) expect(counts[type]).toBeGreaterThan(0);
    expect(result.totalHits).toBe(counts.GUIDE + counts.EVENT + counts.TRAINING);
    expect(result.hits).toHaveLength(result.totalHits);
    const kinds = new Set(result.hits.map((h) => h.__typename));
    expect(kinds).toEqual(new Set(['GuideHit', 'EventHit', 'TrainingHit']));
    const event = result.hits.find((h) => h.__typename === 'EventHit')!;
    expect(event.highlights.some((h: { snippet: string }) => h.snippet.includes('<mark>'))).toBe(true);
    const training = result.hits.find((h) => h.__typename === 'TrainingHit')!;
    for (const cohort of training.openCohorts) expect(cohort.status).toBe('OPEN');

    // Pages of the ranked list join up: the first 5 and the next 5 are the first 10.
    const first = await search({ query: 'küberturve', first: 5 });
    const next = await search({ query: 'küberturve', first: 5, after: first.pageInfo.endCursor });
    const ten = await search({ query: 'küberturve', first: 10 });
    const key = (h: Hit) => h.guide?.id ?? h.event?.id ?? h.programme?.id;
    expect([...first.hits, ...next.hits].map(key)).toEqual(ten.hits.map(key));
    expect(next.typeCounts).toEqual(first.typeCounts);
  });

  it('counts facets of each kind over its own hits, with the values named', async () => {
    const facets = ['KIND', 'EVENT_THEME', 'EVENT_KIND', 'TRAINING_TOPIC', 'MENTOR_LANGUAGE'];
    const result = await search({ query: 'küberturve', facets, first: 1 });
    expect(result.facets.map((f) => f.facet)).toEqual(facets);
    const [kind, theme, eventKind, topic, language] = result.facets;
    const counts = countOf(result);
    expect(kind.values.reduce((sum, v) => sum + v.count, 0)).toBe(counts.GUIDE);
    expect(eventKind.values.reduce((sum, v) => sum + v.count, 0)).toBe(counts.EVENT);
    expect(theme.values.find((v) => v.value === 'CYBER_SECURITY')).toMatchObject({
      label: expect.any(String),
      labelEn: expect.any(String),
    });
    expect(topic.values.length).toBeGreaterThan(0);
    for (const value of topic.values) expect(value.label).toEqual(expect.any(String));
    // Mentors are counted for the signed-in only.
    expect(language.values).toEqual([]);
    const member = await search(
      { query: 'e-its', facets: ['MENTOR_LANGUAGE', 'MENTOR_AVAILABLE'] },
      users.member,
    );
    expect(member.facets[0].values).toContainEqual(
      expect.objectContaining({ value: 'et', label: 'eesti', labelEn: 'Estonian' }),
    );
    expect(member.facets[1].values.length).toBeGreaterThan(0);
    // Guides alone: the other kinds' facets are there, and empty.
    const guidesOnly = await search({
      query: 'küberturve',
      types: ['GUIDE'],
      facets: ['EVENT_THEME', 'KIND'],
    });
    expect(guidesOnly.facets.map((f) => [f.facet, f.values.length > 0])).toEqual([
      ['EVENT_THEME', false],
      ['KIND', true],
    ]);
  });

  it('gives the signed-out no mentor hits, counts or token; signed-in people find mentors', async () => {
    const anonymous = await search({ query: 'e-its mentor', first: 100 });
    expect(anonymous.hits.filter((h) => h.__typename === 'MentorHit')).toEqual([]);
    expect(countOf(anonymous).MENTOR).toBeUndefined();
    const onlyMentors = await search({ query: 'e-its mentor', types: ['MENTOR'] });
    expect(onlyMentors).toMatchObject({ totalHits: 0, hits: [], typeCounts: [] });

    const member = await search({ query: 'e-its mentor', first: 100 }, users.member);
    expect(countOf(member).MENTOR).toBeGreaterThan(0);
    expect(member.hits.some((h) => h.__typename === 'MentorHit' && h.mentor.id)).toBe(true);

    // The tenant token a front-end gets names the mentors index only for the signed-in.
    const key = async (user: (typeof users)[keyof typeof users] | null) =>
      (await t.gql.run(`{ searchKey { token host indexUids } }`, {}, user)).data!.searchKey;
    const mentors = sourceIndexUid(
      t.gql.search,
      SEARCH_SOURCES.find((s) => s.type === 'MENTOR')!,
    );
    const publicKey = await key(null);
    expect(publicKey.indexUids).not.toContain(mentors);
    const direct = (token: string) =>
      fetch(`${publicKey.host}/multi-search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ queries: [{ indexUid: mentors, q: 'e-its' }] }),
      });
    expect((await direct(publicKey.token)).status).toBe(403);
    const memberKey = await key(users.member);
    expect(memberKey.indexUids).toContain(mentors);
    const found = (await (await direct(memberKey.token)).json()) as { results: { hits: unknown[] }[] };
    expect(found.results[0].hits.length).toBeGreaterThan(0);
  });

  it('keeps each index in line with the database: published, changed and cancelled events, archived programmes', async () => {
    const event = await make.anEvent({ status: 'PUBLISHED' });
    // Changed by any code, even plain SQL: the trigger queues it.
    await t.db.dataSource.query(`UPDATE events SET title = 'Sügisene ööbikuseminar' WHERE id = $1`, [
      localUuid(event.id, 'Event'),
    ]);
    await drainOutbox(t.db.dataSource, t.gql.search);
    const found = await search({ query: 'ööbikuseminar', types: ['EVENT'] });
    expect(found.hits.map((h) => h.event.id)).toEqual([event.id]);

    const cancel = await t.gql.run(
      `mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`,
      { id: event.id },
      event.organiser,
    );
    expect(cancel.data!.cancelEvent.userErrors).toEqual([]);
    // Before the index catches up, the hit is checked in PostgreSQL: a cancelled event is not offered.
    expect((await search({ query: 'ööbikuseminar', types: ['EVENT'] })).hits).toEqual([]);
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await search({ query: 'ööbikuseminar' })).totalHits).toBe(0);

    const programme = await make.aProgramme({ title: 'Kassikäpaõpe omavalitsustele' });
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await search({ query: 'kassikäpaõpe' })).hits.map((h) => h.programme?.id)).toEqual([
      programme.id,
    ]);
    const archived = await t.gql.run(
      `mutation ($id: ID!) { archiveTrainingProgramme(input: { id: $id }) { userErrors { code } } }`,
      { id: programme.id },
      users.organiser,
    );
    expect(archived.data!.archiveTrainingProgramme.userErrors).toEqual([]);
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await search({ query: 'kassikäpaõpe' })).totalHits).toBe(0);
  });

  it('queues both events when a session moves from one to another, whatever code moves it', async () => {
    const [from, to] = [
      await make.anEvent({ status: 'PUBLISHED' }),
      await make.anEvent({ status: 'PUBLISHED' }),
    ];
    const [fromId, toId] = [localUuid(from.id, 'Event'), localUuid(to.id, 'Event')];
    await t.db.dataSource.query(
      `INSERT INTO event_sessions (event_id, starts_at, ends_at, title)
       SELECT id, starts_at, ends_at, 'Liikuv ettekanne' FROM events WHERE id = $1`,
      [fromId],
    );
    await drainOutbox(t.db.dataSource, t.gql.search);
    await t.db.dataSource.query(`UPDATE event_sessions SET event_id = $2 WHERE event_id = $1`, [
      fromId,
      toId,
    ]);
    const queued: { subject_id: string }[] = await t.db.dataSource.query(
      `SELECT subject_id FROM search_sync_outbox WHERE processed_at IS NULL AND kind = 'EVENT'`,
    );
    expect(new Set(queued.map((q) => q.subject_id))).toEqual(new Set([fromId, toId]));
    await drainOutbox(t.db.dataSource, t.gql.search);
    const moved = await search({ query: 'liikuv ettekanne', types: ['EVENT'] });
    expect(moved.hits.map((h) => h.event.id)).toEqual([to.id]);
  });

  it('searches guides alone, as before, when a guide filter or a sort asks for it', async () => {
    const filtered = await search({ query: 'küberturve', filter: { kinds: ['HOW_TO'] }, first: 100 });
    expect(filtered.typeCounts.map((c) => c.type)).toEqual(['GUIDE']);
    expect(filtered.hits.every((h) => h.__typename === 'GuideHit')).toBe(true);
    const newest = await search({ query: 'küberturve', sort: 'NEWEST' });
    expect(newest.typeCounts.map((c) => c.type)).toEqual(['GUIDE']);
    // An empty guide condition is no condition; without guides, guide conditions do not apply.
    const empty = await search({ query: 'küberturve', filter: { kinds: [] } });
    expect(empty.typeCounts.map((c) => c.type)).toEqual(['GUIDE', 'EVENT', 'TRAINING']);
    const events = await search({ query: 'küberturve', types: ['EVENT'], filter: { kinds: ['HOW_TO'] } });
    expect(events.typeCounts).toEqual([{ type: 'EVENT', count: expect.any(Number) }]);
    expect(events.typeCounts[0].count).toBeGreaterThan(0);
  });

  it('deletes outbox entries applied more than a week ago, and only those', async () => {
    for (const [table, columns, values] of [
      ['search_outbox', 'guide_id', 'gen_random_uuid()'],
      ['search_sync_outbox', 'kind, subject_id', "'EVENT', gen_random_uuid()"],
    ])
      await t.db.dataSource.query(
        `INSERT INTO ${table} (${columns}, processed_at) VALUES
           (${values}, now() - interval '8 days'), (${values}, now() - interval '6 days'), (${values}, NULL)`,
      );
    const worker = testWorker(t.db.dataSource, t.gql.search);
    await worker.runJob('purgeSearchOutbox');
    await worker.runJob('purgeSearchSyncOutbox');
    for (const table of ['search_outbox', 'search_sync_outbox']) {
      const [{ old, recent, pending }] = await t.db.dataSource.query(
        `SELECT count(*) FILTER (WHERE processed_at < now() - interval '7 days')::int AS old,
                count(*) FILTER (WHERE processed_at >= now() - interval '7 days')::int AS recent,
                count(*) FILTER (WHERE processed_at IS NULL)::int AS pending FROM ${table}`,
      );
      expect({ table, old }).toEqual({ table, old: 0 });
      expect(recent).toBeGreaterThan(0);
      expect(pending).toBeGreaterThan(0);
    }
    await drainOutbox(t.db.dataSource, t.gql.search);
  });

  it('rebuilds every index beside the live one while searches keep answering', async () => {
    await drainOutbox(t.db.dataSource, t.gql.search);
    const before = await search({ query: 'küberturve', first: 100 });
    const events = t.gql.search.client.index(
      sourceIndexUid(
        t.gql.search,
        SEARCH_SOURCES.find((s) => s.type === 'EVENT')!,
      ),
    );
    // Damage a live index: the rebuild restores it from PostgreSQL.
    await completed(t.gql.search.client, events.deleteAllDocuments());

    let searching = true;
    let answered = 0;
    const failures: unknown[] = [];
    const searches = (async () => {
      while (searching) {
        await t.gql
          .run(`{ search(input: { query: "küberturve" }) { totalHits } }`)
          .then((r) => (r.errors ? failures.push(r.errors) : (answered += 1)));
      }
    })();
    await reindexGuides(t.db.dataSource, t.gql.search, silentLog);
    const rebuilt = await reindexSearchSources(t.db.dataSource, t.gql.search, silentLog);
    searching = false;
    await searches;

    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(0);
    expect(rebuilt.map((r) => r.type)).toEqual(['EVENT', 'TRAINING', 'MENTOR']);
    expect(countOf(await search({ query: 'küberturve', first: 100 }))).toEqual(countOf(before));
    const { results } = await t.gql.search.client.getIndexes({ limit: 1000 });
    expect(results.filter((i) => i.uid.includes('_rebuild_'))).toEqual([]);
    expect(results.map((i) => i.uid)).toContain(guideIndexUid(t.gql.search));
  });
});
