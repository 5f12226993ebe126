import { migrate } from '../db/data-source';
import { runSeeds } from '../../seeds';
import { withDatabase } from './with-database';

/**
 * `npm run seed`: applies migrations, then loads reference data and the action
 * plan (idempotent), and outside production the demo users.
 */
void withDatabase(async (dataSource) => {
  await migrate(dataSource);
  const { planCreated } = await runSeeds(dataSource, { demoUsers: process.env.NODE_ENV !== 'production' });
  console.log(
    planCreated
      ? 'Seeded reference data and the action plan.'
      : 'Reference data updated; the action plan already exists.',
  );
});
