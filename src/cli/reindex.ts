import 'reflect-metadata';
import { reindexGuides } from '../modules/knowledge-base';
import { withDatabaseAndSearch } from './with-database';

/**
 * `npm run reindex`: rebuilds the guides index from PostgreSQL and swaps it in
 * atomically. Uses DATABASE_URL / MEILI_HOST, or the embedded servers in .data/
 * (their running instances, when `npm start` is up).
 */
void withDatabaseAndSearch(async ({ dataSource, search, log }) => {
  const { documents, indexUid } = await reindexGuides(dataSource, search, log);
  console.log(`Reindexed ${documents} published guides into ${indexUid}.`);
});
