import type { EntityManager } from 'typeorm';
import { retryLater } from '../../common/retry';
import type { Job } from '../../module';
import { ensureSourceIndexOnce, sourceIndexUid } from '../../search/search-source';
import type { SearchRuntime } from '../../search/search-runtime';
import { completed } from '../../search/tasks';
import { SEARCH_SYNC_CHANNEL, SOURCE_SYNC_LOCK } from './search-sync.entity';
import { sourceOfType } from './search-sources';

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
    return dataSource.transaction(async (em) => {
      const rows: { id: string; kind: string; subject_id: string }[] = await em.query(
        `SELECT id, kind, subject_id FROM search_sync_outbox
          WHERE processed_at IS NULL AND next_attempt_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      await em.query('SELECT pg_advisory_xact_lock_shared($1)', [SOURCE_SYNC_LOCK]);
      const locked: { subject_id: string }[] = await em.query(
        `SELECT s AS subject_id FROM unnest($1::uuid[]) AS s WHERE pg_try_advisory_xact_lock(hashtextextended(s::text, 8))`,
        [[...new Set(rows.map((r) => r.subject_id))]],
      );
      const mine = new Set(locked.map((r) => r.subject_id));
      const claimed = rows.filter((r) => mine.has(r.subject_id));
      if (claimed.length === 0) return 0;
      const byKind = new Map<string, Set<string>>();
      for (const row of claimed)
        byKind.set(row.kind, (byKind.get(row.kind) ?? new Set()).add(row.subject_id));
      const ids = claimed.map((r) => r.id);
      try {
        for (const [kind, subjects] of byKind) await applyToIndex(em, search, kind, [...subjects]);
        await em.query('UPDATE search_sync_outbox SET processed_at = clock_timestamp() WHERE id = ANY($1)', [
          ids,
        ]);
        return claimed.length;
      } catch (error) {
        await retryLater(em, OUTBOX, ids, error, config.worker.maxRetryDelaySeconds);
        log.warn(
          { entries: ids.length, err: error },
          'search sync (events, training, mentors) failed; will retry',
        );
        return 0;
      }
    });
  },
};
