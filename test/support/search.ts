import type { DataSource } from 'typeorm';
import type { SearchRuntime } from '../../src/search/search-runtime';
import { testWorker } from './worker';

/** Runs the search sync until the search outbox is empty (or fails after `timeoutMs`). */
export async function drainOutbox(
  dataSource: DataSource,
  search: SearchRuntime,
  timeoutMs = 60_000,
): Promise<void> {
  const worker = testWorker(dataSource, search);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await worker.runJob('syncGuideIndex');
    const [{ pending }] = await dataSource.query(
      'SELECT count(*)::int AS pending FROM search_outbox WHERE processed_at IS NULL',
    );
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`search outbox still has ${pending} entries`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
