import { guideIndexUid, reindexGuides } from '../../src/modules/knowledge-base';
import { completed } from '../../src/search/tasks';
import { silentLog } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { drainOutbox } from '../support/search';

const t = useSeededDatabase();

describe('npm run reindex', () => {
  it('rebuilds the index beside the live one and swaps it in while search keeps answering', async () => {
    await drainOutbox(t.db.dataSource, t.gql.search);
    const index = t.gql.search.client.index(guideIndexUid(t.gql.search));
    // Damage the live index: the rebuild must restore it from PostgreSQL.
    await completed(t.gql.search.client, index.deleteAllDocuments());
    await completed(
      t.gql.search.client,
      index.addDocuments([{ id: 'stale', title: 'Vana prügi', visibility: 'PUBLIC' }]),
    );

    let searching = true;
    let answered = 0;
    const failures: unknown[] = [];
    const searches = (async () => {
      while (searching) {
        await t.gql
          .run(`{ search(input: { query: "juhend" }) { totalHits } }`)
          .then((r) => (r.errors ? failures.push(r.errors) : (answered += 1)));
      }
    })();
    const rebuilding = reindexGuides(t.db.dataSource, t.gql.search, silentLog);
    // One at a time (two would swap each other's indexes); while it runs, search checks hits in PostgreSQL.
    await expect(reindexGuides(t.db.dataSource, t.gql.search, silentLog)).rejects.toThrow(
      'Another reindex is running',
    );
    const { documents } = await rebuilding;
    searching = false;
    await searches;

    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(0);
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM guides WHERE status = 'PUBLISHED'`,
    );
    expect(documents).toBe(n);
    const stats = await index.getStats();
    expect(stats.numberOfDocuments).toBe(n);
    await expect(index.getDocument('stale')).rejects.toThrow();
    expect(await t.db.dataSource.query('SELECT * FROM search_reindex_runs')).toEqual([]);
    const { results } = await t.gql.search.client.getIndexes({ limit: 1000 });
    expect(results.filter((i) => i.uid.startsWith(`${guideIndexUid(t.gql.search)}_rebuild`))).toEqual([]);
  });
});
