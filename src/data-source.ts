import type { ClientBase } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities, migrations } from './assembly';
import { noteConnectionFailure } from './connection-failures';
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
    extra: { max: 20, onConnect: listenForConnectionErrors },
    ...overrides,
  } as DataSourceOptions;
}

/**
 * Every pooled connection keeps an 'error' listener for its whole life. The
 * pool takes its own listener off a new connection as it hands it out, and
 * TypeORM puts its own on only once a promise has resolved; when PostgreSQL
 * shuts down just as a connection is made, its ReadyForQuery and the FATAL
 * "terminating connection" can arrive in one read and be parsed in between,
 * and an 'error' event with no listener takes the whole process down
 * (reproduced by restarting PostgreSQL under concurrent registrations). The
 * failure itself still reaches whoever uses the connection: its queries fail
 * as "not queryable", which requests answer with 503. The listener notes
 * when it happened (see isDatabaseUnavailable).
 */
function listenForConnectionErrors(client: ClientBase): void {
  client.on('error', noteConnectionFailure);
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
