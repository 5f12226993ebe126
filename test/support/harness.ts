import { createTestDatabase, type TestDatabase } from './database';
import { graphqlClient } from './graphql';
import { seededPlan } from './action-plan';

export interface Harness {
  db: TestDatabase;
  gql: Awaited<ReturnType<typeof graphqlClient>>;
  plan: Awaited<ReturnType<typeof seededPlan>>;
}

/**
 * Per-file setup: a private copy of the seeded database, a GraphQL client on
 * it, and the seeded plan's IDs; torn down after the file's tests.
 */
export function useSeededDatabase(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.db = await createTestDatabase();
    harness.gql = await graphqlClient(harness.db.dataSource);
    harness.plan = await seededPlan(harness.db.dataSource);
  });
  afterAll(async () => {
    await harness.gql?.stop();
    await harness.db?.drop();
  });
  return harness;
}
