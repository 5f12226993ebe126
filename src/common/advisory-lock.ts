import type { DataSource } from 'typeorm';

/**
 * Runs `work` holding a session-level advisory lock on a connection of its
 * own (so a killed process releases it with the connection), and releases it
 * before the connection goes back to the pool. With `busy`, a lock someone
 * else holds fails at once with that message; without it, the call waits.
 */
export async function withSessionLock<T>(
  dataSource: DataSource,
  key: number,
  work: () => Promise<T>,
  { busy }: { busy?: string } = {},
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (busy) {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      if (!locked) throw new Error(busy);
    } else await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}
