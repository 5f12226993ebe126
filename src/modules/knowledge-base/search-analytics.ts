import type { Context } from '../../context';
import { userError, UserErrorCode } from '../../common/user-error';
import { queryRows } from '../../common/sql-rows';
import { isCalendarDate, localToday } from '../../common/local-time';
import { pageSize } from '../../common/pagination';
import { badInput } from '../../errors';
import { findGuide } from './guide.service';

/** Longest query kept (characters); the rest is cut. */
const MAX_QUERY_LENGTH = 100;

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
  // Well-formed (a lone surrogate becomes U+FFFD, as PostgreSQL would store it) and without control characters
  // (PostgreSQL's text cannot hold NUL), so two queries kept apart here are never the same row there.
  let normal = query
    .replace(/\p{Cs}/gu, '\uFFFD')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ');
  for (const [pattern, replacement] of PERSONAL) normal = normal.replace(pattern, replacement as string);
  normal = normal.replace(/\s+/g, ' ').trim().toLocaleLowerCase('et');
  // Cut by characters, not UTF-16 units: a cut through a surrogate pair would leave half of it.
  normal = Array.from(normal).slice(0, MAX_QUERY_LENGTH).join('').trim();
  return normal === '' ? null : normal;
}

/** How often a process writes the searches it has counted: one statement a second at most, whatever the load. */
const WRITE_EVERY_MS = 1000;
/** After failed writes the next waits twice as long each time, up to this (PostgreSQL down for a while). */
const MAX_RETRY_MS = 60_000;
/** Distinct queries a process holds between writes; beyond, a new query's search is not counted (and logged). */
const MAX_HELD_QUERIES = 10_000;

interface QueryDayCount {
  day: string;
  query: string;
  searches: number;
  zeroResultSearches: number;
}

/**
 * The searches a process has counted and not yet written, summed per day and
 * query, written together once a second.
 *
 * Why not a statement per search: each was a commit (a WAL flush) and an
 * update of the same row for everyone searching the same words, which queue
 * on its lock; under a burst the counts took pool connections ahead of reads,
 * and beyond 50 under way they were dropped. Summed here, a burst costs one
 * statement a second. A write that fails (PostgreSQL restarting) is kept and
 * tried again with the next; what a process holds when it is killed is lost
 * (a second of statistics), a graceful stop writes it (`settleSearchCounts`).
 */
class HeldSearchCounts {
  private held = new Map<string, QueryDayCount>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dropped = 0;
  private failures = 0;
  private settled = false;

  constructor(
    private readonly dataSource: Context['dataSource'],
    private readonly log: Context['log'],
  ) {}

  add(count: QueryDayCount): void {
    const key = `${count.day} ${count.query}`;
    const held = this.held.get(key);
    if (held) {
      held.searches += count.searches;
      held.zeroResultSearches += count.zeroResultSearches;
    } else if (this.held.size < MAX_HELD_QUERIES) this.held.set(key, { ...count });
    else this.dropped += count.searches;
    this.schedule();
  }

  private schedule(): void {
    if (this.settled || this.timer) return;
    const delay = Math.min(WRITE_EVERY_MS * 2 ** this.failures, MAX_RETRY_MS);
    this.timer = setTimeout(() => void this.write(), delay).unref();
  }

  /** Writes what is held now, after any write under way. */
  write(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // writeHeld handles its own failures; the catch only keeps one unexpected throw from breaking the chain.
    this.writing = this.writing.then(() => this.writeHeld()).catch(() => undefined);
    return this.writing;
  }

  /** The last write: what fails now is logged as lost, not kept. */
  settle(): Promise<void> {
    this.settled = true;
    return this.write();
  }

