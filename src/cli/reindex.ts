import 'reflect-metadata';
import { reindexGuides } from '../modules/knowledge-base';
import { reindexSearchSources } from '../modules/site-search';
import { withDatabaseAndSearch } from './with-database';

/**
 * `npm run reindex`: rebuilds every search index from PostgreSQL (guides,
 * then events, training programmes and mentors) and swaps each in atomically.
 * Uses DATABASE_URL / MEILI_HOST, or the embedded servers in .data/ (their
 * running instances, when `npm start` is up).
 */
void withDatabaseAndSearch(async ({ dataSource, search, log }) => {
  const { documents, indexUid } = await reindexGuides(dataSource, search, log);
  console.log(`Reindexed ${documents} published guides into ${indexUid}.`);
  for (const source of await reindexSearchSources(dataSource, search, log))
    console.log(`Reindexed ${source.documents} ${source.type} documents into ${source.indexUid}.`);
});
