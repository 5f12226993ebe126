import { settleSearchCounts } from '../../src/modules/knowledge-base';
import type { Logger } from 'pino';
import { createTestDatabase, type TestDatabase } from './database';
import { graphqlClient } from './graphql';
import { seededPlan } from './action-plan';
import { factories } from './factories';
import { startTestServer, type TestServer } from './server';

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
    // As the server does at shutdown: the searches' counts finish before their database goes.
    await settleSearchCounts();
    await harness.db?.drop();
  });
  return harness;
}

export interface ServerHarness extends Harness {
  server: TestServer;
  /** Test data through the schema (see factories.ts). */
  make: ReturnType<typeof factories>;
}

/**
 * Per-file setup for tests that also need HTTP (feeds, files, CSV, several
 * requests at once): a private copy of the seeded database, a GraphQL client
 * and the real Express app on a random port.
 */
export function useSeededServer(
  options: { env?: Record<string, string> | (() => Record<string, string>); log?: Logger } = {},
): ServerHarness {
  const harness = useSeededDatabase() as ServerHarness;
  harness.make = factories(harness);
  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env;
    harness.server = await startTestServer(harness.db.dataSource, { env, log: options.log });
  });
  afterAll(async () => {
    await harness.server?.stop();
  });
  return harness;
}
