import { toGlobalId } from '../../src/common/node-id';
import type { Context } from '../../src/context';
import { countSearch, normaliseQuery, settleSearchCounts } from '../../src/modules/knowledge-base';
import { silentLog, users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { drainOutbox } from '../support/search';

const t = useSeededDatabase();

const SEARCH = `query ($q: String!, $after: String) { search(input: { query: $q, first: 2, after: $after }) {
  totalHits hits { ... on GuideHit { guide { id } } } pageInfo { endCursor } } }`;
const STATISTICS = `query ($from: String!, $to: String!) { searchStatistics(from: $from, to: $to) {
  topQueries { query searches zeroResultSearches clicks } topZeroResultQueries { query searches zeroResultSearches } } }`;

/** Counting is not awaited by the search: wait until the counts settle. */
async function statistics(until: (s: any) => boolean) {
  const today = await databaseToday();
  for (let attempt = 0; ; attempt += 1) {
    const result = await t.gql.run(STATISTICS, { from: today, to: today }, users.editor);
    expect(result.errors).toBeUndefined();
    if (until(result.data!.searchStatistics) || attempt > 50) return result.data!.searchStatistics;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What countSearch reads of a request's context, on the test's database. */
const countingContext = () =>
  ({ dataSource: t.db.dataSource, log: silentLog, processLog: silentLog }) as unknown as Context;

/** Today in Estonia by the database's clock (the API dates counts by its own, on the same machine). */
async function databaseToday(): Promise<string> {
  const [{ day }] = await t.db.dataSource.query(
    `SELECT to_char(now() AT TIME ZONE 'Europe/Tallinn', 'YYYY-MM-DD') AS day`,
  );
  return day;
}

beforeAll(async () => {
  await drainOutbox(t.db.dataSource, t.gql.search);
});

describe('search statistics for editors', () => {
  it('counts searches per day, first pages only, with the ones that found nothing and the opened hits', async () => {
    const first = await t.gql.run(SEARCH, { q: 'Andmekaitse ' });
    await t.gql.run(SEARCH, { q: 'andmekaitse', after: first.data!.search.pageInfo.endCursor });
    await t.gql.run(SEARCH, { q: 'ANDMEKAITSE' }, users.member);
    await t.gql.run(SEARCH, { q: 'kvanttelepordi hange' });
    await t.gql.run(SEARCH, { q: 'Kvanttelepordi  hange' });
    await t.gql.run(SEARCH, { q: 'Üks kord otsitud Mari Maasikas' });
    const guideId = first.data!.search.hits[0].guide.id;
    const click = await t.gql.run(
      `mutation ($input: RecordSearchClickInput!) { recordSearchClick(input: $input) { userErrors { code } } }`,
      { input: { query: 'andmekaitse', guideId } },
    );
    expect(click.data!.recordSearchClick.userErrors).toEqual([]);

    const stats = await statistics(
      (s) =>
        s.topQueries.find((q: any) => q.query === 'andmekaitse')?.searches === 2 &&
        s.topZeroResultQueries.length > 0,
    );
    expect(stats.topQueries).toEqual(
      expect.arrayContaining([
        { query: 'andmekaitse', searches: 2, zeroResultSearches: 0, clicks: 1 },
        { query: 'kvanttelepordi hange', searches: 2, zeroResultSearches: 2, clicks: 0 },
      ]),
    );
    expect(stats.topZeroResultQueries).toEqual([
      { query: 'kvanttelepordi hange', searches: 2, zeroResultSearches: 2 },
    ]);
    // Searched once in the period: never shown (a one-off may be a name), though it is counted.
    expect(stats.topQueries.map((q: any) => q.query)).not.toContain('üks kord otsitud mari maasikas');
    const [{ searches }] = await t.db.dataSource.query(
      `SELECT searches FROM search_query_days WHERE query = 'üks kord otsitud mari maasikas'`,
    );
    expect(searches).toBe(1);
    const [{ clicks }] = await t.db.dataSource.query(
      `SELECT clicks FROM search_click_days WHERE query = 'andmekaitse'`,
    );
    expect(clicks).toBe(1);
  });

  it('counts every search of a burst, summed and written together', async () => {
    // Each search was a statement of its own, and beyond 50 under way a search was not counted.
    const ctx = countingContext();
    for (let i = 0; i < 300; i += 1)
      countSearch(ctx, i % 2 ? 'Sadu Korda Otsitud' : 'sadu  korda otsitud', i % 3 ? 4 : 0);
    await settleSearchCounts();
    expect(
      await t.db.dataSource.query(
        `SELECT searches, zero_result_searches AS "zeroResultSearches" FROM search_query_days
          WHERE query = 'sadu korda otsitud'`,
      ),
    ).toEqual([{ searches: 300, zeroResultSearches: 100 }]);
  });

  it('writes the counts within about a second without anyone reading the statistics', async () => {
    const ctx = countingContext();
    countSearch(ctx, 'iseenesest kirjutatud', 3);
    const started = Date.now();
    let rows: { searches: number }[] = [];
    while (rows.length === 0 && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await t.db.dataSource.query(
        `SELECT searches FROM search_query_days WHERE query = 'iseenesest kirjutatud'`,
      );
    }
    expect(rows).toEqual([{ searches: 1 }]);
  });

  it('answers the statistics with the counts this process holds, without waiting for their write', async () => {
    const ctx = countingContext();
    countSearch(ctx, 'kohe loetud päring', 2);
    countSearch(ctx, 'kohe loetud päring', 2);
    const today = await databaseToday();
    const result = await t.gql.run(STATISTICS, { from: today, to: today }, users.editor);
    expect(result.data!.searchStatistics.topQueries).toContainEqual({
      query: 'kohe loetud päring',
      searches: 2,
      zeroResultSearches: 0,
      clicks: 0,
    });
  });

  it('keeps queries apart only as PostgreSQL can: whole characters, no lone surrogates, no NUL', async () => {
    const long = 'ö'.repeat(99);
    expect(normaliseQuery(`${long}😀 ja veel`)).toBe(`${long}😀`);
    expect(normaliseQuery('e-its\u0000moodul')).toBe('e-its moodul');
    expect(normaliseQuery('x\uD83Dy')).toBe('x\uFFFDy');
    // Cut by UTF-16 units these two were different keys that PostgreSQL stores as one row, and the write of every
    // count held with them failed.
    const ctx = countingContext();
    countSearch(ctx, `${long}😀`, 1);
    countSearch(ctx, `${long}🤔`, 1);
    countSearch(ctx, 'nul\u0000päring', 1);
    await settleSearchCounts();
    const rows: { query: string }[] = await t.db.dataSource.query(
      `SELECT query FROM search_query_days WHERE query LIKE 'ööö%' OR query = 'nul päring'`,
    );
    expect(rows.map((r) => r.query).sort()).toEqual(['nul päring', `${long}🤔`, `${long}😀`].sort());
  });

  it('keeps the counts of a write that failed and writes them with the next', async () => {
    const today = await databaseToday();
    await t.db.dataSource.query('ALTER TABLE search_query_days RENAME TO search_query_days_away');
    try {
      await t.gql.run(SEARCH, { q: 'Katkestatud kirjutus' });
      await t.gql.run(SEARCH, { q: 'katkestatud kirjutus' });
      // Reading the statistics writes the held counts first: that fails here, as does the read.
      const failed = await t.gql.run(STATISTICS, { from: today, to: today }, users.editor);
      expect(failed.errors).toBeDefined();
    } finally {
      await t.db.dataSource.query('ALTER TABLE search_query_days_away RENAME TO search_query_days');
    }
    const stats = await statistics((s) => s.topQueries.some((q: any) => q.query === 'katkestatud kirjutus'));
    expect(stats.topQueries).toContainEqual({
      query: 'katkestatud kirjutus',
      searches: 2,
      zeroResultSearches: 2,
      clicks: 0,
    });
  });

  it('keeps no personal data: e-mail addresses and personal codes are replaced, nobody is recorded', async () => {
    expect(normaliseQuery('  Mari.Maasikas@example.ee  isikukood 38001085718  ')).toBe(
      '[e-post] isikukood [number]',
    );
    expect(normaliseQuery('tel +372 5123 4567 ÕUNAAED')).toBe('tel [number] õunaaed');
    expect(normaliseQuery('E-ITS 2024 moodul ORP.4')).toBe('e-its 2024 moodul orp.4');
    expect(normaliseQuery('ORP.4 2024 eelarve 2023-2024, hange 30 000')).toBe(
      'orp.4 2024 eelarve 2023-2024, hange 30 000',
    );
    expect(normaliseQuery('konto EE38 2200 2210 2014 5685 ja 380 0108 5718')).toBe(
      'konto [konto] ja [number]',
    );
    expect(normaliseQuery('helista 5123.4567')).toBe('helista [number]');
    expect(normaliseQuery('   ')).toBeNull();
    await t.gql.run(SEARCH, { q: 'mari.maasikas@example.ee 38001085718' });
    await t.gql.run(SEARCH, { q: 'jaan.tamm@example.ee 37605030299' });
    const stats = await statistics((s) => s.topQueries.some((q: any) => q.query === '[e-post] [number]'));
    expect(stats.topQueries.map((q: any) => q.query)).toContain('[e-post] [number]');
    const stored = JSON.stringify(await t.db.dataSource.query('SELECT * FROM search_query_days'));
    expect(stored).not.toMatch(/maasikas@|tamm@|38001085718|37605030299/);
  });

  it('counts no click for a guide the caller may not read, and answers the same', async () => {
    const [{ id }] = await t.db.dataSource.query(
      `SELECT id FROM guides WHERE visibility = 'INTERNAL' AND status = 'PUBLISHED' LIMIT 1`,
    );
    const click = await t.gql.run(
      `mutation ($input: RecordSearchClickInput!) { recordSearchClick(input: $input) { userErrors { code } } }`,
      { input: { query: 'siseveeb', guideId: toGlobalId('Guide', id) } },
    );
    expect(click.data!.recordSearchClick.userErrors).toEqual([]);
    expect(await t.db.dataSource.query(`SELECT * FROM search_click_days WHERE guide_id = $1`, [id])).toEqual(
      [],
    );
  });

  it('shows the statistics to editors only, and refuses days, periods and sizes that are not', async () => {
    const today = await databaseToday();
    const anonymous = await t.gql.run(STATISTICS, { from: today, to: today });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const member = await t.gql.run(STATISTICS, { from: today, to: today }, users.member);
    expect(member.errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const [from, to, first] of [
      ['2026-02-30', today, null],
      ['0000-01-01', '0000-12-31', null],
      ['2026-12-31', '2026-12-01', null],
      ['2020-01-01', '2026-01-01', null],
      [today, today, 0 - 1],
      [today, today, 101],
    ] as const) {
      const bad = await t.gql.run(
        `query ($from: String!, $to: String!, $first: Int) { searchStatistics(from: $from, to: $to, first: $first) { topQueries { query } } }`,
        { from, to, first },
        users.editor,
      );
      expect({ from, to, first, code: bad.errors?.[0].extensions!.code }).toEqual({
        from,
        to,
        first,
        code: 'BAD_USER_INPUT',
      });
      expect(JSON.stringify(bad.errors)).not.toContain(from === today ? 'never' : from);
    }
  });
});
