import { createTestDatabase, type TestDatabase } from './support/database';
import { migrate } from '../src/data-source';
import { pendingSchemaChanges } from '../src/db/schema-diff';
import { migrations } from '../src/assembly';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});
afterAll(() => db.drop());

const userTables = async () =>
  (
    await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    )
  ).map((r: { table_name: string }) => r.table_name);

describe('migrations', () => {
  it('apply to an empty database and leave no pending change against the entities', async () => {
    const applied = await migrate(db.dataSource);
    expect(applied).toHaveLength(migrations.length);
    const pending = await pendingSchemaChanges(db.dataSource);
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert all the way down and apply again', async () => {
    for (let i = 0; i < migrations.length; i += 1)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await userTables()).toEqual([]);
    const types = await db.dataSource
      .query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype = 'e'`);
    expect(types).toEqual([]);
    await migrate(db.dataSource);
    expect((await pendingSchemaChanges(db.dataSource)).upQueries).toEqual([]);
  });
});
