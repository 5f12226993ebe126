import { Meilisearch } from 'meilisearch';
import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { drainOutbox } from '../support/search';
import { factories } from '../support/factories';
import { localUuid } from '../../src/common/node-id';

const t = useSeededDatabase();
const make = factories(t);

const SEARCH = `query ($input: SearchInput!) {
  search(input: $input) {
    totalHits processingTimeMs
    hits { ... on GuideHit { guide { id slug title language status visibility } highlights { field snippet } } }
    facets { facet values { value label labelEn: label(language: EN) count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function search(
  input: Record<string, unknown>,
  user: (typeof users)[keyof typeof users] | null = null,
) {
  // Guides only, unless a test asks for more: these tests are about the guides' own rules.
  const result = await t.gql.run(SEARCH, { input: { types: ['GUIDE'], ...input } }, user);
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

beforeAll(async () => {
  await drainOutbox(t.db.dataSource, t.gql.search);
});

describe('search in Estonian', () => {
  it('finds küberturvalisus typed without diacritics, with a typo, and through an English synonym', async () => {
    for (const query of ['küberturvalisus', 'kuberturvalisus', 'küberturvalsus', 'cyber security']) {
      const result = await search({ query });
      expect({ query, hits: result.totalHits > 0 }).toEqual({ query, hits: true });
      expect(
        result.hits.some((h: any) =>
          /küberturv/i.test(h.guide.title + h.highlights.map((x: any) => x.snippet).join(' ')),
        ),
      ).toBe(true);
    }
  });

  it('finds the Estonian open-data guides for "open data" and the English ones for "avaandmed"', async () => {
    const english = await search({ query: 'open data', filter: { languages: ['ET'] } });
    expect(english.hits.some((h: any) => /avaandme/i.test(h.guide.title))).toBe(true);
    const estonian = await search({ query: 'avaandmed', filter: { languages: ['EN'] } });
    expect(estonian.hits.some((h: any) => /open data/i.test(h.guide.title))).toBe(true);
  });

  it('marks matches in HTML-escaped snippets', async () => {
    const result = await search({ query: 'E-ITS' });
    const snippets = result.hits.flatMap((h: any) => h.highlights.map((x: any) => x.snippet));
    expect(snippets.some((s: string) => s.includes('<mark>'))).toBe(true);
    expect(snippets.every((s: string) => !/<(?!\/?mark>)/.test(s))).toBe(true);
  });

  it('shows the public only PUBLIC guides, in hits, totals and facet counts', async () => {
    const [{ n: publicCount }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM guides WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'`,
    );
    const byKind: { kind: string; n: number }[] = await t.db.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM guides WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' GROUP BY kind`,
    );
    const result = await search({ query: '', first: 100, facets: ['KIND', 'LANGUAGE'] });
    expect(result.totalHits).toBe(publicCount);
    expect(result.hits.every((h: any) => h.guide.visibility === 'PUBLIC')).toBe(true);
    const kindFacet = result.facets.find((f: any) => f.facet === 'KIND');
    expect(Object.fromEntries(kindFacet.values.map((v: any) => [v.value, v.count]))).toEqual(
      Object.fromEntries(byKind.map((r) => [r.kind, r.n])),
    );

    // Facets come with their labels in both languages; language values are the enum's (ET, EN).
    expect(kindFacet.values.find((v: any) => v.value === 'HOW_TO')).toMatchObject({
      label: 'Juhend',
      labelEn: 'How-to',
    });
    const languageFacet = result.facets.find((f: any) => f.facet === 'LANGUAGE');
    expect(languageFacet.values.find((v: any) => v.value === 'ET')).toMatchObject({
      label: 'eesti keel',
      labelEn: 'Estonian',
    });

    const member = await search({ query: 'küberturvalisus' }, users.member);
    const anonymous = await search({ query: 'küberturvalisus' });
    expect(member.totalHits).toBeGreaterThan(anonymous.totalHits);
    expect(member.hits.some((h: any) => h.guide.visibility === 'MEMBERS')).toBe(true);
    expect(member.hits.some((h: any) => h.guide.visibility === 'INTERNAL')).toBe(false);
    const staff = await search({ query: 'küberturvalisus', first: 100 }, users.organiser);
    expect(staff.hits.some((h: any) => h.guide.visibility === 'INTERNAL')).toBe(true);
  });

  it('filters by kind, topic (broader topics include narrower ones) and language, and counts topics with labels', async () => {
    const result = await search(
      { query: '', first: 100, filter: { topics: ['e-its'] }, facets: ['TOPIC'] },
      users.organiser,
    );
    expect(result.totalHits).toBeGreaterThan(0);
    const topics = result.facets[0].values;
    expect(topics.find((v: any) => v.value === 'e-its')).toMatchObject({
      count: result.totalHits,
      label: 'E-ITS (Eesti infoturbestandard)',
    });
    expect(topics.find((v: any) => v.value === 'e-its').labelEn).toMatch(/E-ITS/);
    const templates = await search({ query: '', first: 100, filter: { kinds: ['TEMPLATE'] } });
    expect(templates.totalHits).toBeGreaterThan(0);
    expect(new Set(templates.hits.map((h: any) => h.guide.language)).size).toBeGreaterThan(0);
  });

  it('pages through hits with cursors', async () => {
    const first = await search({ query: '', first: 5 });
    const second = await search({ query: '', first: 5, after: first.pageInfo.endCursor });
    const ids = [...first.hits, ...second.hits].map((h: any) => h.guide.id);
    expect(new Set(ids).size).toBe(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('never shows drafts; a guide appears once published and leaves when unpublished', async () => {
    const { id } = await make.aGuide({
      status: 'DRAFT',
      title: 'Hüpoteetiline zebraküberjuhend',
      summary: 'Zebrakaitse.',
      body: 'Zebraküberjuhend kirjeldab zebrakaitset.',
      audience: ['EVERYONE'],
    });
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await search({ query: 'zebraküberjuhend' }, users.admin)).totalHits).toBe(0);
    await t.gql.run(
      `mutation ($id: ID!) { publishGuide(input: { id: $id, version: 1 }) { userErrors { code } } }`,
      { id },
      users.admin,
    );
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await search({ query: 'zebrakuberjuhend' })).hits.map((h: any) => h.guide.id)).toEqual([id]);
    await t.gql.run(
      `mutation ($id: ID!) { returnGuideToDraft(input: { id: $id, version: 2 }) { userErrors { code } } }`,
      { id },
      users.admin,
    );
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await search({ query: 'zebraküberjuhend' }, users.admin)).totalHits).toBe(0);
  });

  it("shows a hit's guide from its index document, with status and visibility as the database has them now", async () => {
    const { id } = await make.aGuide({
      title: 'Öökulliõpetus šifreeritud žürii jaoks',
      summary: 'Ülevaade öökullidest.',
      body: 'Öökulliõpetus räägib šifreerimisest.',
      visibility: 'PUBLIC',
      audience: ['IT_SPECIALIST'],
    });
    await drainOutbox(t.db.dataSource, t.gql.search);
    const SHORT = `query ($q: String!) { search(input: { query: $q }) {
      totalHits hits { ... on GuideHit { guide { __typename id title slug summary kind language audience status visibility organisation { name } } } }
    } }`;
    const FULL = `query ($q: String!) { search(input: { query: $q }) {
      hits { ... on GuideHit { guide { id title slug summary kind language audience status visibility organisation { name } version } } }
    } }`;
    const short = await t.gql.run(SHORT, { q: 'öökulliõpetus' });
    const full = await t.gql.run(FULL, { q: 'öökulliõpetus' });
    expect(short.errors).toBeUndefined();
    const { version: _version, ...fromDatabase } = full.data!.search.hits[0].guide;
    expect(short.data!.search.hits).toEqual([{ guide: { __typename: 'Guide', ...fromDatabase } }]);
    expect(fromDatabase).toMatchObject({
      id,
      title: 'Öökulliõpetus šifreeritud žürii jaoks',
      status: 'PUBLISHED',
    });
    // Each field alone, as the index is asked for only the attributes the selection needs.
    for (const field of Object.keys(fromDatabase)) {
      const selection = field === 'organisation' ? 'organisation { name }' : field;
      const alone = await t.gql.run(
        `query ($q: String!) { search(input: { query: $q }) { hits { ... on GuideHit { guide { ${selection} } } } } }`,
        { q: 'öökulliõpetus' },
      );
      expect(alone.data!.search.hits).toEqual([{ guide: { [field]: fromDatabase[field] } }]);
    }
    const localId = localUuid(id, 'Guide')!;

    // Restricted a moment ago, as a mutation does it (the change and its outbox entry in one transaction),
    // before the worker has brought the index in line: the public no longer sees it, staff still do.
    const [{ outboxId }] = await t.db.dataSource.transaction(async (em) => {
      await em.query(`UPDATE guides SET visibility = 'INTERNAL' WHERE id = $1`, [localId]);
      return em.query(`INSERT INTO search_outbox (guide_id) VALUES ($1) RETURNING id AS "outboxId"`, [
        localId,
      ]);
    });
    expect((await t.gql.run(SHORT, { q: 'öökulliõpetus' })).data!.search.hits).toEqual([]);
    const staff = await t.gql.run(SHORT, { q: 'öökulliõpetus' }, users.organiser);
    expect(staff.data!.search.hits.map((h: any) => h.guide.visibility)).toEqual(['INTERNAL']);

    // Applied by the worker a moment ago: a search that read the index just before still must not show it.
    await t.db.dataSource.query(`UPDATE search_outbox SET processed_at = clock_timestamp() WHERE id = $1`, [
      outboxId,
    ]);
    expect((await t.gql.run(SHORT, { q: 'öökulliõpetus' })).data!.search.hits).toEqual([]);

    // While a rebuild is recorded, every hit is checked, however long ago its last change was applied.
    await t.db.dataSource.query(
      `UPDATE search_outbox SET processed_at = now() - interval '1 hour' WHERE guide_id = $1`,
      [localId],
    );
    await t.db.dataSource.query(`INSERT INTO search_reindex_runs DEFAULT VALUES`);
    try {
      expect((await t.gql.run(SHORT, { q: 'öökulliõpetus' })).data!.search.hits).toEqual([]);
    } finally {
      await t.db.dataSource.query(`DELETE FROM search_reindex_runs`);
    }

    // Unpublished, and the index in line again: gone for staff too.
    await t.db.dataSource.transaction(async (em) => {
      await em.query(`UPDATE guides SET status = 'DRAFT' WHERE id = $1`, [localId]);
      await em.query(`INSERT INTO search_outbox (guide_id) VALUES ($1)`, [localId]);
    });
    expect((await t.gql.run(SHORT, { q: 'öökulliõpetus' }, users.organiser)).data!.search.hits).toEqual([]);
    await drainOutbox(t.db.dataSource, t.gql.search);
    expect((await t.gql.run(SHORT, { q: 'öökulliõpetus' }, users.organiser)).data!.search.hits).toEqual([]);
  });

  it('reads what each operation of a shared document asks for, not what another one asked for first', async () => {
    const document = `
      fragment Found on Query { search(input: { query: "küberturvalisus", first: 3, types: [GUIDE] }) { hits { ... on GuideHit { guide { title } } } } }
      query Titles { ...Found }
      query Bodies { ...Found search(input: { query: "küberturvalisus", first: 3, types: [GUIDE] }) { hits { ... on GuideHit { guide { body } } } } }`;
    const titles = await t.gql.run(document, {}, null, 'Titles');
    expect(titles.errors).toBeUndefined();
    const bodies = await t.gql.run(document, {}, null, 'Bodies');
    expect(bodies.errors).toBeUndefined();
    expect(bodies.data!.search.hits.length).toBeGreaterThan(0);
    for (const hit of bodies.data!.search.hits) expect(hit.guide.body.length).toBeGreaterThan(0);
  });

  it('hands out a tenant token that lets Meilisearch show only what the caller may read', async () => {
    const key = await t.gql.run(`{ searchKey { token host indexUid expiresAt } }`);
    const { token, host, indexUid } = key.data!.searchKey;
    expect(token).not.toBe(process.env.TEST_MEILI_KEY);
    const direct = new Meilisearch({ host, apiKey: token });
    const result = await direct.index(indexUid).search('', { limit: 1000, facets: ['visibility'] });
    expect(Object.keys(result.facetDistribution!.visibility)).toEqual(['PUBLIC']);
    await expect(direct.index(indexUid).addDocuments([{ id: 'x' }])).rejects.toThrow();
  });
});
