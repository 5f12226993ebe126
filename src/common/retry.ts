import type { EntityManager } from 'typeorm';

/**
 * Puts outbox rows back for a later attempt: one more attempt counted, the
 * error kept (cut to 1000 characters), and the next try after 2^attempts
 * seconds, at most `maxDelaySeconds`. The one back-off rule every outbox uses.
 */
export async function retryLater(
  em: EntityManager,
  outbox: { table: string; dueColumn: string },
  ids: string[],
  error: unknown,
  maxDelaySeconds: number,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await em.query(
    `UPDATE ${outbox.table}
        SET attempts = attempts + 1, last_error = $2,
            ${outbox.dueColumn} = now() + make_interval(secs => least($3::int, power(2, attempts)::int))
      WHERE id = ANY($1)`,
    [ids, message.slice(0, 1000), maxDelaySeconds],
  );
}
