import { claimOutboxBatch, purgeProcessed } from '../../common/outbox';
import { retryLater } from '../../common/retry';
import type { Job } from '../../module';
import { completed } from '../../search/tasks';
import { ATTACHMENT_TEXT_CHANNEL } from './attachment-text.entity';
import { extractDueTexts } from './attachment-text.service';
import { sweepBlobs } from './blob-store';
import { publishDueGuides } from './guide-editing.service';
import { buildGuideDocuments, ensureGuideIndexOnce, guideIndexUid } from './guide-index';
import { SEARCH_OUTBOX_CHANNEL, SEARCH_SYNC_LOCK } from './search-outbox.entity';

const SEARCH_OUTBOX = { table: 'search_outbox', dueColumn: 'next_attempt_at' };

/**
 * Brings the guides index in line with the search outbox, a batch at a time,
 * waiting for each Meilisearch task; failures are retried with back-off.
 *
 * Outbox rows are claimed with FOR UPDATE SKIP LOCKED and each guide with a
 * transaction-scoped advisory lock, and the guide's state is always read from
 * the database at that moment. A later change leaves its own outbox row behind
 * that lock, so an older state can never land after a newer one.
 */
export const syncGuideIndex: Job = {
  name: 'syncGuideIndex',
  wakeOn: SEARCH_OUTBOX_CHANNEL,
  // A document can hold 300 000 characters of attachment text: batches stay well under Meilisearch's 100 MB payload.
  batchSize: 100,
  async run({ dataSource, search, config, log }, { batchSize }) {
    const uid = guideIndexUid(search);
    return dataSource.transaction(async (em) => {
      // Held until commit, the sync lock makes a reindex wait before queueing again what the old index received.
      const entries = await claimOutboxBatch(em, {
        table: 'search_outbox',
        subjectColumn: 'guide_id',
        batchSize,
        syncLock: SEARCH_SYNC_LOCK,
        lockSpace: 7,
      });
      if (entries.length === 0) return 0;
      const guideIds = [...new Set(entries.map((e) => e.subject))];
      const claimed = entries.map((e) => e.id);
      try {
        // Normally done at boot; here again if Meilisearch was down then, or this process has no boot hook run.
        await ensureGuideIndexOnce(search.client, uid);
        const { upsert, remove } = await buildGuideDocuments(em, guideIds);
        const index = search.client.index(uid);
        if (upsert.length) await completed(search.client, index.addDocuments(upsert));
        if (remove.length) await completed(search.client, index.deleteDocuments(remove));
        // The moment Meilisearch is known to show the change, not the transaction's start (search-freshness.ts).
        await em.query('UPDATE search_outbox SET processed_at = clock_timestamp() WHERE id = ANY($1)', [
          claimed,
        ]);
        return claimed.length;
      } catch (error) {
        await retryLater(em, SEARCH_OUTBOX, claimed, error, config.worker.maxRetryDelaySeconds);
        log.warn({ entries: claimed.length, err: error }, 'search sync failed; will retry');
        return 0;
      }
    });
  },
};

/** Publishes the guides whose scheduled time has come, as a person publishing would (revision, outbox, audit). */
export const publishScheduledGuides: Job = {
  name: 'publishScheduledGuides',
  batchSize: 50,
  async run({ systemContext, log }, { batchSize }) {
    const published = await publishDueGuides(systemContext(), batchSize);
    if (published) log.info({ guides: published }, 'published scheduled guides');
    return published;
  },
};

/** Deletes attachment files that nothing refers to any more, about once an hour. */
export const sweepAttachmentFiles: Job = {
  name: 'sweepAttachmentFiles',
  everyMs: 3600_000,
  async run({ dataSource, config, log }) {
    const removed = await sweepBlobs(dataSource.manager, config.attachments.dir);
    if (removed) log.info({ removed }, 'removed unreferenced attachment files');
    // Nothing is left to sweep until the next hour, whatever was removed.
    return 0;
  },
};

/** Takes the text out of uploaded or replaced attachments for search (attachment-text.service.ts). */
export const extractAttachmentTexts: Job = {
  name: 'extractAttachmentTexts',
  wakeOn: ATTACHMENT_TEXT_CHANNEL,
  batchSize: 10,
  run: (services, batch) => extractDueTexts(services, batch),
};

/** Deletes search outbox entries applied more than a week ago, about once an hour. */
export const purgeSearchOutbox: Job = {
  name: 'purgeSearchOutbox',
  everyMs: 3600_000,
  async run({ dataSource, log }) {
    const purged = await purgeProcessed(dataSource, 'search_outbox');
    if (purged) log.info({ purged }, 'purged applied search outbox entries');
    // Nothing is left to purge until the next hour, whatever was purged.
    return 0;
  },
};
