import { toGlobalId } from '../../src/common/node-id';
import { normaliseQuery } from '../../src/modules/knowledge-base';
import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { drainOutbox } from '../support/search';

const t = useSeededDatabase();

const SEARCH = `query ($q: String!, $after: String) { search(input: { query: $q, first: 2, after: $after }) {
  totalHits hits { guide { id } } pageInfo { endCursor } } }`;
const STATISTICS = `query ($from: String!, $to: String!) { searchStatistics(from: $from, to: $to) {
  topQueries { query searches zeroResultSearches clicks } topZeroResultQueries { query searches zeroResultSearches } } }`;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tallinn' }).format(new Date());

/** Counting is not awaited by the search: wait until the counts settle. */
async function statistics(until: (s: any) => boolean) {
  for (let attempt = 0; ; attempt += 1) {
    const result = await t.gql.run(STATISTICS, { from: today(), to: today() }, users.editor);
    expect(result.errors).toBeUndefined();
    if (until(result.data!.searchStatistics) || attempt > 50) return result.data!.searchStatistics;
    await new Promise((r) => setTimeout(r, 100));
  }
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
        { query: 'kvanttelepordi hange', searches: 1, zeroResultSearches: 1, clicks: 0 },
      ]),
    );
    expect(stats.topZeroResultQueries).toEqual([
      { query: 'kvanttelepordi hange', searches: 1, zeroResultSearches: 1 },
    ]);
    const [{ clicks }] = await t.db.dataSource.query(
      `SELECT clicks FROM search_click_days WHERE query = 'andmekaitse'`,
    );
    expect(clicks).toBe(1);
  });

  it('keeps no personal data: e-mail addresses and personal codes are replaced, nobody is recorded', async () => {
    expect(normaliseQuery('  Mari.Maasikas@example.ee  isikukood 38001085718  ')).toBe(
      '[e-post] isikukood [number]',
    );
    expect(normaliseQuery('tel +372 5123 4567 ÕUNAAED')).toBe('tel [number] õunaaed');
    expect(normaliseQuery('E-ITS 2024 moodul ORP.4')).toBe('e-its 2024 moodul orp.4');
    expect(normaliseQuery('   ')).toBeNull();
    await t.gql.run(SEARCH, { q: 'mari.maasikas@example.ee 38001085718' });
    const stats = await statistics((s) => s.topQueries.some((q: any) => q.query === '[e-post] [number]'));
    expect(stats.topQueries.map((q: any) => q.query)).toContain('[e-post] [number]');
    const columns: { column_name: string }[] = await t.db.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name IN ('search_query_days', 'search_click_days')`,
    );
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(['user_id']));
    const stored = JSON.stringify(await t.db.dataSource.query('SELECT * FROM search_query_days'));
    expect(stored).not.toMatch(/maasikas|38001085718/);
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

  it('shows the statistics to editors only, and refuses a day that is not one', async () => {
    const anonymous = await t.gql.run(STATISTICS, { from: today(), to: today() });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const member = await t.gql.run(STATISTICS, { from: today(), to: today() }, users.member);
    expect(member.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await t.gql.run(STATISTICS, { from: '2026-02-30', to: today() }, users.editor);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).not.toContain('2026-02-30');
  });
});
