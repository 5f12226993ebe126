import 'reflect-metadata';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './src/db/naming-strategy';
import { entities } from './src/assembly';
import { migrations } from './migrations';

/**
 * TypeORM options shared by the server, the CLI scripts and the tests. Entities
 * and migrations are listed explicitly (no globs), so the same list works from
 * compiled JavaScript and under Jest. `synchronize` stays off: the schema only
 * changes through reviewed migrations.
 */
export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    applicationName: 'elvl-digipoore-api',
    extra: { max: 20 },
    ...overrides,
  } as DataSourceOptions;
}
