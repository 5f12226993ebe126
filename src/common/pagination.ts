import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isCalendarDate } from './local-time';
import { isUuid } from './node-id';
import { ESTONIAN_COLLATION } from './text';
import { badInput } from '../errors';
import type { DataSource } from 'typeorm';
import { countWhere, getManyFast, type SqlConditions } from './sql-rows';
import { PublicReference } from './cache-control';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@PublicReference()
@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last edge.' })
  hasNextPage: boolean;

  @Field({ description: 'True when items precede the first edge.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass as `after` for the next page.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A getter where counting costs a statement: read (and run) only when a query selects it. */
  readonly totalCount: number | Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionTypes<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  description: string,
  options: { publicReference?: boolean } = {},
): ClassType<Connection<T>> {
  // A page of public reference data is as cacheable as its items; other pages carry no hint (no-store).
  const hint = options.publicReference ? PublicReference() : () => undefined;
  @hint
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @hint
  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and their cursors.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Validates `first` (defaulted, at most MAX_PAGE_SIZE). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/** Cursors carry the sort key of an edge (keyset pagination), opaque to clients. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * What one position of a cursor must hold: a number, any string, a UUID, a
 * day (YYYY-MM-DD) or a moment (ISO-8601), so a forged cursor is refused here
 * instead of failing in SQL.
 */
export type CursorPart = 'number' | 'string' | 'uuid' | 'day' | 'moment';

const CURSOR_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  string: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string' && isUuid(v),
  day: (v) => typeof v === 'string' && isCalendarDate(v),
  moment: (v) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)),
};

export function decodeCursor(cursor: string, shape: CursorPart[]): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      key.every((v, i) => CURSOR_CHECKS[shape[i]](v))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw badInput('"after" is not a valid cursor.', 'after');
}

/** An edge whose cursor is encoded when read: most queries select a page's nodes, not every edge's cursor. */
class PageEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorKey: (row: T) => (string | number)[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorKey(this.node));
  }
}

/**
 * Builds a connection from rows fetched with `limit + 1` (the extra row only
 * tells whether a next page exists).
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  cursorKey: (row: T) => (string | number)[],
  totalCount: number | (() => Promise<number>),
  hadCursor: boolean,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => new PageEdge(node, cursorKey));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: rows.length > limit,
    hasPreviousPage: hadCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  if (typeof totalCount === 'number') return { edges, pageInfo, totalCount };
  let counting: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    // GraphQL reads the property only for a query that selects it, so the COUNT runs only then.
    get totalCount() {
      return (counting ??= totalCount());
    },
  };
}

/**
 * Pages a filtered query in Estonian alphabetical order of a text column
 * (ties by id), with keyset cursors, so pages stay stable while rows are added.
 * The query may join many-to-one relations only.
 */
export async function pageByText<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  column: keyof T & string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const counted = qb.clone(); // counted only if totalCount is asked for
  const sortKey = `${alias}.${column} COLLATE ${ESTONIAN_COLLATION}`;
  if (args.after) {
    const [value, id] = decodeCursor(args.after, ['string', 'uuid']);
    qb.andWhere(`(${sortKey}, ${alias}.id) > (:afterValue COLLATE ${ESTONIAN_COLLATION}, :afterId)`, {
      afterValue: value,
      afterId: id,
    });
  }
  const rows = await getManyFast(
    qb
      .orderBy(sortKey, 'ASC')
      .addOrderBy(`${alias}.id`, 'ASC')
      // LIMIT, not TypeORM's take(): take() with a join costs a second statement. Callers join only
      // many-to-one relations (one row per item), where LIMIT is exact.
      .limit(limit + 1),
  );
  return toConnection(
    rows,
    limit,
    (row) => [String(row[column]), row.id],
    () => counted.getCount(),
    Boolean(args.after),
  );
}

/**
 * `pageByText` for a list in plain SQL: adds the cursor condition to `where`
 * and hands `read` the conditions and the ORDER BY … LIMIT to end its
 * statement with. `sortBy` is the text column (SQL, under `alias`) and its
 * value in a row; `table` is what `totalCount` counts, over the conditions
 * without the cursor, and only when it is selected.
 */
export async function pageByTextSql<T extends { id: string }>(
  dataSource: DataSource,
  {
    table,
    alias,
    sortBy,
  }: { table: string; alias: string; sortBy: { column: string; value: (row: T) => string } },
  where: SqlConditions,
  args: { first?: number | null; after?: string | null },
  read: (where: SqlConditions, orderAndLimit: string) => Promise<T[]>,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const counted = where.copy();
  const sortKey = `${alias}.${sortBy.column} COLLATE ${ESTONIAN_COLLATION}`;
  if (args.after) {
    const [value, id] = decodeCursor(args.after, ['string', 'uuid']);
    where.and(
      `(${sortKey}, ${alias}.id) > (${where.param(value)} COLLATE ${ESTONIAN_COLLATION}, ${where.param(id)})`,
    );
  }
  const rows = await read(where, `ORDER BY ${sortKey}, ${alias}.id LIMIT ${where.param(limit + 1)}`);
  return toConnection(
    rows,
    limit,
    (row) => [sortBy.value(row), row.id],
    () => countWhere(dataSource, table, alias, counted),
    Boolean(args.after),
  );
}

/** `first` and `after` of a connection field (forward paging). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}
