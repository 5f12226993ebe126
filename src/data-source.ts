import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities, migrations } from './assembly';
import { SnakeNamingStrategy } from './db/naming-strategy';

/**
 * TypeORM options shared by the server, the CLI scripts and the tests. Entities
 * (from the module list) and migrations are listed explicitly, no globs, so the
 * same list works from compiled JavaScript and under Jest. `synchronize` stays
 * off: the schema only changes through reviewed migrations.
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

/** Connects to PostgreSQL with the project's entities and migrations. */
export async function openDataSource(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, overrides));
  await dataSource.initialize();
  return dataSource;
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
