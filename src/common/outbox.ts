import type { DataSource } from 'typeorm';

/**
 * Deletes outbox entries applied more than `keepDays` ago, in batches, so an
 * outbox does not grow forever. A week is far longer than anything reads
 * them for (search trusts its index a minute after an entry is applied; a
 * reindex requeues what was applied while it ran) and leaves recent history
 * to look at. The table needs an index on `processed_at`.
 */
export async function purgeProcessed(
  dataSource: DataSource,
  table: string,
  { keepDays = 7, batch = 10_000 }: { keepDays?: number; batch?: number } = {},
): Promise<number> {
  let purged = 0;
  for (;;) {
    const [, deleted]: [unknown, number] = await dataSource.query(
      `DELETE FROM ${table} WHERE id IN (
         SELECT id FROM ${table} WHERE processed_at < now() - make_interval(days => $1) LIMIT $2)`,
      [keepDays, batch],
    );
    purged += deleted;
    if (deleted < batch) return purged;
  }
}
