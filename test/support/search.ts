import type { DataSource } from 'typeorm';
import type { SearchRuntime } from '../../src/search/search-runtime';
import { testWorker } from './worker';

/** Runs the search syncs (guides; events, training, mentors) until both outboxes are empty (or fails after `timeoutMs`). */
export async function drainOutbox(
  dataSource: DataSource,
  search: SearchRuntime,
  timeoutMs = 60_000,
): Promise<void> {
  const worker = testWorker(dataSource, search);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await worker.runJob('syncGuideIndex');
    await worker.runJob('syncSearchSources');
    const [{ pending }] = await dataSource.query(
      `SELECT ((SELECT count(*) FROM search_outbox WHERE processed_at IS NULL)
            + (SELECT count(*) FROM search_sync_outbox WHERE processed_at IS NULL))::int AS pending`,
    );
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`search outbox still has ${pending} entries`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
