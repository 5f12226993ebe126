import 'reflect-metadata';
import { migrate } from '../data-source';
import { withDatabase } from './with-database';

/** `npm run migration:run` applies pending migrations; `migration:revert` undoes the last one. */
const command = process.argv[2];
if (command !== 'run' && command !== 'revert') {
  console.error('usage: migrate run|revert');
  process.exit(2);
}

void withDatabase(async ({ dataSource }) => {
  if (command === 'run') {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } else {
    await dataSource.undoLastMigration({ transaction: 'each' });
    console.log('Reverted the last migration.');
  }
});
