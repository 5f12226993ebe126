import type { Context } from '../../context';
import { userError, UserErrorCode } from '../../common/user-error';
import { queryRows } from '../../common/sql-rows';
import { findGuide } from './guide.service';

/** Longest query kept (characters); the rest is cut. */
const MAX_QUERY_LENGTH = 100;

// Calendar days as people in Estonia count them.
const TODAY = `(now() AT TIME ZONE 'Europe/Tallinn')::date`;

/**
 * A query as the statistics keep it: trimmed, single-spaced, lower case,
 * at most 100 characters, with e-mail addresses and runs of five or more
 * digits (personal identification codes, phone numbers, case numbers)
 * replaced, so no statistic can name a person. Null for an empty query
 * (browsing, not searching).
 */
export function normaliseQuery(query: string): string | null {
  const normal = query
    .normalize('NFC')
    .replace(/[^\s@]+@[^\s@]+/g, '[e-post]')
    .replace(/\+?\d[\d\s-]{3,}\d/g, (digits) => (digits.replace(/\D/g, '').length >= 5 ? '[number]' : digits))
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('et')
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  return normal === '' ? null : normal;
}

/**
 * Counts a search (its first page only: paging on is not searching again).
 * Not awaited by the search: a failure to count is logged and costs the
 * answer nothing.
 */
export function countSearch(ctx: Context, query: string, totalHits: number): void {
  const normal = normaliseQuery(query);
  if (!normal) return;
  queryRows(
    ctx.dataSource,
    `INSERT INTO search_query_days (day, query, searches, zero_result_searches)
     VALUES (${TODAY}, $1, 1, $2)
     ON CONFLICT (day, query) DO UPDATE
       SET searches = search_query_days.searches + 1,
           zero_result_searches = search_query_days.zero_result_searches + EXCLUDED.zero_result_searches`,
    [normal, totalHits === 0 ? 1 : 0],
  ).catch((error: unknown) => ctx.log.warn({ err: error }, 'could not count a search'));
}

/**
 * Counts that a hit was opened. Only a guide the caller may read counts, and
 * the answer is the same either way, so the mutation tells nobody whether a
 * guide they may not read exists.
 */
export async function countSearchClick(
  ctx: Context,
  input: { query: string; guideId: string },
): Promise<{ userErrors: ReturnType<typeof userError>[] }> {
  const normal = normaliseQuery(input.query);
  if (!normal) return { userErrors: [userError(UserErrorCode.REQUIRED, 'query', 'The query is empty.')] };
  const guide = await findGuide(ctx, input.guideId);
  if (!guide) return { userErrors: [] };
  await ctx.dataSource.transaction(async (em) => {
    await em.query(
      `INSERT INTO search_click_days (day, query, guide_id, clicks) VALUES (${TODAY}, $1, $2, 1)
       ON CONFLICT (day, query, guide_id) DO UPDATE SET clicks = search_click_days.clicks + 1`,
      [normal, guide.id],
    );
    await em.query(
      `INSERT INTO search_query_days (day, query, clicks) VALUES (${TODAY}, $1, 1)
       ON CONFLICT (day, query) DO UPDATE SET clicks = search_query_days.clicks + 1`,
      [normal],
    );
  });
  return { userErrors: [] };
}

export interface QueryCount {
  query: string;
  searches: number;
  zeroResultSearches: number;
  clicks: number;
}

/**
 * The most searched queries, and the most searched of those that found
 * nothing, over the days from `from` to `to` (Europe/Tallinn, both included).
 */
export async function searchStatistics(
  ctx: Context,
  { from, to, first }: { from: string; to: string; first: number },
): Promise<{ topQueries: QueryCount[]; topZeroResultQueries: QueryCount[] }> {
  const top = (order: string, where = '') =>
    queryRows<QueryCount>(
      ctx.dataSource,
      `SELECT query, sum(searches)::int AS searches, sum(zero_result_searches)::int AS "zeroResultSearches",
              sum(clicks)::int AS clicks
         FROM search_query_days
        WHERE day BETWEEN $1::date AND $2::date
        GROUP BY query ${where}
        ORDER BY ${order}, query
        LIMIT $3`,
      [from, to, first],
    );
  const [topQueries, topZeroResultQueries] = await Promise.all([
    top('sum(searches) DESC', 'HAVING sum(searches) > 0'),
    top('sum(zero_result_searches) DESC', 'HAVING sum(zero_result_searches) > 0'),
  ]);
  return { topQueries, topZeroResultQueries };
}
