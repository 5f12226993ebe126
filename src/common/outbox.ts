import type { DataSource, EntityManager } from 'typeorm';

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

/**
 * Claims a batch of due outbox entries in the caller's transaction: rows taken
 * with FOR UPDATE SKIP LOCKED, the sync lock held shared until commit (a
 * reindex takes it exclusively to wait for batches in flight), and each
 * subject locked with a transaction-scoped advisory lock in `lockSpace`.
 * Entries whose subject another worker holds are left for later, so one
 * subject's states are never sent out of order. Returns the entries claimed.
 */
export async function claimOutboxBatch<Extra extends string = never>(
  em: EntityManager,
  outbox: {
    table: string;
    subjectColumn: string;
    batchSize: number;
    syncLock: number;
    lockSpace: number;
    extraColumns?: readonly Extra[];
  },
): Promise<({ id: string; subject: string } & Record<Extra, string>)[]> {
  const extra = (outbox.extraColumns ?? []).map((column) => `, ${column}`).join('');
  const rows: ({ id: string; subject: string } & Record<Extra, string>)[] = await em.query(
    `SELECT id, ${outbox.subjectColumn} AS subject${extra} FROM ${outbox.table}
      WHERE processed_at IS NULL AND next_attempt_at <= now()
      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [outbox.batchSize],
  );
  if (rows.length === 0) return [];
  await em.query('SELECT pg_advisory_xact_lock_shared($1)', [outbox.syncLock]);
  const locked: { subject: string }[] = await em.query(
    `SELECT s AS subject FROM unnest($1::uuid[]) AS s WHERE pg_try_advisory_xact_lock(hashtextextended(s::text, $2))`,
    [[...new Set(rows.map((r) => r.subject))], outbox.lockSpace],
  );
  const mine = new Set(locked.map((r) => r.subject));
  return rows.filter((r) => mine.has(r.subject));
}
