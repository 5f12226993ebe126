import 'reflect-metadata';
import { isDatabaseEmpty, runSeeds } from '../assembly';
import { migrate } from '../data-source';
import { withDatabase } from './with-database';

/**
 * `npm run seed`: applies migrations, then loads reference data and the action
 * plan (idempotent), and outside production the demo users.
 */
void withDatabase(async ({ dataSource, config }) => {
  await migrate(dataSource);
  const empty = await isDatabaseEmpty(dataSource);
  await runSeeds(dataSource, { demoUsers: config.nodeEnv !== 'production' });
  console.log(
    empty
      ? 'Seeded reference data, the action plan, guides and seminars.'
      : 'Seed data updated where missing; existing rows were left as they are.',
  );
});
