import type { EntityManager } from 'typeorm';

/**
 * A pool of seats with a first-in-first-out waiting list, kept in one table:
 * seminar registrations per event, training enrolments per cohort. Rows have
 * `status`, `queue_number` (from a sequence, in the order they were accepted)
 * and `updated_at`. Every function here must run under a lock on the pool's
 * own row (the event, the cohort), held by the caller's transaction: that lock
 * is what makes seats never oversold and each waiting person promoted once.
 */
export interface SeatPool {
  /** The table of the rows that hold or wait for seats, e.g. "registrations". */
  table: string;
  /** Its column naming the pool, e.g. "event_id". */
  poolColumn: string;
  /** Statuses that hold a seat. */
  seated: readonly string[];
  /** The status of people waiting. */
  waiting: string;
  /** The status a promoted person gets, and the timestamp column set with it. */
  promotedTo: { status: string; at: string };
}

/** Seats taken in the pool. */
export async function seatsTaken(em: EntityManager, pool: SeatPool, poolId: string): Promise<number> {
  const [{ taken }] = await em.query(
    `SELECT count(*)::int AS taken FROM ${pool.table} WHERE ${pool.poolColumn} = $1 AND status = ANY($2)`,
    [poolId, pool.seated],
  );
  return taken;
}

/** Whether one more person gets a seat (null capacity: unlimited). */
export async function hasFreeSeat(
  em: EntityManager,
  pool: SeatPool,
  poolId: string,
  capacity: number | null,
): Promise<boolean> {
  return capacity === null || (await seatsTaken(em, pool, poolId)) < capacity;
}

/**
 * Fills free seats from the waiting list in queue order, in one statement,
 * and returns the promoted rows' ids.
 */
export async function promoteWaiting(
  em: EntityManager,
  pool: SeatPool,
  poolId: string,
  capacity: number | null,
): Promise<string[]> {
  const free = capacity === null ? 10_000 : capacity - (await seatsTaken(em, pool, poolId));
  if (free <= 0) return [];
  const promoted: { id: string }[] = await em.query(
    `WITH next AS (
       SELECT id FROM ${pool.table} WHERE ${pool.poolColumn} = $1 AND status = $2 ORDER BY queue_number LIMIT $3)
     , done AS (
       UPDATE ${pool.table} t SET status = $4, ${pool.promotedTo.at} = now(), updated_at = now()
         FROM next WHERE t.id = next.id RETURNING t.id)
     SELECT id FROM done`,
    [poolId, pool.waiting, Math.min(free, 10_000), pool.promotedTo.status],
  );
  return promoted.map((r) => r.id);
}

/** Sends a row to the back of the queue (someone coming back after cancelling). */
export async function requeue(em: EntityManager, pool: SeatPool, id: string): Promise<void> {
  await em.query(
    `UPDATE ${pool.table} SET queue_number = nextval(pg_get_serial_sequence('${pool.table}', 'queue_number')) WHERE id = $1`,
    [id],
  );
}
