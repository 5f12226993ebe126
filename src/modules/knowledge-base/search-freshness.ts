import { performance } from 'node:perf_hooks';
import type { Context } from '../../context';
import { queryRows } from '../../common/sql-rows';

/**
 * Which guides the search index may not show as they are now, read beside
 * the search itself so that trusting the index costs no round trip after it.
 *
 * A change to a guide commits with an outbox entry; the worker applies it to
 * Meilisearch, waits until Meilisearch has it, and only then stamps the entry
 * `processed_at = clock_timestamp()`. So for an entry that was committed when
 * this statement's snapshot was taken (time q):
 *   - unprocessed, or processed less than WINDOW before q: the guide is
 *     suspect, and its hits are checked against the database;
 *   - processed earlier: Meilisearch had the change before q − WINDOW. The
 *     search was sent at s, less than WINDOW / 2 before this statement
 *     returned (checked, else everything is suspect); q comes before that
 *     return, so s > q − WINDOW / 2 whichever went out first: Meilisearch
 *     read a state that includes the change.
 * A change committed after q is concurrent with the request: showing the
 * state before it is what any read taken at q shows.
 * A rebuild (`npm run reindex`) swaps in documents that may predate changes
 * applied to the old index: while one is recorded, everything is suspect.
 *
 * The database and the worker must share a clock that does not jump back by
 * more than WINDOW / 2 (one PostgreSQL server's clock does not).
 */
export const FRESHNESS_WINDOW_SECONDS = 60;

/** Beyond this many suspect entries (a bulk change, a backlog) every hit is checked: the set is not worth reading. */
const MAX_SUSPECTS = 500;

// Entries, not distinct guides: a backlog (Meilisearch down) stops being read at the limit.
const SUSPECTS = `
  (SELECT guide_id FROM search_outbox
    WHERE processed_at IS NULL OR processed_at > now() - make_interval(secs => $1)
    LIMIT ${MAX_SUSPECTS + 1})
  UNION ALL
  (SELECT NULL FROM search_reindex_runs LIMIT 1)`;

/** Every guide is suspect: check all hits. */
export const ALL_SUSPECT = 'all' as const;
export type Suspects = ReadonlySet<string> | typeof ALL_SUSPECT;

/**
 * Starts reading the suspect guides; call it right after sending the search,
 * and pass the result to `suspectsWhenSearched` once the search is back.
 */
export function readSuspects(
  ctx: Pick<Context, 'dataSource' | 'log'>,
): Promise<{ suspects: Suspects; returnedAt: number }> {
  return queryRows<{ guide_id: string | null }>(ctx.dataSource, SUSPECTS, [FRESHNESS_WINDOW_SECONDS]).then(
    (rows) => ({
      suspects:
        rows.length > MAX_SUSPECTS || rows.some((row) => row.guide_id === null)
          ? ALL_SUSPECT
          : new Set(rows.map((row) => row.guide_id!)),
      returnedAt: performance.now(),
    }),
    (error: unknown) => {
      // Every hit is then checked in the database, which reports its own failure as any read does.
      ctx.log.warn({ err: error }, 'could not read which guides the search index is behind on');
      return { suspects: ALL_SUSPECT, returnedAt: performance.now() };
    },
  );
}

/**
 * The suspects, or all of them when the read came back too long after the search was sent to trust it.
 * `searchSentAt` is taken before the search goes out: earlier than the truth only makes the check stricter.
 */
export async function suspectsWhenSearched(
  read: ReturnType<typeof readSuspects>,
  searchSentAt: number,
): Promise<Suspects> {
  const { suspects, returnedAt } = await read;
  return returnedAt - searchSentAt < (FRESHNESS_WINDOW_SECONDS * 1000) / 2 ? suspects : ALL_SUSPECT;
}
