import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { decodeCursor, pageSize, toConnection, type Connection } from './pagination';

/**
 * A list that belongs to a parent and can grow without bound (an event's
 * registrations, a guide's revisions…), paged as a connection.
 */
export interface ChildList<T extends { id: string }> {
  entity: EntityTarget<T>;
  /** FROM clause with the listed rows aliased `c`, e.g. "registrations c". */
  from: string;
  /** The parent's key, e.g. "c.event_id". */
  parent: string;
  /** The sort key, never NULL (COALESCE a nullable one); ties broken by c.id in the same direction. */
  sort: string;
  direction: 'ASC' | 'DESC';
  /** What the sort key is, for cursors: a number, a moment (timestamptz) or a day (date). */
  cursor: 'number' | 'moment' | 'day';
}

interface Ranked {
  id: string;
  parent: string;
  sort: string | number;
  total: number;
}

interface Page<T> {
  rows: { node: T; sort: string | number }[];
  totalCount: number | (() => Promise<number>);
}

/** The sort key as a cursor carries it (JSON), and how a cursor's value is cast back in SQL. */
const asCursorValue: Record<ChildList<never>['cursor'], (sql: string) => string> = {
  number: (sql) => `(${sql})::float8`,
  moment: (sql) => `to_char((${sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  day: (sql) => `to_char(${sql}, 'YYYY-MM-DD')`,
};
// bigint, not numeric: integer columns compare with it inside their index's operator family.
const castBack: Record<ChildList<never>['cursor'], string> = {
  number: 'bigint',
  moment: 'timestamptz',
  day: 'date',
};

/** A fixed SQL condition on `c`, with values it refers to as $1, $2… (renumbered where it is used). */
export interface ChildCondition {
  sql: string;
  values?: unknown[];
}

const ALL: ChildCondition = { sql: 'true' };

/** The condition's SQL with its placeholders moved past the `offset` parameters the query has already. */
const shifted = (condition: ChildCondition, offset: number) =>
  condition.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/** What the helper needs of a request's context (the request's identity keys its loaders). */
interface RequestScope {
  dataSource: DataSource;
}

/** Per request: one loader per list, condition and page size, created when first used. */
const requestLoaders = new WeakMap<
  RequestScope,
  Map<unknown, Map<string, DataLoader<string, Page<never>>>>
>();

function firstPageLoader<T extends { id: string }>(
  ctx: RequestScope,
  list: ChildList<T>,
  where: ChildCondition,
  limit: number,
): DataLoader<string, Page<T>> {
  let byList = requestLoaders.get(ctx);
  if (!byList) requestLoaders.set(ctx, (byList = new Map()));
  let byKey = byList.get(list);
  if (!byKey) byList.set(list, (byKey = new Map()));
  const key = JSON.stringify([where.sql, where.values ?? [], limit]);
  let loader = byKey.get(key) as DataLoader<string, Page<T>> | undefined;
  if (!loader) {
    // The first page of every parent asked for in this request: one statement ranking children per parent.
    loader = new DataLoader<string, Page<T>>(async (parentIds) => {
      const ranked: Ranked[] = await ctx.dataSource.query(
        `SELECT id, parent, sort, total FROM (
           SELECT c.id, ${list.parent} AS parent, ${asCursorValue[list.cursor](list.sort)} AS sort,
                  count(*) OVER (PARTITION BY ${list.parent})::int AS total,
                  row_number() OVER (PARTITION BY ${list.parent} ORDER BY ${list.sort} ${list.direction}, c.id ${list.direction}) AS rank
             FROM ${list.from}
            WHERE ${list.parent} = ANY($1::uuid[]) AND (${shifted(where, 2)})) ranked
          WHERE rank <= $2
          ORDER BY parent, rank`,
        [parentIds, limit + 1, ...(where.values ?? [])],
      );
      const nodes = await loadNodes(ctx, list, ranked);
      const pages = new Map(parentIds.map((id) => [id, { rows: [], totalCount: 0 } as Page<T>]));
      for (const row of ranked) {
        if (!nodes.has(row.id)) continue; // removed between the two statements
        const page = pages.get(row.parent)!;
        page.rows.push({ node: nodes.get(row.id)!, sort: row.sort });
        page.totalCount = row.total;
      }
      return parentIds.map((id) => pages.get(id)!);
    });
    byKey.set(key, loader as DataLoader<string, Page<never>>);
  }
  return loader;
}

async function loadNodes<T extends { id: string }>(
  ctx: RequestScope,
  list: ChildList<T>,
  rows: { id: string }[],
) {
  if (!rows.length) return new Map<string, T>();
  const found = await ctx.dataSource
    .getRepository(list.entity)
    .findBy({ id: In(rows.map((row) => row.id)) } as FindOptionsWhere<T>);
  return new Map(found.map((node) => [node.id, node]));
}

/**
 * One page of a parent's list. First pages of many parents in one request
 * share one statement (a window function ranks the children of each);
 * later pages are a keyset query each. `where` narrows the list, e.g. by
 * what the caller may see (fixed SQL; values travel as parameters).
 */
export async function childPage<T extends { id: string }>(
  ctx: RequestScope,
  list: ChildList<T>,
  parentId: string,
  args: { first?: number | null; after?: string | null },
  where: ChildCondition = ALL,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  let page: Page<T>;
  if (!args.after) {
    page = await firstPageLoader(ctx, list, where, limit).load(parentId);
  } else {
    const [sort, id] = decodeCursor(args.after, [list.cursor, 'uuid']);
    const beyond = list.direction === 'ASC' ? '>' : '<';
    const ranked: Ranked[] = await ctx.dataSource.query(
      `SELECT c.id, ${asCursorValue[list.cursor](list.sort)} AS sort FROM ${list.from}
          WHERE ${list.parent} = $1 AND (${shifted(where, 4)})
            AND (${list.sort}, c.id) ${beyond} ($2::${castBack[list.cursor]}, $3::uuid)
          ORDER BY ${list.sort} ${list.direction}, c.id ${list.direction}
          LIMIT $4`,
      [parentId, sort, id, limit + 1, ...(where.values ?? [])],
    );
    const nodes = await loadNodes(ctx, list, ranked);
    const count = async () =>
      (
        await ctx.dataSource.query(
          `SELECT count(*)::int AS total FROM ${list.from} WHERE ${list.parent} = $1 AND (${shifted(where, 1)})`,
          [parentId, ...(where.values ?? [])],
        )
      )[0].total as number;
    const rows = ranked.filter((row) => nodes.has(row.id)); // removed between the two statements
    page = { rows: rows.map((row) => ({ node: nodes.get(row.id)!, sort: row.sort })), totalCount: count };
  }
  const connection = toConnection(
    page.rows,
    limit,
    (row) => [row.sort, row.node.id],
    page.totalCount,
    Boolean(args.after),
  );
  // Unwrapped in place: a spread would read totalCount, which is a lazy getter for later pages.
  (connection as { edges: unknown[] }).edges = connection.edges.map(({ node, cursor }) => ({
    node: node.node,
    cursor,
  }));
  return connection as unknown as Connection<T>;
}
