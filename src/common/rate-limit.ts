import type { EntityManager } from 'typeorm';

export interface RateWindow {
  hits: number;
  /** Seconds until the window resets. */
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a window of `windowSeconds` and returns the
 * count so far. One atomic upsert: concurrent requests on several API
 * processes cannot lose hits.
 */
export async function hit(em: EntityManager, key: string, windowSeconds: number): Promise<RateWindow> {
  const [row] = await em.query(
    `INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limit_counters.window_start <= now() - make_interval(secs => $2) THEN 1
                   ELSE rate_limit_counters.hits + 1 END,
       window_start = CASE WHEN rate_limit_counters.window_start <= now() - make_interval(secs => $2) THEN now()
                           ELSE rate_limit_counters.window_start END
     RETURNING hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry`,
    [key, windowSeconds],
  );
  return { hits: row.hits, retryAfterSeconds: Math.max(1, row.retry) };
}

/** The hits counted so far in the current window, without counting one. */
export async function peek(em: EntityManager, key: string, windowSeconds: number): Promise<RateWindow> {
  const [row] = await em.query(
    `SELECT hits, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry
       FROM rate_limit_counters WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
    [key, windowSeconds],
  );
  return row
    ? { hits: row.hits, retryAfterSeconds: Math.max(1, row.retry) }
    : { hits: 0, retryAfterSeconds: 0 };
}

export async function reset(em: EntityManager, key: string): Promise<void> {
  await em.query('DELETE FROM rate_limit_counters WHERE key = $1', [key]);
}
