import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { QueryFailedError, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import type { Pool } from 'pg';

/**
 * The hot read paths, without TypeORM's per-query machinery.
 *
 * TypeORM builds SQL text for every query and hydrates rows through a generic
 * alias-grouping transformer; on a list of 50 rows that is a quarter of the
 * request's CPU. Here an entity's select list and row mapping are compiled once
 * per entity from TypeORM's own metadata, values still pass through the
 * driver's `prepareHydratedValue` (column types, enum arrays, transformers), so
 * the objects are the same entities TypeORM would return. Statements run on the
 * driver's pool as named prepared statements (parsed and planned once per
 * connection) and are reported to TypeORM's logger like any other query.
 */

/**
 * Column types whose values PostgresDriver.prepareHydratedValue changes after
 * pg has parsed them; every other column without a transformer is used as pg
 * returns it (text, uuid, integers, numeric strings, timestamps as Date).
 */
const CONVERTED_TYPES = new Set<unknown>([
  Boolean,
  Number,
  'date',
  'time',
  'vector',
  'halfvec',
  'hstore',
  'simple-array',
  'simple-json',
  'cube',
]);

function convertedByDriver(column: ColumnMetadata): boolean {
  if (column.transformer || CONVERTED_TYPES.has(column.type)) return true;
  if (column.type === 'enum' || column.type === 'simple-enum') {
    return column.isArray || Boolean(column.enum?.some((value) => typeof value === 'number'));
  }
  return false;
}

interface CompiledColumn {
  column: ColumnMetadata;
  databaseName: string;
  propertyName: string;
  converted: boolean;
}

/** How one entity's columns are selected under an alias and turned back into an entity. */
export class EntityRows<T extends ObjectLiteral> {
  readonly table: string;
  private readonly columns: CompiledColumn[];
  private readonly primary: string;
  private readonly prototype: object;
  private readonly aliases = new Map<string, { select: string; keys: string[]; primaryKey: string }>();

  constructor(
    private readonly driver: PostgresDriver,
    metadata: EntityMetadata,
  ) {
    if (metadata.embeddeds.length || !metadata.primaryColumns.length) {
      throw new Error(`${metadata.name}: only flat entities with a primary key are supported`);
    }
    this.table = metadata.tablePath;
    this.columns = metadata.columns
      .filter((column) => !column.isVirtual && !column.isVirtualProperty)
      .map((column) => ({
        column,
        databaseName: column.databaseName,
        propertyName: column.propertyName,
        converted: convertedByDriver(column),
      }));
    this.primary = metadata.primaryColumns[0].databaseName; // never null in a row that exists
    this.prototype = (metadata.target as { prototype: object }).prototype;
  }

  private compiled(alias: string, except: readonly string[] = []) {
    const cacheKey = except.length ? `${alias}|${except.join(',')}` : alias;
    let compiled = this.aliases.get(cacheKey);
    if (!compiled) {
      const columns = this.columns.filter((c) => !except.includes(c.propertyName));
      compiled = {
        select: columns.map((c) => `${alias}."${c.databaseName}" AS "${alias}_${c.databaseName}"`).join(', '),
        keys: this.columns.map((c) => `${alias}_${c.databaseName}`),
        primaryKey: `${alias}_${this.primary}`,
      };
      this.aliases.set(cacheKey, compiled);
    }
    return compiled;
  }

  /**
   * `alias."column" AS "alias_column", …` for every column, or every column
   * but the properties in `except` (which the hydrated entity then lacks).
   */
  select(alias: string, except?: readonly string[]): string {
    return this.compiled(alias, except).select;
  }

  /** The entity in a row selected with `select(alias)`; null where an outer join found nothing. */
  hydrate(row: Record<string, unknown>, alias: string): T | null {
    const { keys, primaryKey } = this.compiled(alias);
    if (row[primaryKey] == null) return null;
    const entity = Object.create(this.prototype) as Record<string, unknown>;
    const columns = this.columns;
    for (let i = 0; i < columns.length; i += 1) {
      const value = row[keys[i]];
      const c = columns[i];
      entity[c.propertyName] = c.converted ? this.driver.prepareHydratedValue(value, c.column) : value;
    }
    return entity as T;
  }

  hydrateAll(rows: Record<string, unknown>[], alias: string): T[] {
    return rows.map((row) => this.hydrate(row, alias)!);
  }
}

const compiled = new WeakMap<EntityMetadata, EntityRows<ObjectLiteral>>();

export function entityRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
): EntityRows<T> {
  const metadata = dataSource.getMetadata(target);
  let rows = compiled.get(metadata);
  if (!rows) {
    rows = new EntityRows(dataSource.driver as PostgresDriver, metadata);
    compiled.set(metadata, rows);
  }
  return rows as unknown as EntityRows<T>;
}

