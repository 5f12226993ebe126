import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startBackingServices } from '../runtime';
import { openDataSource } from '../db/data-source';
import { createSearchClient } from '../search/client';
import { reindexGuides } from '../search/reindex';
import { createSearchRuntime } from '../search/search-runtime';

/**
 * `npm run reindex`: rebuilds the guides index from PostgreSQL and swaps it in
 * atomically. Uses DATABASE_URL / MEILI_HOST, or the embedded servers in .data/
 * (their running instances, when `npm start` is up).
 */
async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  const services = await startBackingServices(config, log);
  let failed = false;
  try {
    const dataSource = await openDataSource(services.databaseUrl);
    try {
      const search = createSearchRuntime(createSearchClient(services.meiliHost, services.meiliKey), {
        prefix: config.meiliIndexPrefix,
        publicHost: services.meiliHost,
      });
      const { documents } = await reindexGuides(dataSource, search, log);
      console.log(`Reindexed ${documents} published guides into ${search.indexUid}.`);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await services.stop();
  }
  process.exit(failed ? 1 : 0);
}
void main();
