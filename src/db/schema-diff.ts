import type { DataSource, QueryRunner } from 'typeorm';
import type { SqlInMemory } from 'typeorm/driver/SqlInMemory';

/** A query runner that sends its queries one at a time, in the order they were asked for. */
function oneAtATime(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}

/**
 * The SQL that would bring the database in line with the entities: what
 * `npm run migration:generate` writes, and what must be empty after all
 * migrations. TypeORM's schema builder reads the catalogue with several
 * queries at once on one connection, which pg deprecates (a connection runs
 * one query at a time); here they are queued instead.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SqlInMemory> {
  const createQueryRunner = dataSource.createQueryRunner;
  dataSource.createQueryRunner = (mode) => oneAtATime(createQueryRunner.call(dataSource, mode));
  try {
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    dataSource.createQueryRunner = createQueryRunner;
  }
}