/** Distinct statement texts get their own prepared-statement name; beyond this many, they run unnamed. */
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `elvl_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs one read statement on the pool, prepared once per connection unless
 * `prepare` is false (for texts with literal values, which would use up the
 * names); errors as TypeORM's `QueryFailedError`.
 */
export async function queryRows<R = Record<string, unknown>>(
  dataSource: DataSource,
  text: string,
  values: unknown[] = [],
  { prepare = true }: { prepare?: boolean } = {},
): Promise<R[]> {
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    const result = await pool.query({ name: prepare ? statementName(text) : undefined, text, values });
    return result.rows as R[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}

/** Builds a WHERE clause with numbered parameters. */
export class SqlConditions {
  readonly values: unknown[] = [];
  private readonly parts: string[] = [];

  /** A placeholder for a value: `$n`. */
  param(value: unknown): string {
    return `$${this.values.push(value)}`;
  }

  and(condition: string): this {
    this.parts.push(condition);
    return this;
  }

  /** ` WHERE a AND b`, or nothing. */
  where(): string {
    return this.parts.length ? ` WHERE ${this.parts.join(' AND ')}` : '';
  }

  copy(): SqlConditions {
    const copy = new SqlConditions();
    copy.values.push(...this.values);
    copy.parts.push(...this.parts);
    return copy;
  }
}

/** The number of rows of `table` (under `alias`) that meet the conditions: a connection's `totalCount`. */
export async function countWhere(
  dataSource: DataSource,
  table: string,
  alias: string,
  conditions: SqlConditions,
): Promise<number> {
  const [{ count }] = await queryRows<{ count: number }>(
    dataSource,
    `SELECT count(*)::int AS count FROM ${table} ${alias}${conditions.where()}`,
    conditions.values,
  );
  return count;
}

/**
 * Rows of one entity whose `column` is one of `keys`, in one statement: the
 * batch function of a DataLoader. `orderBy` is SQL over alias `t`.
 */
export async function rowsWhereIn<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  column: string,
  keys: readonly unknown[],
  orderBy?: string,
  except?: readonly (keyof T & string)[],
): Promise<T[]> {
  const rows = entityRows(dataSource, target);
  const text =
    `SELECT ${rows.select('t', except)} FROM ${rows.table} t WHERE t."${column}" = ANY($1)` +
    (orderBy ? ` ORDER BY ${orderBy}` : '');
  return rows.hydrateAll(await queryRows(dataSource, text, [[...keys]]), 't');
}

/**
 * `qb.getMany()` for a query builder that joins (and selects) many-to-one
 * relations only, hydrated by `EntityRows`: for list pages built with the
 * query builder's composable filters.
 */
export async function getManyFast<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  // A builder bound to a query runner (a transaction) must run on it: the pool would not see its changes.
  if ((qb as unknown as { queryRunner?: unknown }).queryRunner) return qb.getMany();
  const { mainAlias, joinAttributes, take, skip } = qb.expressionMap;
  if (joinAttributes.length && (take !== undefined || skip !== undefined)) {
    throw new Error('getManyFast: use limit()/offset() with joins (take()/skip() page by a second query)');
  }
  const dataSource = qb.connection;
  const joins = joinAttributes.map((join) => {
    if (!join.isSelected || !join.relation || !join.relation.isManyToOne || !join.metadata) {
      throw new Error(`getManyFast: ${join.alias.name} is not a selected many-to-one join`);
    }
    return {
      alias: join.alias.name,
      property: join.relation.propertyName,
      rows: entityRows(dataSource, join.metadata.target),
    };
  });
  const main = entityRows<T>(dataSource, mainAlias!.metadata.target);
  const [text, values] = qb.getQueryAndParameters();
  // TypeORM writes LIMIT into the text: every page size would be a statement name of its own.
  const raw = await queryRows(dataSource, text, values, { prepare: false });
  return raw.map((row) => {
    const entity = main.hydrate(row, mainAlias!.name)!;
    for (const join of joins)
      (entity as Record<string, unknown>)[join.property] = join.rows.hydrate(row, join.alias) ?? undefined;
    return entity;
  });
}
