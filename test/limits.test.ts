import { createTestDatabase, type TestDatabase } from './support/database';
import { startTestServer, type TestServer } from './support/server';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource, { env: { MUTATIONS_PER_MINUTE_PER_IP: '3' } });
});
afterAll(async () => {
  await server.stop();
  await db.drop();
});

describe('abuse limits', () => {
  it('refuses a query nested 20 levels deep before running it', async () => {
    let selection = 'number';
    for (let i = 0; i < 10; i += 1) selection = `plan { activities { ${selection} } }`;
    const { status, body } = await server.graphql(`{ actionPlans { activities { ${selection} } } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(body.data).toBeUndefined();
  });

  it('refuses 2,000 aliased fields before running them', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: title`).join(' ');
    const { status, body } = await server.graphql(`{ actionPlans { ${aliases} } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose estimated cost is too high (page sizes multiply)', async () => {
    const costly = `{ organisations(first: 100) { edges { node { name county { name } } } }
      o2: organisations(first: 100) { edges { node { name } } } }`;
    const strict = await startTestServer(db.dataSource, { env: { MAX_QUERY_COMPLEXITY: '500' } });
    try {
      const { body } = await strict.graphql(costly);
      expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors[0].message).toMatch(/complexity \d+ exceeds the maximum of 500/);
    } finally {
      await strict.stop();
    }
  });

  it('lets a realistic front-end query through', async () => {
    const { body: plans } = await server.graphql(`{ actionPlans { id } }`);
    const { body } = await server.graphql(
      `query ($planId: ID!) { activities(planId: $planId, first: 100) { edges { node {
         number name nameEn problem measure expectedResult category { name } partners { name code }
         plannedActions { period description } budgetLines { year account { code name } amountNet { amount } amountGross { amount } }
       } } } }`,
      { planId: plans.data.actionPlans[0].id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.activities.edges).toHaveLength(8);
  });

  it('throttles mutations per client address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { body } = await server.graphql(
        `mutation { refreshToken(input: { refreshToken: "x" }) { userErrors { code } } }`,
      );
      codes.push(body.errors?.[0].extensions.code ?? body.data.refreshToken.userErrors[0].code);
    }
    expect(codes).toEqual([
      'INVALID_TOKEN',
      'INVALID_TOKEN',
      'INVALID_TOKEN',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });

  it('answers introspection only when GRAPHQL_INTROSPECTION allows it', async () => {
    const INTROSPECT = `{ __schema { queryType { name } } }`;
    expect((await server.graphql(INTROSPECT)).body.data.__schema.queryType.name).toBe('Query');
    const closed = await startTestServer(db.dataSource, { env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const { body } = await closed.graphql(INTROSPECT);
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.stop();
    }
  });

  it('limits the request body to 1 MB', async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ actionPlans { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});
