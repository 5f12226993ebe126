import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { withSessionLock } from '../../common/advisory-lock';
import type { SearchRuntime } from '../../search/search-runtime';
import { completed } from '../../search/tasks';
import { Guide } from './guide.entity';
import { GuideStatus } from './guide.enums';
import { buildGuideDocuments, ensureGuideIndex, guideIndexUid } from './guide-index';
import { SEARCH_SYNC_LOCK, SearchReindexRun } from './search-outbox.entity';

// Documents per request: with attachment texts (at most 300 000 characters a guide) well under Meilisearch's payload limit.
const BATCH = 200;

/**
 * Builds a fresh index from PostgreSQL beside the live one and swaps them in
 * one atomic Meilisearch operation, so search answers throughout. Changes the
 * worker applied to the old index while the rebuild ran are queued again
 * afterwards, so none is lost to the swap; until then a recorded run makes
 * search check every hit against the database (search-freshness.ts).
 */
export async function reindexGuides(
  dataSource: DataSource,
  search: SearchRuntime,
  log: Logger,
): Promise<{ documents: number; indexUid: string }> {
  // One rebuild at a time: two would swap each other's indexes. The lock goes with the connection if killed.
  return withSessionLock(dataSource, REINDEX_LOCK, () => rebuild(dataSource, search, log), {
    busy: 'Another reindex is running; try again when it has finished.',
  });
}

/** An arbitrary constant naming the reindex's advisory lock. */
const REINDEX_LOCK = 7_346_001;

async function rebuild(
  dataSource: DataSource,
  search: SearchRuntime,
  log: Logger,
): Promise<{ documents: number; indexUid: string }> {
  const { client } = search;
  const indexUid = guideIndexUid(search);
  const rebuildUid = `${indexUid}_rebuild_${Date.now()}`;
  const run = await dataSource.getRepository(SearchReindexRun).save(new SearchReindexRun());
  let swapAskedFor = false;
  try {
    // Anything the worker applies from here on may be missing from the rebuilt documents: it is queued again.
    const [{ since }] = await dataSource.query('SELECT clock_timestamp() AS since');
    await ensureGuideIndex(client, indexUid);
    await ensureGuideIndex(client, rebuildUid);
    let documents = 0;
    try {
      const ids = (
        await dataSource
          .getRepository(Guide)
          .find({ select: { id: true }, where: { status: GuideStatus.PUBLISHED }, order: { id: 'ASC' } })
      ).map((g) => g.id);
      for (let i = 0; i < ids.length; i += BATCH) {
        const { upsert } = await buildGuideDocuments(dataSource.manager, ids.slice(i, i + BATCH));
        await completed(client, client.index(rebuildUid).addDocuments(upsert), { timeoutMs: 300_000 });
        documents += upsert.length;
        log.info({ documents }, 'reindex progress');
      }
      swapAskedFor = true;
      await completed(client, client.swapIndexes([{ indexes: [indexUid, rebuildUid], rename: false }]));
    } finally {
      // After a swap this holds the old documents; after a failure, the half-built ones.
      await completed(client, client.deleteIndex(rebuildUid)).catch(() => undefined);
    }
    // A worker may have applied a change to the old index and not yet committed its stamp: wait for every
    // such batch (each holds this lock shared), so the requeue sees all of them.
    // By when the worker applied them, not by entry id: ids are taken at insert, in no order of commit.
    await withSessionLock(dataSource, SEARCH_SYNC_LOCK, () =>
      dataSource.query(
        `INSERT INTO search_outbox (guide_id)
         SELECT DISTINCT guide_id FROM search_outbox WHERE processed_at >= $1`,
        [since],
      ),
    );
    // Under the reindex lock any other run is one that was killed; this rebuild's documents are current or queued.
    await dataSource.query('DELETE FROM search_reindex_runs');
    return { documents, indexUid };
  } catch (error) {
    if (!swapAskedFor) {
      // The live index was not touched: the run is simply over.
      await dataSource.getRepository(SearchReindexRun).delete({ id: run.id });
    } else {
      // The swap may have happened (or still happen) without the requeue: the record stays, and search keeps
      // checking every hit in PostgreSQL until a reindex succeeds.
      log.error({ err: error }, 'reindex failed after asking for the swap; run it again');
    }
    throw error;
  }
}
