import type { EntityManager } from 'typeorm';
import { claimOutboxBatch, purgeProcessed } from '../../common/outbox';
import { retryLater } from '../../common/retry';
import type { Job } from '../../module';
import { ensureSourceIndexOnce, sourceIndexUid } from '../../search/search-source';
import type { SearchRuntime } from '../../search/search-runtime';
import { completed } from '../../search/tasks';
import { SEARCH_SYNC_CHANNEL, SOURCE_SYNC_LOCK } from './search-sync.entity';
import { SEARCH_SOURCES, sourceOfType } from './search-sources';

const OUTBOX = { table: 'search_sync_outbox', dueColumn: 'next_attempt_at' };

/** Brings one source's index in line for the given subjects, reading their state now. */
async function applyToIndex(
  em: EntityManager,
  search: SearchRuntime,
  kind: string,
  ids: string[],
): Promise<void> {
  const source = sourceOfType(kind);
  if (!source) return;
  const uid = sourceIndexUid(search, source);
  await ensureSourceIndexOnce(search.client, uid, source);
  const { upsert, remove } = await source.documents(em, ids);
  const index = search.client.index(uid);
  if (upsert.length) await completed(search.client, index.addDocuments(upsert));
  if (remove.length) await completed(search.client, index.deleteDocuments(remove));
}

/**
 * Keeps the events, training and mentors indexes in line with the outbox the
 * triggers fill, a batch at a time: rows claimed with FOR UPDATE SKIP LOCKED,
 * each subject locked with a transaction-scoped advisory lock (so two workers
 * never send one subject's states out of order), the current state sent, and
 * failures retried with back-off.
 */
export const syncSearchSources: Job = {
  name: 'syncSearchSources',
  wakeOn: SEARCH_SYNC_CHANNEL,
  batchSize: 200,
  async run({ dataSource, search, config, log }, { batchSize }) {
    // Every index exists, whether or not its kind has changes queued: a multi-search fails on a missing one.
    const ready = await ensureAllIndexes(search).then(
      () => true,
      () => false,
    );
    return dataSource.transaction(async (em) => {
      const claimed = await claimOutboxBatch(em, {
        table: 'search_sync_outbox',
        subjectColumn: 'subject_id',
        batchSize,
        syncLock: SOURCE_SYNC_LOCK,
        lockSpace: 8,
        extraColumns: ['kind'],
      });
      let settled = 0;
      // Kind by kind: one kind failing (its index, its documents) holds back only its own entries.
      for (const kind of new Set(claimed.map((r) => r.kind))) {
        const entries = claimed.filter((r) => r.kind === kind);
        const ids = entries.map((r) => r.id);
        try {
          if (!ready) throw new Error('Meilisearch is not reachable');
          await applyToIndex(em, search, kind, [...new Set(entries.map((r) => r.subject))]);
          await em.query(
            'UPDATE search_sync_outbox SET processed_at = clock_timestamp() WHERE id = ANY($1)',
            [ids],
          );
          settled += ids.length;
        } catch (error) {
          await retryLater(em, OUTBOX, ids, error, config.worker.maxRetryDelaySeconds);
          log.warn({ kind, entries: ids.length, err: error }, 'search sync failed; will retry');
        }
      }
      return settled;
    });
  },
};

/** Creates every source's index and applies its settings, once per process (again after a failure). */
export async function ensureAllIndexes(search: SearchRuntime): Promise<void> {
  for (const source of SEARCH_SOURCES)
    await ensureSourceIndexOnce(search.client, sourceIndexUid(search, source), source);
}

/** Deletes sync outbox entries applied more than a week ago, about once an hour. */
export const purgeSearchSyncOutbox: Job = {
  name: 'purgeSearchSyncOutbox',
  everyMs: 3600_000,
  async run({ dataSource, log }) {
    const purged = await purgeProcessed(dataSource, 'search_sync_outbox');
    if (purged) log.info({ purged }, 'purged applied search sync outbox entries');
    return 0;
  },
};
