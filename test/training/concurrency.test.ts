import { graphqlClient } from '../support/graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { factories } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Against the running HTTP server: N people enrol at once in a cohort of
 * capacity C, then some of those with a place cancel at once.
 */
const PEOPLE = Number(process.env.TRAINING_LOAD_PEOPLE ?? 120);
const CAPACITY = Number(process.env.TRAINING_LOAD_CAPACITY ?? 30);
const LEAVING = Math.min(8, CAPACITY);

let db: TestDatabase;
let server: TestServer;
let gql: Awaited<ReturnType<typeof graphqlClient>>;
let tokens: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.dataSource, { env: { MUTATIONS_PER_MINUTE_PER_IP: '100000' } });
  gql = await graphqlClient(db.dataSource);
  tokens = await factories({ gql, db }).manyMembersWithTokens(PEOPLE);
});

afterAll(async () => {
  await gql.stop();
  await server.stop();
  await db.drop();
});

const ENROL = `mutation ($cohortId: ID!) { enrolInCohort(input: { cohortId: $cohortId }) { enrolment { id status queueNumber } userErrors { code } } }`;
const CANCEL = `mutation ($id: ID!) { cancelEnrolment(input: { enrolmentId: $id }) { enrolment { status } userErrors { code } } }`;
const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe(`${PEOPLE} concurrent enrolments for ${CAPACITY} places`, () => {
  it('enrols exactly C and waitlists the rest in arrival order; cancellations promote the first waiting, once each', async () => {
    const { id: cohortId } = await factories({ gql, db }).aCohort({ capacity: CAPACITY });

    const results = await Promise.all(tokens.map((token) => server.graphql(ENROL, { cohortId }, { token })));
    expect(
      results.every(
        (r) => r.status === 200 && !r.body.errors && r.body.data.enrolInCohort.userErrors.length === 0,
      ),
    ).toBe(true);
    const enrolments = results.map((r) => r.body.data.enrolInCohort.enrolment);
    const inOrder = [...enrolments].sort((a, b) => a.queueNumber - b.queueNumber);
    expect(inOrder.slice(0, CAPACITY).every((e) => e.status === 'ENROLLED')).toBe(true);
    expect(inOrder.slice(CAPACITY).every((e) => e.status === 'WAITLISTED')).toBe(true);
    const counts = await db.dataSource.query(
      `SELECT status, count(*)::int AS n FROM training_enrolments WHERE cohort_id = $1 GROUP BY status ORDER BY status`,
      [local(cohortId)],
    );
    expect(counts).toEqual([
      { status: 'ENROLLED', n: CAPACITY },
      { status: 'WAITLISTED', n: PEOPLE - CAPACITY },
    ]);

    const leaving = inOrder.slice(0, LEAVING);
    const cancelled = await Promise.all(
      leaving.map((e) => server.graphql(CANCEL, { id: e.id }, { token: tokens[enrolments.indexOf(e)] })),
    );
    expect(cancelled.every((r) => r.body.data.cancelEnrolment.enrolment.status === 'CANCELLED')).toBe(true);

    const firstWaiting = inOrder.slice(CAPACITY, CAPACITY + LEAVING).map((e) => local(e.id));
    const after: { id: string; status: string }[] = await db.dataSource.query(
      `SELECT id, status FROM training_enrolments WHERE cohort_id = $1`,
      [local(cohortId)],
    );
    expect(after.filter((e) => firstWaiting.includes(e.id)).map((e) => e.status)).toEqual(
      Array(LEAVING).fill('ENROLLED'),
    );
    expect(after.filter((e) => e.status === 'ENROLLED')).toHaveLength(CAPACITY);
    // Each promotion is one audit entry: nobody moved up twice.
    const promotions: { target_id: string; n: number }[] = await db.dataSource.query(
      `SELECT target_id, count(*)::int AS n FROM audit_log
        WHERE target_type = 'Enrolment' AND before->>'status' = 'WAITLISTED' AND after->>'status' = 'ENROLLED'
        GROUP BY target_id`,
    );
    expect(promotions.map((p) => p.target_id).sort()).toEqual([...firstWaiting].sort());
    expect(promotions.every((p) => p.n === 1)).toBe(true);
  });
});