  private async writeHeld(): Promise<void> {
    if (this.dropped) {
      this.log.warn(
        { dropped: this.dropped },
        `searches not counted: more than ${MAX_HELD_QUERIES} queries held`,
      );
      this.dropped = 0;
    }
    if (this.held.size === 0) return;
    // In one order in every process, so two processes' writes of the same rows cannot deadlock (a key is the
    // fixed-length day, a space and the query: its order is theirs).
    const counts = [...this.held].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, count]) => count);
    this.held = new Map();
    const searches = counts.reduce((sum, c) => sum + c.searches, 0);
    // Counted after the pool closed (a request that outlived the shutdown's drain): nowhere to write them.
    if (!this.dataSource.isInitialized) {
      this.log.warn({ searches }, 'search counts after the database connection closed; they are lost');
      return;
    }
    // A write that fails while a settle is waiting behind it is kept for that last write.
    const lastWrite = this.settled;
    try {
      await queryRows(
        this.dataSource,
        `INSERT INTO search_query_days (day, query, searches, zero_result_searches)
         SELECT * FROM unnest($1::date[], $2::text[], $3::int[], $4::int[])
         ON CONFLICT (day, query) DO UPDATE
           SET searches = search_query_days.searches + EXCLUDED.searches,
               zero_result_searches = search_query_days.zero_result_searches + EXCLUDED.zero_result_searches`,
        [
          counts.map((c) => c.day),
          counts.map((c) => c.query),
          counts.map((c) => c.searches),
          counts.map((c) => c.zeroResultSearches),
        ],
      );
      this.failures = 0;
    } catch (error) {
      // Rejected for what the rows hold (SQLSTATE classes 21, 22, 23): trying again would fail again.
      const rejected = /^2[123]/.test(String((error as { code?: unknown }).code ?? ''));
      if (lastWrite || rejected) {
        this.log.error({ err: error, searches }, 'could not write the search counts; they are lost');
        return;
      }
      // Kept for the next write. If this one committed and only its answer was lost, they count twice.
      this.failures += 1;
      this.log.warn({ err: error, searches }, 'could not write the search counts; will try again');
      for (const count of counts) this.add(count);
    }
  }
}

/** Per database: tests run several apps, each on its own, in one process. */
const heldCounts = new Map<Context['dataSource'], HeldSearchCounts>();

/**
 * Counts a search (its first page only: paging on is not searching again),
 * dated by the day in Estonia when it was made. Written within a second, not
 * awaited by the search: a failure to count costs the answer nothing.
 */
export function countSearch(ctx: Context, query: string, totalHits: number): void {
  const normal = normaliseQuery(query);
  if (!normal) return;
  let held = heldCounts.get(ctx.dataSource);
  if (!held) heldCounts.set(ctx.dataSource, (held = new HeldSearchCounts(ctx.dataSource, ctx.processLog)));
  held.add({ day: localToday(), query: normal, searches: 1, zeroResultSearches: totalHits === 0 ? 1 : 0 });
}

/** Writes the searches this process has counted for a database, so a read of the statistics includes them. */
async function writeHeldCounts(dataSource: Context['dataSource']): Promise<void> {
  await heldCounts.get(dataSource)?.write();
}

/** Writes every count held; call after the server stops taking requests, before the pool closes. */
export async function settleSearchCounts(): Promise<void> {
  const all = [...heldCounts.values()];
  heldCounts.clear();
  await Promise.all(all.map((held) => held.settle()));
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
  // Dated as searches are: the day in Estonia by this process's clock.
  const day = localToday();
  await ctx.dataSource.transaction(async (em) => {
    await em.query(
      `INSERT INTO search_click_days (day, query, guide_id, clicks) VALUES ($3::date, $1, $2, 1)
       ON CONFLICT (day, query, guide_id) DO UPDATE SET clicks = search_click_days.clicks + 1`,
      [normal, guide.id, day],
    );
    await em.query(
      `INSERT INTO search_query_days (day, query, clicks) VALUES ($2::date, $1, 1)
       ON CONFLICT (day, query) DO UPDATE SET clicks = search_query_days.clicks + 1`,
      [normal, day],
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
  // What this process has counted and not yet written is part of the answer (other processes write within a second).
  await writeHeldCounts(ctx.dataSource);
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
