import { migrate } from '../db/data-source';
import { runSeeds } from '../../seeds';
import { withDatabase } from './with-database';

/** `npm run seed`: applies migrations, then loads reference data and the action plan (idempotent). */
void withDatabase(async (dataSource) => {
  await migrate(dataSource);
  const { planCreated } = await runSeeds(dataSource);
  console.log(
    planCreated
      ? 'Seeded reference data and the action plan.'
      : 'Reference data updated; the action plan already exists.',
  );
});
