import type { Context } from '../../context';
import { userError, UserErrorCode } from '../../common/user-error';
import { queryRows } from '../../common/sql-rows';
import { isCalendarDate } from '../../common/local-time';
import { pageSize } from '../../common/pagination';
import { badInput } from '../../errors';
import { findGuide } from './guide.service';

/** Longest query kept (characters); the rest is cut. */
const MAX_QUERY_LENGTH = 100;

// Calendar days as people in Estonia count them.
const TODAY = `(now() AT TIME ZONE 'Europe/Tallinn')::date`;

// What could name a person, most specific first; digit groups are joined only by one space, dot or hyphen.
const PERSONAL: [RegExp, string | ((match: string) => string)][] = [
  [/[^\s@]+@[^\s@]+/g, '[e-post]'],
  [/\bEE\d{2}(?:[\s.-]?\d{4}){4}\b/gi, '[konto]'],
  [
    /\+?\d+(?:[\s.-]\d+)*/g,
    (digits) => {
      const groups = digits.split(/[\s.-]/);
      // Years and year ranges ("2023-2024", "2024 2025") and short numbers stay; longer runs go.
      const years = groups.every((g) => /^(19|20)\d\d$/.test(g));
      return !years && digits.replace(/\D/g, '').length >= 7 ? '[number]' : digits;
    },
  ],
];

/**
 * A query as the statistics keep it: trimmed, single-spaced, lower case,
 * at most 100 characters, with e-mail addresses, IBANs and runs of seven or
 * more digits (personal identification codes, phone numbers) replaced. Null
 * for an empty query (browsing, not searching). Names cannot be told from
 * words: a query searched only once is never shown (`searchStatistics`).
 */
export function normaliseQuery(query: string): string | null {
  let normal = query.normalize('NFC');
  for (const [pattern, replacement] of PERSONAL) normal = normal.replace(pattern, replacement as string);
  normal = normal.replace(/\s+/g, ' ').trim().toLocaleLowerCase('et').slice(0, MAX_QUERY_LENGTH).trim();
  return normal === '' ? null : normal;
}

/** Counts under way, at most this many: beyond, a count is dropped rather than queued before other reads. */
const MAX_PENDING_COUNTS = 50;
const pendingCounts = new Set<Promise<unknown>>();

/**
 * Counts a search (its first page only: paging on is not searching again).
 * Not awaited by the search: a failure to count is logged and costs the
 * answer nothing; `settleSearchCounts` waits for them at shutdown.
 */
export function countSearch(ctx: Context, query: string, totalHits: number): void {
  const normal = normaliseQuery(query);
  if (!normal || pendingCounts.size >= MAX_PENDING_COUNTS) return;
  const count = queryRows(
    ctx.dataSource,
    `INSERT INTO search_query_days (day, query, searches, zero_result_searches)
     VALUES (${TODAY}, $1, 1, $2)
     ON CONFLICT (day, query) DO UPDATE
       SET searches = search_query_days.searches + 1,
           zero_result_searches = search_query_days.zero_result_searches + EXCLUDED.zero_result_searches`,
    [normal, totalHits === 0 ? 1 : 0],
  )
    .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not count a search'))
    .finally(() => pendingCounts.delete(count));
  pendingCounts.add(count);
}

/** Waits for the search counts under way; call after the server stops taking requests, before the pool closes. */
export async function settleSearchCounts(): Promise<void> {
  await Promise.all(pendingCounts);
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

/** The longest period one request may sum up. */
const MAX_DAYS = 366;

/**
 * The most searched queries, and the queries that most often found nothing,
 * over the days from `from` to `to` (Europe/Tallinn, both included). A query
 * searched only once in the period is left out: a one-off may be a name.
 */
export async function searchStatistics(
  ctx: Context,
  input: { from: string; to: string; first: number | null },
): Promise<{ topQueries: QueryCount[]; topZeroResultQueries: QueryCount[] }> {
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(input[field])) throw badInput(`${field} must be a day as YYYY-MM-DD.`, field);
  }
  const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 + 1;
  if (days < 1) throw badInput('to must not be before from.', 'to');
  if (days > MAX_DAYS) throw badInput(`A period is at most ${MAX_DAYS} days.`, 'to');
  const first = pageSize(input.first);
  // The period is summed once; both lists are cut from that sum in the same statement.
  const rows = await queryRows<QueryCount & { list: 'top' | 'zero'; rank: string }>(
    ctx.dataSource,
    `WITH totals AS (
       SELECT query, sum(searches)::int AS searches, sum(zero_result_searches)::int AS "zeroResultSearches",
              sum(clicks)::int AS clicks
         FROM search_query_days
        WHERE day BETWEEN $1::date AND $2::date
        GROUP BY query
       HAVING sum(searches) >= 2)
     SELECT * FROM (
       (SELECT 'top' AS list, row_number() OVER (ORDER BY searches DESC, query) AS rank, * FROM totals
         ORDER BY rank LIMIT $3)
       UNION ALL
       (SELECT 'zero', row_number() OVER (ORDER BY "zeroResultSearches" DESC, query), * FROM totals
         WHERE "zeroResultSearches" > 0 ORDER BY 2 LIMIT $3)) lists
     ORDER BY list, rank`,
    [input.from, input.to, first],
  );
  const listed = (list: 'top' | 'zero') =>
    rows.filter((row) => row.list === list).map(({ list: _list, rank: _rank, ...count }) => count);
  const [topQueries, topZeroResultQueries] = [listed('top'), listed('zero')];
  return { topQueries, topZeroResultQueries };
}
