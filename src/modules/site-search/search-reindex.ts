import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { withSessionLock } from '../../common/advisory-lock';
import { ensureSourceIndex, sourceIndexUid, type SearchSource } from '../../search/search-source';
import type { SearchRuntime } from '../../search/search-runtime';
import { completed } from '../../search/tasks';
import { SEARCH_SYNC_CHANNEL, SOURCE_SYNC_LOCK } from './search-sync.entity';
import { SEARCH_SOURCES } from './search-sources';

const BATCH = 500;

/**
 * Rebuilds each source's index beside the live one and swaps them atomically,
 * as the guides' rebuild does: search answers throughout. Changes the worker
 * applied to the old index during the rebuild are queued again after the
 * swap (or, if it fails after asking for the swap, every subject of the
 * kind). Hits of these kinds are always checked in PostgreSQL under the
 * index's own rule, so a rebuild never shows what search would not offer.
 */
export async function reindexSearchSources(
  dataSource: DataSource,
  search: SearchRuntime,
  log: Logger,
): Promise<{ type: string; documents: number; indexUid: string }[]> {
  // One rebuild at a time: two would swap each other's indexes. The lock goes with the connection if killed.
  return withSessionLock(
    dataSource,
    SOURCES_REINDEX_LOCK,
    async () => {
      const results = [];
      for (const source of SEARCH_SOURCES) results.push(await rebuild(dataSource, search, log, source));
      return results;
    },
    { busy: 'Another reindex is running; try again when it has finished.' },
  );
}

const SOURCES_REINDEX_LOCK = 7_346_011;

/** Queues subjects again, once no sync batch is between applying a change and stamping it, and wakes the worker. */
function requeue(dataSource: DataSource, select: string, parameters: unknown[]): Promise<void> {
  return withSessionLock(dataSource, SOURCE_SYNC_LOCK, async () => {
    await dataSource.query(`INSERT INTO search_sync_outbox (kind, subject_id) ${select}`, parameters);
    await dataSource.query(`SELECT pg_notify('${SEARCH_SYNC_CHANNEL}', '')`);
  });
}

async function rebuild(dataSource: DataSource, search: SearchRuntime, log: Logger, source: SearchSource) {
  const { client } = search;
  const indexUid = sourceIndexUid(search, source);
  const rebuildUid = `${indexUid}_rebuild_${Date.now()}`;
  const [{ since }] = await dataSource.query('SELECT clock_timestamp() AS since');
  await ensureSourceIndex(client, indexUid, source);
  await ensureSourceIndex(client, rebuildUid, source);
  let documents = 0;
  let swapAskedFor = false;
  try {
    try {
      const ids = await source.allIds(dataSource.manager);
      for (let i = 0; i < ids.length; i += BATCH) {
        const { upsert } = await source.documents(dataSource.manager, ids.slice(i, i + BATCH));
        if (upsert.length)
          await completed(client, client.index(rebuildUid).addDocuments(upsert), { timeoutMs: 300_000 });
        documents += upsert.length;
      }
      swapAskedFor = true;
      await completed(client, client.swapIndexes([{ indexes: [indexUid, rebuildUid], rename: false }]));
    } finally {
      await completed(client, client.deleteIndex(rebuildUid)).catch(() => undefined);
    }
    // Wait for sync batches in flight (each holds the lock shared), then queue again what they applied to the
    // old index.
    await requeue(
      dataSource,
      `SELECT DISTINCT kind, subject_id FROM search_sync_outbox WHERE kind = $1 AND processed_at >= $2`,
      [source.type, since],
    );
  } catch (error) {
    if (swapAskedFor) {
      // The swap may have happened without the requeue: every subject of the kind is synced again, so no change
      // the old index had is lost (hits are checked in PostgreSQL meanwhile).
      log.error(
        { err: error, type: source.type },
        'reindex failed after asking for the swap; requeueing all',
      );
      await requeue(dataSource, `SELECT $1::varchar, id FROM unnest($2::uuid[]) AS id`, [
        source.type,
        await source.allIds(dataSource.manager),
      ]).catch((requeueError) =>
        log.error({ err: requeueError }, 'requeue failed; run npm run reindex again'),
      );
    }
    throw error;
  }
  log.info({ type: source.type, documents, indexUid }, 'reindexed');
  return { type: source.type, documents, indexUid };
}
