import type { AppModule } from '../../module';
import { migrations } from './migrations';
import { SearchSyncEntry } from './search-sync.entity';
import { ensureAllIndexes, purgeSearchSyncOutbox, syncSearchSources } from './search-sync';
import { SiteSearchResolver, TrainingHitResolver } from './site-search.resolver';

/**
 * One search across the product: guides (the knowledge base's own index),
 * events, training programmes and mentors, each in its own Meilisearch index
 * kept in sync through an outbox that database triggers fill, queried together
 * with a federated multi-search and answered as one ranked list.
 */
export const siteSearchModule: AppModule = {
  name: 'site-search',
  entities: [SearchSyncEntry],
  migrations,
  resolvers: [SiteSearchResolver, TrainingHitResolver],
  // Also done by every sync run until it succeeds, so indexes missing at boot (Meilisearch down) come later.
  boot: ({ search }) => ensureAllIndexes(search),
  jobs: [syncSearchSources, purgeSearchSyncOutbox],
};

export { reindexSearchSources } from './search-reindex';
export { SEARCH_SOURCES } from './search-sources';
export { searchEverything } from './site-search.service';
